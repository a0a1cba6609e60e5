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


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("De veerboot vertrekt om half acht.", "T07:30"),
        ("Het overleg begint om half 3.", "T02:30"),
        ("Het café is tot half twaalf open.", "T11:30"),
    ],
)
def test_half_before_an_hour_is_half_an_hour_earlier(text: str, time: str) -> None:
    facts = analyse(text, "nl")
    assert [(f.kind, f.value) for f in facts] == [("time", time)]


def test_half_before_a_scale_word_is_still_a_half() -> None:
    assert [f.value for f in analyse("Ze kregen een half miljoen euro.", "nl")] == [500_000]


def test_the_half_hour_agrees_with_its_english_clock_time() -> None:
    pair = SegmentPair("t", "en", "The ferry leaves at 7:30 in the morning.", "nl",
                       "De veerboot vertrekt 's ochtends om half acht.")
    assert [f for f in check_pair(pair) if f.category in ("number", "date")] == []
