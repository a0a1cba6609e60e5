"""Times, dates and counts read one after the other: each reader returns the numbers it
took, and the next one leaves them."""

from __future__ import annotations

from checker.facts.digits import lower_same_length, normalise
from checker.facts.numeric import analyse, rules
from checker.facts.numeric.dates import date_facts
from checker.facts.numeric.find import find_numbers
from checker.facts.numeric.numbers import number_facts
from checker.facts.numeric.times import time_facts


def test_each_reader_hands_on_what_it_took() -> None:
    text, lang = "On 24 February 2022 at 5:00, 300 soldiers crossed", "en"
    norm = normalise(text)
    low = lower_same_length(norm)
    r = rules(lang)
    date_words = r.dates.find(low, norm)
    masked = [False] * len(text)
    for dw in date_words:
        masked[dw.start : dw.end] = [True] * (dw.end - dw.start)
    nums = find_numbers(norm, low, r, masked, lang)
    times, taken = time_facts(norm, low, nums, r)
    assert [f.value for f in times] == ["T05:00"]
    assert taken == {text.index("5:00"), text.index(":00") + 1}  # the hour and its minutes
    dates, taken = date_facts(text, low, nums, date_words, r, taken)
    assert [f.value for f in dates] == ["2022-02-24"]
    assert {text.index("24"), text.index("2022")} <= taken
    counts = number_facts(text, norm, low, nums, r, taken)
    assert [(f.value, f.unit) for f in counts] == [(300, "soldier")]


def test_the_same_sentence_through_analyse() -> None:
    facts = analyse("On 24 February 2022 at 5:00, 300 soldiers crossed", "en")
    assert [(f.category, f.kind, f.value) for f in facts] == [
        ("date", "time", "T05:00"),
        ("date", "date", "2022-02-24"),
        ("number", "cardinal", 300),
    ]


def test_time_and_date_readers_need_a_number_or_a_date_word() -> None:
    """`analyse` does not run the time and date readers on a sentence with no number and no
    date word: on every seed sentence, in every language's rules, they read nothing then."""
    from pathlib import Path

    from checker.lang import available_languages

    seeds = Path(__file__).resolve().parents[3] / "seeds" / "nato-kosovo"
    lines = [line for path in sorted(seeds.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for lang in available_languages():
        r = rules(lang)
        for text in lines:
            norm = normalise(text)
            low = lower_same_length(norm)
            assert time_facts(norm, low, [], r) == ([], frozenset())
            assert date_facts(text, low, [], [], r, frozenset()) == ([], frozenset())


def test_a_weekday_that_starts_a_number_phrase_is_the_number() -> None:
    """Arabic "الأحد عشر" is "the eleven"; "الأحد" alone is Sunday."""
    eleven = analyse("فاز اللاعبون الأحد عشر بالكأس.", "ar")
    assert [(f.category, f.value) for f in eleven] == [("number", 11)]
    sunday = analyse("وصل الوفد يوم الأحد عشية التصويت.", "ar")
    assert [(f.category, f.value) for f in sunday] == [("date", "Sunday")]


def test_an_hour_said_as_an_ordinal_is_a_clock_time() -> None:
    """Arabic says the hour with an ordinal: "الساعة السابعة مساءً" is 7 p.m.; an ordinal
    that is no hour ("المرتبة السابعة") stays a number."""
    evening = analyse("تنطلق المباراة في الساعة السابعة مساءً.", "ar")
    assert [(f.category, f.value) for f in evening] == [("date", "T19:00")]
    rank = analyse("حل الفريق في المرتبة السابعة.", "ar")
    assert [(f.category, f.value) for f in rank] == [("number", 7)]
    # the minutes follow after "and" (`dates.MINUTES_AFTER_HOUR`): half past, not the full hour
    half = analyse("تنطلق المباراة في الساعة السابعة والنصف.", "ar")
    assert [(f.category, f.value) for f in half] == [("date", "T07:30")]
