"""One pass over a sentence that finds its numbers, dates and times together, so
that a span is read once: "2022" next to "February" is a year (a date fact),
never also a count; "20" in "20 juin" is a day, not a number.

`analyse(text, lang)` returns both kinds of facts; `checker.facts.numbers` and
`checker.facts.dates` each hand out their category. Everything that differs by
language is data read through `checker.lang.data`, all of it in `rules`; this
package never names a language.

The pass, module by module:

- `rules`: the per-language patterns (`LangRules`), built once per language;
- `digit_dates`: dates in digits only ("24.02.2022", "9/11"), masked first;
- `find`: every number, as a `pieces.Num`: digits here, words in `words`
  ("twenty-three", "1,4 millones"), numeral characters in `cjk` ("417.6万");
- `times`, then `dates` (month words, years, decades), then `numbers` (counts,
  ranges, percentages, with `units` and Roman centuries from `roman`): each
  reader returns its facts and the numbers it took, and the next one skips those.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from checker.facts.digits import fold_mixed_scripts, lower_same_length, normalise
from checker.facts.numeric.cjk import cjk_stop_spans
from checker.facts.numeric.cut_months import number_not_month
from checker.facts.numeric.dates import after_counting_word, date_facts
from checker.facts.numeric.decade_ordinals import ordinal_not_decade
from checker.facts.numeric.digit_dates import numeric_date_facts
from checker.facts.numeric.find import find_numbers
from checker.facts.numeric.month_parts import month_part_facts
from checker.facts.numeric.numbers import (
    age_compound_facts,
    number_facts,
    one_and_a_half_facts,
    other_calendar,
    span_word_facts,
)
from checker.facts.numeric.patterns import DIGIT
from checker.facts.numeric.rules import TIME_ZONES, LangRules, rules
from checker.facts.numeric.shares import infix_fractions, share_facts
from checker.facts.numeric.times import time_facts
from checker.facts.numeric.units import CURRENCY_SIGNS
from checker.facts.numeric.unsaid_one import unsaid_one_facts
from checker.model import Fact

__all__ = ["CURRENCY_SIGNS", "TIME_ZONES", "LangRules", "analyse", "rules"]


@lru_cache(maxsize=4096)
def analyse(text: str, lang: str) -> tuple[Fact, ...]:
    """All number and date facts of one sentence (cached: both extractors ask)."""
    try:
        if not rules(lang).spaceless:
            return tuple(_analyse(text, lang))
        return tuple(_unspaced(text, lang))
    except (RecursionError, OverflowError):  # pathological input: no facts, not a crash
        return ()


# A space between a digit and a letter of a script written without spaces is typography
# only ("2017 年 7 月", "2000 万人" are "2017年7月", "2000万人").
_TYPOGRAPHIC_SPACE = re.compile(
    r"(?<=\d)[ \u00a0\u202f\u2009]+(?=[^\W\d\x00-\u024f])"
    r"|(?<=[^\W\d\x00-\u024f])[ \u00a0\u202f\u2009]+(?=\d)"
)


def _unspaced(text: str, lang: str) -> list[Fact]:
    """Facts of a sentence in a language written without spaces, read with the spaces
    between digits and its letters removed; offsets and texts are the sentence's own."""
    if DIGIT.search(text) is None:
        return _analyse(text, lang)  # no digit, so no space beside one
    kept: list[int] = []  # where each character of the compact sentence stands in `text`
    at = 0
    for m in _TYPOGRAPHIC_SPACE.finditer(text):
        kept.extend(range(at, m.start()))
        at = m.end()
    if not at:
        return _analyse(text, lang)  # no such space (a match never starts a sentence)
    kept.extend(range(at, len(text)))
    compact = _TYPOGRAPHIC_SPACE.sub("", text)
    out = []
    for fact in _analyse(compact, lang):
        start = kept[fact.start] if fact.start < len(kept) else len(text)
        end = kept[fact.end - 1] + 1 if 0 < fact.end <= len(kept) else start
        out.append(replace(fact, start=start, end=end, text=text[start:end]))
    return out


def _analyse(text: str, lang: str) -> list[Fact]:
    r = rules(lang)
    norm = fold_mixed_scripts(normalise(text))  # "jула" typed with a Latin j is "јула"
    low = lower_same_length(norm)
    masked = [False] * len(text)

    # 1. Date words (months, weekdays) and times come first: their digits are not counts.
    date_words = [dw for dw in r.dates.find(low, norm)
                  if not _starts_number_phrase(dw, low, r) and not number_not_month(dw, low, r)
                  and not after_counting_word(dw, low, r)
                  and not (dw.what == "decade"
                           and ordinal_not_decade(low[dw.start : dw.end], dw.end, low, r))]
    for dw in date_words:
        for k in range(dw.start, dw.end):
            masked[k] = True
    for start, end in cjk_stop_spans(low, r):
        for k in range(start, end):
            masked[k] = True

    facts: list[Fact] = []
    # 24.02.2022, 2/24/2022, 2022-02-24, "20. 10."
    for fact in numeric_date_facts(text, norm, lang, r.time_before, r.ordinal_dot):
        facts.append(fact)
        for k in range(fact.start, fact.end):
            masked[k] = True
    # a day or year of another calendar's date ("۲۸ آبان"): neither a count nor a date here
    nums = [n for n in find_numbers(norm, low, r, masked, lang) if not other_calendar(n, low, r)]
    taken: frozenset[int] = frozenset()
    if nums or date_words:  # most sentences: neither, so no time or date to read
        # each reader leaves the numbers the one before it took (by their starts)
        times, taken = time_facts(norm, low, nums, r)
        facts.extend(times)
        date_words = _outside_am_words(date_words, times, low, r)
        dates, taken = date_facts(text, low, nums, date_words, r, taken)
        facts.extend(dates)
        facts.extend(month_part_facts(text, low, facts, r))  # "early October"
    facts.extend(_minutes_before_seconds(
        _outside_others(number_facts(text, norm, low, nums, r, taken)), norm, r))
    facts.extend(age_compound_facts(text, low, r, facts))
    facts.extend(span_word_facts(text, low, r, facts))
    facts.extend(one_and_a_half_facts(text, low, r, facts))
    facts.extend(unsaid_one_facts(text, low, r, facts))  # "minutu i pet sekundi"
    facts = infix_fractions(text, low, r, share_facts(text, low, r, facts))
    return _centuries_as_ordinals(_without_century_of_decade(facts, low, r), low, r)


def _outside_am_words(date_words: list, times: list[Fact], low: str, r: LangRules) -> list:
    """The date words not inside the words after a clock time that make it morning: "u 2
    sata posle ponoći" is 2 a.m., and its "ponoći" no midnight of its own."""
    if not times or not date_words:
        return date_words
    spans = []
    for time in times:
        am = r.am_words.match(low[time.end : time.end + 40]) if r.am_words is not None else None
        if am is not None:
            spans.append((time.end, time.end + am.end()))
        # the time may have taken its morning words already ("a las 4 de la mañana": no
        # "mañana" of its own, tomorrow; "στις 2 το μεσημέρι": no noon of its own)
        spans.append((time.start, time.end))
    return [dw for dw in date_words if not any(a <= dw.start < b for a, b in spans)]


_NEXT_WORD = re.compile(r"[ \u00a0]+(\w+)")


def _starts_number_phrase(dw, low: str, r: LangRules) -> bool:
    """A weekday or month name that, with the word after it, is a number phrase: Arabic
    "الأحد عشر" is "the eleven", not Sunday and ten."""
    after = _NEXT_WORD.match(low, dw.end)
    if after is None:
        return False
    phrase = f"{low[dw.start : dw.end]} {after.group(1)}"
    return phrase in r.lex.words or phrase in r.lex.ordinals


def _centuries_as_ordinals(facts: list[Fact], low: str, r: LangRules) -> list[Fact]:
    """A count beside a century word is the ordinal of that century ("十九世纪", "القرن
    19", "19 века"), as "the 19th century" and "XIXe siècle" are."""
    if r.century_words is None:
        return facts
    out = []
    for fact in facts:
        if fact.category == "number" and fact.kind == "cardinal" and (
            r.century_words.match(low[fact.end : fact.end + 12])
            or (r.century_before is not None
                and r.century_before.search(low[max(0, fact.start - 12) : fact.start]))
        ):
            fact = replace(fact, kind="ordinal", unit=fact.unit or "century")
        out.append(fact)
    return out


def _minutes_before_seconds(facts: list[Fact], norm: str, r: LangRules) -> list[Fact]:
    """A count before the minute mark and right before a count of seconds ("3分35秒"):
    minutes of a span. Alone the mark is as often points or cents ("3分"), so only the
    seconds after it say what it counts."""
    if not r.minute_marks:
        return facts
    out = list(facts)
    for i, (f, g) in enumerate(pairwise(facts)):
        if (f.unit is None and g.unit == "second" and f.kind == "cardinal"
                and norm[f.end : g.start].strip() in r.minute_marks):
            out[i] = replace(f, unit="minute")
    return out


def _outside_others(facts: list[Fact]) -> list[Fact]:
    """Numbers without the ones inside the span of another ("cent" of "20 pour cent")."""
    return [
        f for f in facts
        if not any(o is not f and o.start <= f.start and f.end <= o.end
                   and (o.end - o.start) > (f.end - f.start) for o in facts)
    ]


def _without_century_of_decade(facts: list[Fact], low: str, r: LangRules) -> list[Fact]:
    """The century said beside a decade ("20世纪80年代", "ثمانينيات القرن العشرين": the
    1980s) is part of that decade, not a number of its own."""
    decades = [f for f in facts if f.kind == "decade"]
    if not decades or r.century_words is None or r.century_before is None:
        return facts

    def of_decade(fact: Fact) -> bool:
        if fact.category != "number" or not any(
            abs(d.start - fact.end) <= 12 or abs(fact.start - d.end) <= 12 for d in decades
        ):
            return False
        before = low[max(0, fact.start - 12) : fact.start]
        if fact.unit == "century":  # the century already read with its ordinal dot
            return True
        after = low[fact.end : fact.end + 12]
        if r.ordinal_dot and after.startswith("."):  # an ordinal century: "20." + word
            after = after[1:]
        return bool(r.century_words.match(after)) or bool(
            r.century_before is not None and r.century_before.search(before)
        )

    return [f for f in facts if not of_decade(f)]
