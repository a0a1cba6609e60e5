"""A year with the language's abbreviated year mark after it ("1978 m.", Lithuanian "metais")
is a year, though a unit symbol of the same letters ("m", metres) follows a number too
(checker/facts/numeric/dates.py: _year_mark_dotted). Our own sentences."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair


@pytest.mark.parametrize("text", [
    "Tiltas per upę pastatytas 1978 m.",
    "Nuo 2019 m. partijai vadovauja buvusi ministrė.",
])
def test_the_dotted_year_mark_makes_a_year(text: str) -> None:
    assert [f.kind for f in analyse(text, "lt") if f.category == "date"] == ["year"]


def test_metres_without_the_dot_stay_an_amount() -> None:
    facts = analyse("Kalno aukštis siekia 1500 m virš jūros lygio.", "lt")
    assert [f.kind for f in facts if f.category == "date"] == []


@pytest.mark.parametrize(("english", "errors"), [("2019", 0), ("2017", 1)])
def test_a_changed_year_is_an_error(english: str, errors: int) -> None:
    pair = SegmentPair("t", "en", f"She has led the party since {english}.", "lt",
                       "Partijai ji vadovauja nuo 2019 m.")
    found = [f for f in check_pair(pair) if f.category in ("number", "date")]
    assert len([f for f in found if f.severity == "error"]) == errors
