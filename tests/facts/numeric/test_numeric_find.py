"""Digit runs found in a sentence (checker/facts/numeric/find.py): a number after letters
and a hyphen is the number of a name ("F-16"), unless it is a year after a word."""

from __future__ import annotations

import pytest

from checker.facts import dates
from checker.facts.numbers import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Construction resumes in mid-2026.", [("year", "2026")]),
        ("The pre-1939 borders were restored.", [("year", "1939")]),
        ("Demand fell in the late-1980s.", [("decade", "1980")]),
    ],
)
def test_a_year_after_a_word_and_a_hyphen_is_a_year(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in dates.extract(text, "en")] == expected
    assert extract(text, "en") == []


@pytest.mark.parametrize(
    "text", ["The F-35 jets landed.", "The SARS-2 and COVID-19 cases.", "A Tu-154 crashed."]
)
def test_the_number_of_a_name_stays_a_code(text: str) -> None:
    assert {f.kind for f in extract(text, "en")} == {"code"}
    assert dates.extract(text, "en") == []
