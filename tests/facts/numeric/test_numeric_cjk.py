"""Chinese and Japanese numeral runs, digits allowed in any place."""

from __future__ import annotations

import pytest

from checker.facts.number_words import lexicon
from checker.facts.numeric import analyse
from checker.facts.numeric.cjk import cjk_value


@pytest.mark.parametrize("lang", ["zh", "ja"])
@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("二十三", 23),
        ("一百零五", 105),
        ("417.6万", 4_176_000),
        ("1万2000", 12_000),
        ("3億5000万", 350_000_000),
        ("2万5千", 25_000),
    ],
)
def test_numeral_runs(lang: str, run: str, value: int) -> None:
    assert cjk_value(run, lexicon(lang)) == value


@pytest.mark.parametrize("run", ["2二", "1万2億", "20十"])
def test_runs_that_are_not_one_number(run: str) -> None:
    # two digit groups in a row; a larger unit after a smaller; a digit group times a small place
    assert cjk_value(run, lexicon("ja")) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("他在比赛中获得第五名。", 5), ("这是该乐队第三次来华演出。", 3),
     ("第十二届运动会开幕。", 12)],
)
def test_a_numeral_after_the_ordinal_mark_is_an_ordinal(text: str, value: int) -> None:
    assert [(f.kind, f.value) for f in analyse(text, "zh")] == [("ordinal", value)]


def test_a_fraction_word_alone_in_unspaced_text() -> None:
    assert [(f.kind, f.value) for f in analyse("一半的学生住在校外。", "zh")] == [
        ("fraction", 0.5)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("新法于二〇二一年生效。", "2021"), ("大桥于一九九七年七月一日通车。", "1997-07-01")],
)
def test_a_year_written_digit_by_digit_in_numerals(text: str, value: str) -> None:
    assert [f.value for f in analyse(text, "zh")] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("今年约七成的工厂恢复了生产。", 70), ("两成的学生住在校外。", 20),
     ("他的想法一成不变。", None)],
)
def test_tenths_are_a_percentage(text: str, value: int | None) -> None:
    """ "七成": seven tenths, 70 percent; "一成不变" (unchanging) is an idiom, no number."""
    found = [f.value for f in analyse(text, "zh") if f.kind == "percent"]
    assert found == ([value] if value is not None else [])


def test_tenths_against_the_english_percentage() -> None:
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    def errors(english: str) -> list:
        pair = SegmentPair("t", "en", english, "zh", "约六成的居民反对这项计划。")
        return [f for f in check_pair(pair) if f.severity == "error"]

    assert errors("About 60% of residents oppose the plan.") == []
    assert errors("About 70% of residents oppose the plan.") != []


@pytest.mark.parametrize(
    ("text", "time"),
    [("航班七点一刻起飞。", "T07:15"), ("航班七点三刻起飞。", "T07:45"),
     ("航班七点二十五分起飞。", "T07:25"), ("航班下午两点四十五分起飞。", "T14:45")],
)
def test_minutes_and_quarters_of_an_hour_in_numerals(text: str, time: str) -> None:
    """ "一刻": a quarter of an hour; the minutes in numeral characters after the hour."""
    assert [(f.kind, f.value) for f in analyse(text, "zh")
            if f.category in ("date", "number")] == [("time", time)]


@pytest.mark.parametrize(
    ("text", "time"),
    [("火车两点十分到站。", "T02:10"), ("火车一点四十分到站。", "T01:40"),
     ("火车一点半到站。", "T01:30"), ("火车5点十分到站。", "T05:10")],
)
def test_minutes_that_spell_a_word_and_the_hour_one(text: str, time: str) -> None:
    """ "十分" (very) is ten minutes after an hour and its mark; "一点" (a bit) is one
    o'clock before its minutes or its half hour."""
    assert [(f.kind, f.value) for f in analyse(text, "zh")
            if f.category in ("date", "number")] == [("time", time)]


@pytest.mark.parametrize("text", ["这件事十分紧急。", "我一点也不知道。", "他一点点地进步。"])
def test_the_words_stay_no_numbers_elsewhere(text: str) -> None:
    assert [f for f in analyse(text, "zh") if f.category in ("date", "number")] == []


def test_a_word_of_numerals_that_ends_a_longer_numeral_is_read_with_it() -> None:
    """ "三十分钟": thirty minutes, not three and the word "十分" (very)."""
    facts = [(f.value, f.unit) for f in analyse("演出持续了两小时三十分钟。", "zh")
             if f.category == "number"]
    assert facts == [(2, "hour"), (30, "minute")]
