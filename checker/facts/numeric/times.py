"""Clock times: "14:30", "14.30 Uhr", "14h30", "12 h GMT", "1200 GMT", "15时50分"."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import TIME_ZONES, LangRules
from checker.facts.numeric.units import joined_to_a_span, unit_after, unit_symbol
from checker.model import Fact

_CLOCK_DIGITS = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_COMMA_CLOCK = re.compile(r"^(\d{1,2}),(\d{2})$")  # "u 18,30 časova": before the hour word
# seconds too: "15:30:00"; with hundredths after it, "1:50.34" is a race time
_COLON_MINUTES = re.compile(r"^:(\d{2})(?::\d{2}(?![\d:]))?(?!\d|[.,]\d)")
_H_MINUTES = re.compile(r"^\s?h\s?(\d{2})?(?:min)?(?!\w)")  # "14h30", "14h30min"


class _MinutesPhrase(NamedTuple):
    """Words that set the minutes of an hour ("quarter past eight", "sekizi çeyrek geçe"):
    where they start and where the clock time they make ends."""

    start: int
    end: int
    minutes: int  # from the hour said: 15, or -15 for "quarter to"
    said: float = 0  # the part of an hour the number's own value holds ("साढ़े तीन": 3.5)


class _Clock(NamedTuple):
    """A clock time read at one number, before its hour and minute are checked."""

    hour: int
    minute: int
    end: int
    takes_next: bool = False  # the next digit number is its minutes ("14:30", "14h30")


def time_facts(
    norm: str, low: str, nums: list[Num], r: LangRules
) -> tuple[list[Fact], frozenset[int]]:
    """Clock times, and the starts of the numbers they took (the minutes too, even of a
    time out of range: "25:70" is no count either)."""
    facts: list[Fact] = []
    taken: set[int] = set()
    phrases: dict[int, _MinutesPhrase | None] = {}  # by start: a number's phrase read once

    def phrase_at(n: Num) -> _MinutesPhrase | None:
        if n.start not in phrases:
            phrases[n.start] = _minutes_phrase(n, low, r)
        return phrases[n.start]

    by_start = {
        n.start: n
        for n in nums
        if n.written == "digits"
        or _numeral_hour(n, norm, r)
        or _ordinal_hour(n, low, r)
        or _word_hour(n, low, r)
        or (n.written == "words" and _at_hour_of_half_day(n, low, r))
        or _half_hour(n, low, r)
        or _half_past_in_words(n, low, r)
        or phrase_at(n) is not None
        or _word_after_hour_word(n, low, r)
    }
    everything = sorted(nums, key=lambda n: n.start)
    for n, nxt in pairwise(everything):  # "الساعة العاشرة و45 دقيقة"
        if n.start not in by_start and _ordinal_then_minutes(n, nxt, low, r) is not None:
            by_start[n.start] = n
            by_start[nxt.start] = nxt
        elif n.start in by_start and _marked_minutes(n, nxt, norm, r):
            by_start[nxt.start] = nxt
    ordered = sorted(by_start.values(), key=lambda n: n.start)
    ranged = _clock_range(ordered, low, r)
    for idx, n in enumerate(ordered):
        if n.start in taken:
            continue
        nxt = ordered[idx + 1] if idx + 1 < len(ordered) else None
        phrase = phrase_at(n)
        clock = ranged.get(n.start) or _clock(n, nxt, phrase, norm, low, r)
        if clock is None:
            continue
        if clock.takes_next:  # the minutes, and the seconds of "15:30:00"
            taken.update(m.start for m in ordered[idx + 1 :] if m.start < clock.end)
        hour, minute, end = clock.hour, clock.minute, clock.end
        if hour > 24 or minute > 59:
            continue
        if phrase is not None:  # "a quarter past eight": "a quarter" is no count of its own
            taken.update(m.start for m in nums
                         if phrase.start < m.end <= n.start or n.end <= m.start < end)
        hour = _afternoon(hour, n, end, low, r)
        taken.add(n.start)
        facts.append(
            Fact(
                "date",
                norm[n.start : end].strip(),
                f"T{hour:02d}:{minute:02d}",
                n.start,
                end,
                kind="time",
            )
        )
    for fact, n in _listed_hours(facts, nums, taken, norm, low, r):
        taken.add(n.start)
        facts.append(fact)
    return facts, frozenset(taken)


_BARE_HOUR = re.compile(r"^\d{1,2}$")


def _listed_hours(
    facts: list[Fact], nums: list[Num], taken: set[int], norm: str, low: str, r: LangRules
) -> list[tuple[Fact, Num]]:
    """Bare hours listed after a clock time ("klockan 16 och 21", "între orele 8 și 20",
    "kl. 9-17"): an hour joined to it by the language's "and" or range words (and to the
    next by them again, or a comma) is a clock time too, where no word follows it but the
    hour word or a half of the day ("21 și 20 de persoane": a count)."""
    out: list[tuple[Fact, Num]] = []
    ends = [f.end for f in facts if f.kind == "time"]
    listed: list[int] = []  # a comma goes on a list only once "and" has begun it
    for n in sorted(nums, key=lambda n: n.start):
        if n.start in taken or not (
                any(end <= n.start and r.day_pair_between.match(low[end : n.start])
                    for end in ends + listed)
                or any(end <= n.start and low[end : n.start].strip() == "," for end in listed)):
            continue
        unit = unit_after(low, n, r)
        if not (n.written == "digits" and _BARE_HOUR.match(n.raw or "") and n.is_int
                and 0 <= n.value <= 24 and not n.suffix and unit in (None, "hour")
                and not re.match(r"^\s*[.,:]\d", low[n.end : n.end + 3])):
            continue
        end = n.end
        m = r.time_after.match(low[end : end + 30]) if r.time_after is not None else None
        if unit == "hour" and (not m or len(m.group(0).strip()) > 3):
            continue  # "and 2 hours later": a span of hours; "et 23 h" stays the clock's
        if m:
            end += m.end()
        elif re.match(r"\s*[^\W\d_]", low[end : end + 3]) and not r.half_day_word_at(
                low[end : end + 30].lstrip()) and not any(
                    k.start > end and r.day_pair_between.match(low[end : k.start]) for k in nums):
            continue
        hour = _afternoon(int(n.value), n, end, low, r)
        out.append((Fact("date", norm[n.start : end].strip(), f"T{hour:02d}:00", n.start, end,
                         kind="time"), n))
        listed.append(end)
    return out


def _clock_range(ordered: list[Num], low: str, r: LangRules) -> dict[int, _Clock]:
    """Both ends of a range of dotted clock times ("de 9.00 a 17.00", "9.30-11.45") where
    the language's decimal mark is a comma: two minutes after a dot make no number of it."""
    out: dict[int, _Clock] = {}
    if not r.decimal_comma or r.range_between is None:
        return out
    for a, b in pairwise(ordered):
        ends = [_CLOCK_DIGITS.match(n.raw or "") if n.written == "digits" else None
                for n in (a, b)]
        if not all(m and "." in m.group(0) and int(m.group(1)) <= 24 and int(m.group(2)) <= 59
                   for m in ends):
            continue
        if a.suffix or r.range_between.match(low[a.end : b.start]) is None:
            continue
        if unit_after(low, b, r) not in (None, "hour") or unit_symbol(low, a.end, r) is not None:
            continue  # "de 1.50 a 2.25 euros": amounts in English figures ("de 7.00 a 22.00
            # horas" is the clock)
        for n, m in zip((a, b), ends, strict=True):
            out[n.start] = _Clock(int(m.group(1)), int(m.group(2)), n.end + len(n.suffix))
    return out


def _numeral_hour(n: Num, norm: str, r: LangRules) -> bool:
    """An hour in numeral characters before an hour mark: "三点", "十二点"."""
    return (
        n.written != "digits"
        and bool(r.hour_marks)
        and norm[n.end : n.end + 1] in r.hour_marks
        and n.is_int
        and 0 <= n.value <= 24
    )


def _word_hour(n: Num, low: str, r: LangRules) -> bool:
    """An hour in words before the hour word and a time of day ("dva sata posle ponoći",
    two a.m.): without the time of day, "dva sata" is as often two hours."""
    if n.written != "words" or not n.is_int or not 1 <= n.value <= 12 or r.time_after is None:
        return False
    if _after_clock_article(n, low, r) and r.half_day_word_at(low[n.end : n.end + 30]):
        return True  # "a las cuatro de la tarde", "às quatro da tarde": 16:00
    hour_word = r.time_after.match(low[n.end : n.end + 30])
    if hour_word is None:
        return False
    return r.half_day_word_at(low[n.end + hour_word.end() : n.end + hour_word.end() + 30])


def _after_hour_word(n: Num, low: str, r: LangRules) -> bool:
    """The language's word for "hour" stands right before the number ("saat", "الساعة")."""
    return r.hour_before is not None and bool(
        r.hour_before.search(low[max(0, n.start - 15) : n.start]))


def _word_after_hour_word(n: Num, low: str, r: LangRules) -> bool:
    """An hour in words right after the word for "hour" ("saat üçte", "në orën tre"): the
    word order makes it a clock time ("üç saat" is three hours)."""
    return (
        n.written == "words"
        and n.kind == "cardinal"
        and float(n.value * 2).is_integer()  # "në orën tetë e gjysmë": half past eight
        and 0 <= n.value <= 24
        and (_after_hour_word(n, low, r) or _split_hour(n, low, r))
    )


def _split_hour(n: Num, low: str, r: LangRules) -> bool:
    """An hour in words with its half after the language's clock article ("às seis e
    meia"): the half makes it a time."""
    return not n.is_int and _after_clock_article(n, low, r)


def _after_clock_article(n: Num, low: str, r: LangRules) -> bool:
    """The language's clock article stands right before the number (`dates.SPLIT_HOUR_BEFORE`:
    "às", "a las"); alone it makes no time ("às duas empresas")."""
    return (
        r.split_hour_before is not None
        and r.split_hour_before.search(low[max(0, n.start - 15) : n.start]) is not None
    )


def _marked_minutes(n: Num, nxt: Num, norm: str, r: LangRules) -> bool:
    """Minutes in numeral characters right after an hour and its mark, before a minute or
    quarter mark ("三点十五分", "八点一刻")."""
    return (
        bool(r.hour_marks)
        and nxt.start == n.end + 1
        and norm[n.end : nxt.start] in r.hour_marks
        and norm[nxt.end : nxt.end + 1] in (*r.minute_marks, *r.quarter_marks)
    )


def _ordinal_then_minutes(n: Num, nxt: Num | None, low: str, r: LangRules) -> _Clock | None:
    """An ordinal hour after the hour word, then "and" and the minutes counted in minutes
    ("الساعة العاشرة و45 دقيقة": 10:45)."""
    if (
        not r.ordinal_hours
        or n.kind != "ordinal"
        or nxt is None
        or not nxt.is_int
        or not 0 <= nxt.value <= 59
        or not 1 <= n.value <= 12
        or not _after_hour_word(n, low, r)
        or low[n.end : nxt.start].strip() not in r.lex.connectors
        or unit_after(low, nxt, r) != "minute"
    ):
        return None
    unit_word = re.match(r"\s*\w+", low[nxt.end : nxt.end + 20])  # the time of day may follow
    return _Clock(int(n.value), int(nxt.value), nxt.end + (unit_word.end() if unit_word else 0),
                  takes_next=True)


def _ordinal_hour(n: Num, low: str, r: LangRules) -> bool:
    """An hour said as an ordinal (`dates.ORDINAL_HOURS`): after the hour word ("الساعة
    الثامنة") or before a time-of-day word ("الثامنة مساءً"); not before a connector (the
    minutes follow: "الثامنة والنصف")."""
    if not r.ordinal_hours or n.kind != "ordinal" or not n.is_int or not 1 <= n.value <= 12:
        return False
    following = re.match(r"\s*(\w+)", low[n.end : n.end + 20])
    if following and following.group(1).startswith(tuple(r.lex.connectors)):
        return False
    after = low[n.end : n.end + 30]
    return bool(
        _after_hour_word(n, low, r)
        or (r.time_after is not None and r.time_after.match(after))
        or (r.pm_words is not None and r.pm_words.match(after))
    )


def _half_hour(n: Num, low: str, r: LangRules) -> bool:
    """An hour after the language's half-hour word ("om half negen", "half 9"): half an
    hour before it, 8:30."""
    return (
        r.half_hour_before is not None
        and n.is_int
        and 1 <= n.value <= 12
        and r.half_hour_before.search(low[max(0, n.start - 12) : n.start]) is not None
    )


def _half_past_in_words(n: Num, low: str, r: LangRules) -> bool:
    """An hour and a half read as one number, after the clock-time preposition and ending
    with the language's words for half past the hour (`dates.MINUTES_AFTER_HOUR` at 30):
    "στις τρεις και μισή" is 3:30, not the count 3.5."""
    if n.written != "words" or n.is_int or not float(n.value * 2).is_integer():
        return False
    if not 1 <= n.value < 13 or r.time_before is None:
        return False
    halves = tuple(words for words, minutes in r.hour_minutes.items() if minutes == 30)
    return (
        bool(halves)
        and " ".join(low[n.start : n.end].split()).endswith(halves)
        and r.time_before.search(low[max(0, n.start - 15) : n.start]) is not None
    )


def _minutes_phrase(n: Num, low: str, r: LangRules) -> _MinutesPhrase | None:
    """The words that set the minutes of an hour and the minutes from that hour ("quarter
    past eight": 15; "quarter to nine": -15), or None."""
    if not n.is_int:
        return _minutes_inside(n, low, r)
    if not 1 <= n.value <= 12:
        return None
    if r.minutes_before_hour is not None:
        window = max(0, n.start - 20)
        m = r.minutes_before_hour.search(low[window : n.start])
        if m is not None:
            return _MinutesPhrase(window + m.start(1), n.end,
                                  r.hour_minutes[" ".join(m.group(1).split())])
    return _minutes_after(n, low, r)


def _minutes_inside(n: Num, low: str, r: LangRules) -> _MinutesPhrase | None:
    """An hour in words read as one number with the words before it that set its minutes
    (`dates.MINUTES_BEFORE_HOUR` that are number words too: "साढ़े तीन" is 3.5), before
    the hour word (`lex_attrs.TIME_AFTER`): "साढ़े तीन बजे" is 3:30; "साढ़े तीन साल"
    stays 3.5 years."""
    if n.written != "words" or r.minutes_before_hour is None or r.time_after is None:
        return None
    words = " ".join(low[n.start : n.end].split())
    for phrase, minutes in r.hour_minutes.items():
        said = n.value - round(n.value - minutes / 60)
        if (
            words.startswith(phrase + " ")
            and abs(said * 60 - minutes) < 1e-6
            and 1 <= n.value - said <= 12
            and r.time_after.match(low[n.end : n.end + 30])
        ):
            return _MinutesPhrase(n.start, n.end, minutes, said)
    return None


def _minutes_after(n: Num, low: str, r: LangRules) -> _MinutesPhrase | None:
    """The minutes said after the hour ("sekizi çeyrek geçe", "الثامنة والربع"): the
    phrase ends the clock time (its start is the hour's end)."""
    if r.minutes_after_hour is None:
        return _minutes_after_clock_at(n, low, r)
    percent = r.percent_before
    if percent is not None and percent.search(low[max(0, n.start - 12) : n.start]):
        return None  # "yüzde sekiz buçukta": at 8.5 percent
    m = r.minutes_after_hour.match(low[n.end : n.end + 25])
    if m is None:
        return _minutes_after_clock_at(n, low, r)
    return _MinutesPhrase(n.end, n.end + m.end(), r.hour_minutes[" ".join(m.group(1).split())])


def _minutes_after_clock_at(n: Num, low: str, r: LangRules) -> _MinutesPhrase | None:
    """The minutes after an hour in words, after the preposition of clock times and at the
    end of the clause ("u tri i petnaest": 3:15): "tri i četvrt miliona" is a number."""
    if (
        r.minutes_after_clock_at is None
        or n.written != "words"
        or not _after_clock_at(n, low, r)
    ):
        return None
    m = r.minutes_after_clock_at.match(low[n.end : n.end + 30])
    if m is None:
        return None
    end = n.end + m.end()
    rest = low[end : end + 30]
    if re.match(r"\s*\w", rest) and not (
        (r.time_after is not None and r.time_after.match(rest)) or r.half_day_word_at(rest)
    ):
        return None  # a noun follows: "u tri i po miliona" is no clock time
    return _MinutesPhrase(n.end, end, r.hour_minutes[" ".join(m.group(1).split())])


def _digit_minutes_after_clock_at(n: Num, nxt: Num | None, low: str, r: LangRules
                                  ) -> _Clock | None:
    """The hour and its minutes in digits joined by the connector after the preposition of
    clock times, at the end of the clause or before a part of the day ("u 10 i 30", "u 7 i
    15 ujutru"): the minutes said in words after the hour (`dates.MINUTES_AFTER_CLOCK_AT`)
    said in digits. Not before an hour word ("u 10 i 15 časova": at ten and at three)."""
    if (
        r.minutes_after_clock_at is None
        or nxt is None
        or n.written != "digits" or nxt.written != "digits"
        or not (n.is_int and 0 <= n.value <= 23 and len(nxt.raw) == 2 and 0 <= nxt.value <= 59)
        or low[n.end : nxt.start].strip() not in r.lex.connectors
        or not _after_clock_at(n, low, r)
    ):
        return None
    rest = low[nxt.end : nxt.end + 30]
    if re.match(r"\s*\w", rest) and not r.half_day_word_at(rest.lstrip()):
        return None
    return _Clock(int(n.value), int(nxt.value), nxt.end, takes_next=True)


def _clock(
    n: Num, nxt: Num | None, phrase: _MinutesPhrase | None, norm: str, low: str, r: LangRules
) -> _Clock | None:
    """The clock time read at `n`, or None (`phrase`: the words that set its minutes,
    `_minutes_phrase` of `n`, read once per number by `time_facts`)."""
    minutes = _ordinal_then_minutes(n, nxt, low, r)
    if minutes is not None:
        return minutes
    # first: "tien voor half vier" ends in a half word
    if phrase is not None:
        hour = round(n.value - phrase.said) - (phrase.minutes < 0)
        return _Clock(hour or 12, phrase.minutes % 60, phrase.end)
    if _half_hour(n, low, r):
        return _Clock(int(n.value) - 1 or 12, 30, n.end)
    if not n.is_int and _word_after_hour_word(n, low, r):  # "orën tetë e gjysmë": 8:30
        return _Clock(int(n.value), 30, n.end)
    if _half_past_in_words(n, low, r):  # "στις τρεις και μισή": 3:30
        return _Clock(int(n.value), 30, n.end)
    spoken = _digit_minutes_after_clock_at(n, nxt, low, r)
    if spoken is not None:  # "u 10 i 30": 10:30
        return spoken
    raw = n.raw if n.written == "digits" else str(int(n.value))
    after = low[n.end : n.end + 30]
    m = _CLOCK_DIGITS.match(raw)
    colon = (
        _COLON_MINUTES.match(norm[n.end : n.end + 7]) if raw.isdigit() and len(raw) <= 2 else None
    )
    if colon:
        end = n.end + colon.end()
        return _Clock(int(raw), int(colon.group(1)), end, nxt is not None and nxt.start < end)
    if m is None and r.decimal_comma and r.time_after is not None and r.time_after.match(after):
        m = _comma_clock(raw, n, low, r)
    if m and r.time_after is not None and r.time_after.match(after):
        return _Clock(int(m.group(1)), int(m.group(2)), n.end + r.time_after.match(after).end())
    if (
        m
        and r.time_before is not None
        and r.time_before.search(low[max(0, n.start - 15) : n.start])
    ):
        # "saat 10.00", "alle 10.30"
        return _Clock(int(m.group(1)), int(m.group(2)), n.end + len(n.suffix))
    if (
        re.match(r"^\d{4}$", raw)
        and r.time_after is not None
        and r.time_after.match(after)
        and any(low[n.end :].lstrip().startswith(z) for z in TIME_ZONES)
    ):
        return _Clock(int(raw[:2]), int(raw[2:]), n.end)
    if re.match(r"^\d{1,2}$", raw):
        return _hour_clock(n, nxt, norm, low, r)
    return None


def _comma_clock(raw: str, n: Num, low: str, r: LangRules) -> re.Match | None:
    """ "u 18,30 časova": a comma between hour and minutes before the hour word, where the
    hour is of the afternoon or a preposition of clock times comes first ("1,25 sati" is a
    span in hundredths of an hour)."""
    m = _COMMA_CLOCK.match(raw)
    if m is None:
        return None
    at = r.time_before is not None and r.time_before.search(low[max(0, n.start - 15) : n.start])
    return m if at or 13 <= int(m.group(1)) <= 23 else None


def _half_mark_at(norm: str, end: int, r: LangRules) -> int:
    """The length of the half-hour mark right after the hour mark ("半" of "3時半"), 0 if
    none; a spaced mark ("3시 반에") is a whole word: no letter follows it ("반정부")."""
    for mark in sorted(r.half_marks, key=len, reverse=True):
        if not norm.startswith(mark, end):
            continue
        if not mark[:1].isspace() or not norm[end + len(mark) : end + len(mark) + 1].isalpha():
            return len(mark)
    return 0


def _hour_clock(n: Num, nxt: Num | None, norm: str, low: str, r: LangRules) -> _Clock | None:
    """A one- or two-digit hour: "14h30", "12 h GMT", "15时50分", "3 Uhr", "三点"."""
    raw = n.raw if n.written == "digits" else str(int(n.value))
    after = low[n.end : n.end + 30]
    hm = _H_MINUTES.match(low[n.end : n.end + 8])
    if hm and (
        hm.group(1) or any(low[n.end + hm.end() :].lstrip().startswith(z) for z in TIME_ZONES)
    ):
        end = n.end + hm.end()
        takes_next = bool(hm.group(1)) and nxt is not None and nxt.start < end
        return _Clock(int(raw), int(hm.group(1) or 0), end, takes_next)
    if r.hour_marks and norm[n.end : n.end + 1] in r.hour_marks:
        end = n.end + 1
        # "15时50分", and "11시 30분" where the words are spaced
        spaced = nxt is not None and norm[end : nxt.start] in ("", " ")
        minute_mark = norm[nxt.end : nxt.end + 1] if nxt else ""  # "分"; "刻", read as 15
        if nxt and spaced and minute_mark and minute_mark in (*r.minute_marks, *r.quarter_marks):
            return _Clock(int(raw), int(nxt.value), nxt.end + 1, takes_next=True)
        half = _half_mark_at(norm, end, r)
        if half:
            return _Clock(int(raw), 30, end + half)
        return _Clock(int(raw), 0, end)
    if (
        r.time_after is not None
        and r.time_after.match(after)
        and not any(after.lstrip().startswith(z) for z in TIME_ZONES)
        and (not _hours_counted(n, r.time_after.match(after).group(1), low, r)
             or _half_day_after(r.time_after.match(after).group(1),
                                n.end + r.time_after.match(after).end(), low, r))
    ):
        hour_end = n.end + r.time_after.match(after).end()
        if not _minutes_counted_after(nxt, hour_end, low, r):
            return _Clock(int(raw), 0, hour_end)
        if nxt is not None and nxt.is_int and _after_clock_at(n, low, r):
            # hours and minutes counted after the preposition of clock times: "u 9 časova i
            # 30 minuta", "в 9 часов 30 минут" (9:30), not a length of time
            return _Clock(int(raw), int(nxt.value), nxt.end, takes_next=True)
    if (  # "saat 2'de", "الساعة 2", "në orën 2": the hour word comes first
        r.hour_before is not None
        and r.hour_before.search(low[max(0, n.start - 15) : n.start])
        and not re.match(r"^[.,:]\d", low[n.end + len(n.suffix) : n.end + len(n.suffix) + 2])
    ):
        return _Clock(int(raw), 0, n.end + len(n.suffix))
    if _at_hour_of_half_day(n, low, r):  # "at 3 in the afternoon"
        return _Clock(int(raw), 0, n.end)
    return None


def _minutes_counted_after(nxt: Num | None, end: int, low: str, r: LangRules) -> bool:
    """Minutes counted right after the hour word ("1 час 58 минут", "2 hours, 5 minutes"):
    hours and minutes of a span, as "1 hour 58 minutes" is read; the hour word alone ("3
    Uhr") is not the whole of a clock time then."""
    if nxt is None or unit_after(low, nxt, r) != "minute":
        return False
    between = low[end : nxt.start].strip(" ,\u00a0")
    return not between or between in r.lex.connectors


def _hours_counted(n: Num, hour_word: str, low: str, r: LangRules) -> bool:
    """A count of hours before the hour word, not a clock time: after a word of a length of
    time ("for 10 hours", "за 10 часов"), before a plural that only counts hours in the
    language ("5 hours", Slovak "o 3 hodiny", in 3 hours: read before the preposition, which
    may start a clock time as well), or, without a preposition of clock times before it, 24
    (midnight is "0:00" or "24:00", "24 hours" a day)."""
    before = low[max(0, n.start - 30) : n.start]
    first = re.search(r"\d+(\D{1,8})$", before)  # "in 5-6 hours": the range's first end
    if first is not None and r.range_between is not None and r.range_between.match(
            first.group(1)):
        before = before[: first.start()]
    before = before[-20:]
    if (r.span_before is not None and r.span_before.search(before)) or (
            hour_word in r.span_hour_words) or joined_to_a_span(before, r):
        return True
    if any(at is not None and at.search(before) for at in (r.time_before, r.clock_at)):
        return False
    return n.value == 24


def _half_day_after(hour_word: str, end: int, low: str, r: LangRules) -> bool:
    """A word for the morning or the afternoon right after the hour word: "zakazan za 3
    sata posle podne" (for 3 p.m.) is a clock time even after a word of a length of time;
    not after a plural that counts hours ("for 3 hours in the afternoon")."""
    return hour_word not in r.span_hour_words and r.half_day_word_at(low[end : end + 30].lstrip())


def _at_hour_of_half_day(n: Num, low: str, r: LangRules) -> bool:
    """An hour between the preposition of clock times and the words for the morning or the
    afternoon ("at one in the afternoon"): both together make it a clock time."""
    return (
        n.is_int
        and 1 <= n.value <= 12
        and _after_clock_at(n, low, r)
        and r.half_day_word_at(low[n.end : n.end + 30])
    )


def _after_clock_at(n: Num, low: str, r: LangRules) -> bool:
    """The preposition of clock times stands right before the number (`dates.CLOCK_AT`:
    "at", "u"; a time of day where it says "at": "délután", "hajnali")."""
    return r.clock_at is not None and bool(r.clock_at.search(low[max(0, n.start - 12) : n.start]))


def _afternoon(hour: int, n: Num, end: int, low: str, r: LangRules) -> int:
    """The hour on a 24-hour clock: "3 p.m." is 15, "午後4時" is 16, "12:30 a.m." 0:30."""
    am = r.am_words and (r.am_words.match(low[end : end + 20])
                         or r.am_words.match(low[n.end : n.end + 20]))
    if hour == 12 and am and "".join(c for c in am.group(0) if c.isalpha()) == "am":
        return 0  # only "a.m." says midnight: "12 in the morning" is mostly noon
    if r.pm_words is not None and hour < 12:
        # "3 p.m.": the time-after branch may already have stepped over the pm word
        pm = r.pm_words.match(low[end : end + 20]) or r.pm_words.match(low[n.end : n.end + 20])
        if pm:
            hour += 12
    before = low[max(0, n.start - 25) : n.start]
    hour_word = r.hour_before.search(before) if r.hour_before is not None else None
    if hour_word is not None:  # "öğleden sonra saat 2": the afternoon word before "saat"
        before = before[: hour_word.start()]
    if r.pm_before is not None and hour < 12 and r.pm_before.search(before):  # "午後4時"
        hour += 12
    return hour
