"""Dutch number and date grammar (checker/lang/nl/lex_attrs.py): "tot en met" (through)
joins the two ends of a range as "tot" does."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair


@pytest.mark.parametrize("link", ["tot en met", "t/m"])
def test_a_span_of_days_through_its_last_day(link: str) -> None:
    facts = analyse(f"Het museum is van 12 {link} 16 april gesloten.", "nl")
    assert sorted(f.value for f in facts) == ["--04-12", "--04-16"]


def test_the_span_agrees_with_its_english_counterpart() -> None:
    pair = SegmentPair("t", "en", "The museum is closed from 12 to 16 April.", "nl",
                       "Het museum is van 12 tot en met 16 april gesloten.")
    assert [f for f in check_pair(pair) if f.category in ("number", "date")] == []
