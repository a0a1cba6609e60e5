"""Numbers, dates and times of news sentences in Hebrew and Persian, form by form.

Our own news sentences (tests/data/news_he_fa.json, none from an evaluation set), in English
and as a newsroom translator writes them in he and fa: relative periods with a word after
them ("החודש שעבר" last month, never "החודש" this month; "هفته‌ی آینده", "پارسال"), prefixes
glued to numbers, dates and periods ("כ-18", "וכשישה", "ובחודש הבא"), Hebrew number words in
gender and construct state ("שש", "שישה", "ששת"), Persian digits, "نه" as nine and as no,
shares ("אחד מכל חמישה", "از هر پنج کودک یک نفر"), fractions, weekdays ("במוצאי שבת",
"روز سه‌شنبه") and clock times. Every faithful pair gives no number or date error; each
planted change, of the version or of the English side, gives one."""

from __future__ import annotations

import pytest
from support.news_pairs import (
    news_set,
    number_date_errors,
    number_date_findings,
)
from support.news_suite import NUMBER_DATE, NewsSuite

SUITE = NewsSuite(news_set("news_he_fa"), categories=NUMBER_DATE, case_id="{lang}-{key}-{new}")
NEWS = SUITE.news
ENGLISH = NEWS.english


def test_the_set_is_complete() -> None:
    assert len(ENGLISH) >= 50 and len(SUITE.version_cases()) >= 100
    assert len(NEWS.english_changes) >= 50 and NEWS.problems() == []


test_a_faithful_pair_gives_no_error = SUITE.faithful_test()
test_a_change_planted_in_the_version_gives_an_error = SUITE.version_change_test()
test_a_change_planted_in_the_english_gives_an_error = SUITE.english_change_test()


@pytest.mark.parametrize("version", ["این اجلاس ۲۸ آبان گشایش یافت.",
                                     "این اجلاس روز ۲۸ آبان ۱۴۰۳ گشایش یافت."])
def test_a_date_of_the_persian_calendar_is_never_a_date_error(version: str) -> None:
    """"۲۸ آبان" is 19 November in the Solar Hijri calendar: unconverted, at most unsure."""
    assert number_date_errors("The summit opened on 19 November.", "fa", version) == []


def test_a_day_of_the_hebrew_calendar_is_no_count() -> None:
    """"ט"ו בשבט" written "15 בשבט" is a Hebrew-calendar date: no count, no date error."""
    assert number_date_errors("The festival began on 25 January.", "he",
                              "החג החל ב-15 בשבט.") == []


def test_a_persian_day_still_counts_before_a_month_word() -> None:
    """"ماه" (month) is no month of the calendar: "۳ ماه" stays three months."""
    assert number_date_errors("The strike lasted three months.", "fa",
                              "اعتصاب ۴ ماه طول کشید.") != []


def test_nine_as_no_is_no_number() -> None:
    """"نه" is nine, and "no": alone before no counted noun it is no number."""
    assert number_date_findings("No, the minister did not resign.", "fa",
                                "نه، وزیر استعفا نداد.") == []
