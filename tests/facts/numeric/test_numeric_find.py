"""Digit runs found in a sentence (checker/facts/numeric/find.py): a number after letters
and a hyphen is the number of a name ("F-16"), unless it is a year after a word; and two
digits after an apostrophe are a year (checker/facts/numeric/dates.py)."""

from __future__ import annotations

import pytest

from checker.facts import dates
from checker.facts.numbers import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year by its four digits alone: its kind says so (a count may read so too)
        ("Construction resumes in mid-2026.", [("bare_year", "2026")]),
        ("The pre-1939 borders were restored.", [("bare_year", "1939")]),
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


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("The stadium was rebuilt in '09.", "en", "2009"),
        ("The class of '87 held a reunion.", "en", "1987"),
        ("Το γήπεδο ανακαινίστηκε το ’09.", "el", "2009"),
        ("Sinds ’15 staat de brug er.", "nl", "2015"),
    ],
)
def test_a_year_cut_to_two_digits_after_an_apostrophe(text: str, lang: str, year: str) -> None:
    assert [(f.kind, f.value) for f in dates.extract(text, lang)] == [("year", year)]


def test_a_quoted_count_after_an_apostrophe_stays_a_count() -> None:
    facts = extract("She wrote '14 boxes' on the list.", "en")
    assert [(f.kind, f.value) for f in facts] == [("cardinal", 14)]
    assert dates.extract("She wrote '14 boxes' on the list.", "en") == []
