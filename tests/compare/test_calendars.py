"""A year given in another calendar than the other side's Gregorian one is that year, not a
date changed (checker/compare/calendars.py); another year is still an error. The sentences
are the team's own writing."""

from __future__ import annotations

import pytest

from checker.compare.calendars import same_year
from checker.model import SegmentPair
from checker.pipeline import check_pair


def _errors(english: str, lang: str, version: str) -> list:
    return [f for f in check_pair(SegmentPair("t", "en", english, lang, version))
            if f.category == "date" and f.severity == "error"]


@pytest.mark.parametrize(("english", "lang", "faithful", "drifted"), [
    ("The dam was completed in 2025.", "th", "เขื่อนสร้างเสร็จในปี 2568", "เขื่อนสร้างเสร็จในปี 2567"),
    ("The dam was completed in 2025.", "am", "ግድቡ በ2017 ዓ.ም ተጠናቀቀ።", "ግድቡ በ2014 ዓ.ም ተጠናቀቀ።"),
    ("The law was passed in 2025.", "ps", "دا قانون په ۱۴۰۴ لمریز کال کې تصویب شو.",
     "دا قانون په ۱۳۹۹ لمریز کال کې تصویب شو."),
    ("The talks began on 10 March 2026.", "ps",
     "خبرې اترې د ۱۴۰۴ لمریز کال د کب په ۱۹مه پیل شوې.",
     "خبرې اترې د ۱۴۰۱ لمریز کال د کب په ۱۹مه پیل شوې."),
])
def test_a_year_of_another_calendar_is_that_year(
        english: str, lang: str, faithful: str, drifted: str) -> None:
    assert _errors(english, lang, faithful) == []
    assert _errors(english, lang, drifted)


# Each calendar only in the scripts whose press counts in it: in a Latin-script sentence a
# year 543, 56 or 622 years off is a changed year.
@pytest.mark.parametrize(("gregorian", "other", "text", "same"), [
    (2025, 1404, "لمریز کال", True), (2025, 1403, "لمریز کال", True),
    (2025, 1402, "لمریز کال", False), (2026, 1447, "هـ", True), (2026, 1448, "هـ", True),
    (2026, 1445, "هـ", False), (2025, 2568, "ปี", True), (2025, 2569, "ปี", False),
    (2026, 2726, "ساڵی", True), (2025, 2082, "वि.सं.", True), (2025, 5785, "שנת", True),
    (2025, 114, "民國", True), (2025, 2017, "ዓ.ም", True), (2025, 2017, "in 2017", False),
    (2025, 2025, "ปี", False), (2025, 2568, "in the year", False),
    (2025, 1404, "in the year", False), (1969, 2025, "in the year", False),
    (2025, 2082, "in the year", False),
])
def test_same_year(gregorian: int, other: int, text: str, same: bool) -> None:
    assert same_year(gregorian, other, text) is same


# Review cases: a year 543 or 544 after another in a Latin-script sentence is a changed
# year; a Hijri year that ended before the Gregorian year began is another year.
@pytest.mark.parametrize(("english", "lang", "version"), [
    ("The bridge was built in 1990.", "de", "Die Brücke wurde im Jahr 2533 gebaut."),
    ("The bridge was built in 1990.", "de", "Die Brücke wurde im Jahr 2534 gebaut."),
    ("The treaty was signed in 2025.", "fr", "Le traité a été signé en 2568."),
    ("The agreement was signed in 2026.", "ar", "وقعت الاتفاقية في عام 1446."),
])
def test_a_year_off_by_another_calendars_offset_outside_its_script_is_an_error(
        english: str, lang: str, version: str) -> None:
    assert _errors(english, lang, version)


def test_a_hijri_year_overlapping_the_gregorian_one_is_that_year() -> None:
    assert _errors("The agreement was signed in 2026.", "ar",
                   "وقعت الاتفاقية في عام 1447.") == []
