"""The helpers language folders build their date data with."""

from __future__ import annotations

from checker.lang.date_fields import period_phrases
from checker.lang.profile import profile


def test_period_phrases_put_every_offset_word_before_every_form_of_a_unit() -> None:
    assert period_phrases({"last": "-1", "next": "+1"}, {"week": ("week", "weeks")}) == {
        "last week": "week-1", "last weeks": "week-1",
        "next week": "week+1", "next weeks": "week+1"}


def test_languages_read_their_period_phrases() -> None:
    assert profile("tr").dates.relative_periods["geçen yılın"] == "year-1"
    assert profile("az").dates.relative_periods["gələn ay"] == "month+1"
    assert profile("hu").dates.relative_periods["ezen a héten"] == "week+0"
    assert "a hét" not in profile("hu").dates.relative_periods  # "a" alone is no offset
    assert profile("sr").dates.relative_periods["slijedeće godine"] == "year+1"
    assert profile("sr").dates.relative_periods["прошле седмице"] == "week-1"

