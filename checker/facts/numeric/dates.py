"""Dates around month and weekday words, years and decades by context."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from checker.facts.dates import DateWord
from checker.facts.numeric.pieces import Num, is_year_value
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import unit_after
from checker.facts.numeric.years import year_or_decade
from checker.model import Fact


class _Side(NamedTuple):
    """What one side of a month word adds to its date: a day, a year, the date's new edge
    and the numbers it took."""

    day: int | None
    year: int | None
    edge: int
    took: tuple[Num, ...]


def date_facts(
    text: str,
    low: str,
    nums: list[Num],
    date_words: list[DateWord],
    r: LangRules,
    taken: frozenset[int],
) -> tuple[list[Fact], frozenset[int]]:
    """Day-month-year groups around month names; weekdays; years by context. `taken` are
    the starts of numbers already read (clock times); returned with the ones read here."""
    facts: list[Fact] = []
    now_taken = set(taken)
    free = [n for n in nums if n.start not in taken and n.kind != "code"]
    for dw in _merge_repeated_months(date_words, low):
        if dw.what == "weekday":
            if _counted_weekday(dw, free, low, r):
                continue
            if dw.needs_context and (
                _counted_weeks(dw, nums, low, r.dates.lang)
                or not (_beside_date(dw, date_words, low, r.day_marks)
                        or _in_weekday_list(dw, date_words, low))
            ):
                continue
            facts.append(
                Fact("date", text[dw.start : dw.end], dw.value, dw.start, dw.end, kind="weekday")
            )
            bracketed = _bracketed_day(dw.end, low, free)
            now_taken.update(bracketed)
            facts += [_day_alone(n, text) for n in free if n.start in bracketed]
            continue
        if dw.what in ("relative", "period", "season", "time", "decade"):  # "yesterday"
            value = str(dw.value)
            facts.append(Fact("date", text[dw.start : dw.end], value, dw.start, dw.end,
                              kind=dw.what))
            continue
        unread = [n for n in free if n.start not in now_taken]
        found = _month_date(dw, unread, text, low, r)
        if found is not None:
            facts.append(found[0])
            now_taken.update(n.start for n in found[1])
    unread = [n for n in free if n.start not in now_taken]
    for fact, took in _day_ranges(facts, unread, text, low, r):
        facts.append(fact)
        now_taken.add(took)
    unread = [n for n in free if n.start not in now_taken]
    facts, year_taken = _year_around_day_range(facts, unread, text, low, r)
    now_taken.update(year_taken)
    for fact, took in _short_year_ranges(free, text, low, now_taken):
        facts.append(fact)
        now_taken.update(took)
    for n in free:
        if n.start not in now_taken and _said_day(n, low, r):
            now_taken.add(n.start)
            facts.append(_day_alone(n, text))
    for n in free:
        if n.start in now_taken:
            continue
        fact = year_or_decade(n, text, low, r)
        if fact is not None:
            now_taken.add(n.start)
            facts.append(fact)
    return facts, frozenset(now_taken)


def after_counting_word(dw: DateWord, low: str, r: LangRules) -> bool:
    """Is the date word right after a word the language counts with (`dates.COUNTED_BEFORE`:
    "câteva luni", several months; "lần thứ ba", the third time): no date, and its words
    are left to the number readers."""
    from checker.lang.profile import profile

    before = low[max(0, dw.start - 24) : dw.start].split()
    return bool(before) and before[-1] in profile(r.dates.lang).dates.counted_before


def _counted_weekday(dw: DateWord, free: list[Num], low: str, r: LangRules) -> bool:
    """A weekday name right after a count that the language also counts as a unit
    (`lex_attrs.UNITS`: "18 luni" is 18 months, not Monday) is that unit, never the day
    ("Radio 4 dimanche" stays Sunday; an ordinal, "the first Monday", is no count), or
    right after a word the language counts with (`dates.COUNTED_BEFORE`: "câteva luni")."""
    if after_counting_word(dw, low, r):
        return True
    if " " in low[dw.start : dw.end].strip():
        return False  # "radiju 4 u nedelju": the preposition says the day
    return any(dw.start - 3 < n.end <= dw.start and not low[n.end : dw.start].strip()
               and n.kind == "cardinal" and not n.ordinal_word and n.value > 1
               and unit_after(low, n, r, words=1) is not None for n in free)


def _counted_weeks(dw: DateWord, nums: list[Num], low: str, lang: str) -> bool:
    """A weekday that is also the word for week, counted ("dve nedelje": two weeks), is
    weeks, even right before a date."""
    from checker.facts.week_words import week_stems

    return low.startswith(tuple(week_stems(lang)), dw.start) and any(
        n.end <= dw.start and not low[n.end : dw.start].strip() for n in nums)


_DAY_VALUE = re.compile(r"(\d{4}-|--)(\d{2})-(\d{2})")
_BRACKETED_DAY = re.compile(r"(?:-?\w+)?[\s\u00a0]*\((\d{1,2})\)")  # "-feira (7)" too


def _bracketed_day(end: int, low: str, free: list[Num]) -> tuple[int, ...]:
    """The start of a day of the month in brackets right after a weekday ("no sábado (5)",
    the 5th): it dates the weekday, it counts nothing."""
    m = _BRACKETED_DAY.match(low, end)
    if m is None or not 1 <= int(m.group(1)) <= 31:
        return ()
    return tuple(n.start for n in free if n.start == m.start(1))


def _day_alone(n: Num, text: str) -> Fact:
    """A day of the month said without its month ("quinta-feira (3)", "no dia 27")."""
    return Fact("date", text[n.start : n.end], f"---{int(n.value):02d}", n.start, n.end,
                kind="day")


def _said_day(n: Num, low: str, r: LangRules) -> bool:
    """A day of the month right after a word for "day" (`dates.DAY_BEFORE`: "no dia 27"),
    ending its phrase ("dia 27 horas" is no day)."""
    return (r.day_before is not None and n.kind == "cardinal" and n.is_int
            and 1 <= n.value <= 31 and not n.suffix
            and r.day_before.search(low[max(0, n.start - 16) : n.start]) is not None
            and re.match(r"\s*(?:$|[,.;:!?)\]\u2013\u2014-](?!\d))", low[n.end :]) is not None)


def _day_ranges(
    facts: list[Fact], unread: list[Num], text: str, low: str, r: LangRules
) -> list[tuple[Fact, int]]:
    """The first day of a range or pair of days whose month is said once ("od 5. do 10.
    marta", "5 to 10 March", "March 5-10", "los días 5 y 6 de marzo"): a date of that
    month too, with the start of the number it takes."""
    out = []
    for fact in [f for f in facts if f.kind == "date"]:
        value = _DAY_VALUE.fullmatch(str(fact.value))
        if value is None:
            continue
        day, stem = int(value.group(3)), str(fact.value)[:-2]
        prev = _before(unread, fact.start)
        if prev is not None and _day_of(prev) and prev.value < day:
            end = prev.end + len(prev.suffix)
            gap = _without_weekday(facts, low, end, fact.start, prev.start)
            if r.day_pair_between.match(gap.lstrip(".")):
                out.append((Fact("date", text[prev.start : end], f"{stem}{int(prev.value):02d}",
                                 prev.start, end, kind="date"), prev.start))
                continue
        nxt = _after(unread, fact.end)
        # "iyulun 10-dan 14-dək": the ending of the first day opens the range
        # ... to a day in digits with an ending of its own ("1-dən üç həftə": three weeks)
        opens = fact.text.lower().endswith(_range_start_endings(r.dates.lang)) and (
            nxt is not None and nxt.suffix[:1] in ("-", "'") and low[nxt.start].isdigit())
        # "aprelin 12-də və 13-də": both days take the same glued ending
        paired = nxt is not None and _same_ending(fact.text, nxt.suffix) and bool(
            r.day_pair_between.match(low[fact.end : nxt.start]))
        if (
            nxt is not None
            and (fact.text[-1:].isdigit() or fact.text.endswith(r.day_marks or ("\x00",))
                 or opens or paired)
            and _day_of(nxt)
            and day < nxt.value
            and ((opens and not low[fact.end : nxt.start].strip()) or paired
                 or _joins_days_after(low[fact.end : nxt.start], low, nxt.end, r))
            and not re.match(r"^\s*[:%.,]\d", low[nxt.end : nxt.end + 3])
        ):
            end = nxt.end + (1 if low[nxt.end : nxt.end + 1] in r.day_marks else 0)
            out.append((Fact("date", text[nxt.start : end], f"{stem}{int(nxt.value):02d}",
                             nxt.start, end, kind="date"), nxt.start))
    return out


def _same_ending(first: str, suffix: str) -> bool:
    """The first day ends with the ending glued to the second after a hyphen or apostrophe."""
    return len(suffix) > 2 and suffix[0] in "-'" and first.lower().endswith(suffix.lower())


@cache
def _range_start_endings(lang: str) -> tuple[str, ...]:
    """The endings after a hyphen or apostrophe that make a day open a range to the next
    day (`dates.RANGE_START_ENDINGS`); none for most languages."""
    from checker.lang.profile import profile

    endings = profile(lang).dates.range_start_endings if lang else ()
    return tuple(f"{mark}{e.lower()}" for e in endings for mark in "-'") or ("\x00",)


def _without_weekday(facts: list[Fact], low: str, end: int, start: int, day: int) -> str:
    """The words between two days of a month said once, without the weekday of the second
    where a weekday also stands right before the first ("Saturday 5 and Sunday 6 October",
    "samedi 5 et dimanche 6 octobre"): each weekday names its own day of that month."""
    gap = low[end:start]
    weekdays = [f for f in facts if f.kind == "weekday"]
    inside = [w for w in weekdays if end <= w.start and w.end <= start]
    first = any(w.end <= day and not low[w.end : day].strip(" ,\u00a0") for w in weekdays)
    if len(inside) != 1 or not first:
        return gap
    return low[end : inside[0].start] + low[inside[0].end : start].lstrip(" ,\u00a0")


def _year_around_day_range(
    facts: list[Fact], unread: list[Num], text: str, low: str, r: LangRules
) -> tuple[list[Fact], set[int]]:
    """ "June 12-15, 2023", "2023. gada 12.–15. jūn.": the year said once after the last
    day or before the first day of a range of one month is the year of every day of it, as
    in "12-15 June 2023" (the start of the year taken is returned)."""
    days = [f for f in facts if f.kind == "date" and str(f.value).startswith("--")]
    for first, last in pairwise(sorted(days, key=lambda f: f.start)):
        if str(first.value)[:5] != str(last.value)[:5] or last.start - first.end > 12:
            continue
        after, before = _after(unread, last.end), _before(unread, first.start)
        if (after is not None and is_year_value(after)
                and re.fullmatch(r",?[\s\u00a0]*", low[last.end : after.start])):
            year, start, end = after, first.start, after.end
        elif before is not None and is_year_value(before) and (
            low[before.end : first.start].strip(" .,\u00a0\u202f") in ("", *r.year_marks)
        ):
            year, start, end = before, before.start, last.end
        else:
            continue
        dated = {
            first: replace(first, value=f"{year.value:04d}{str(first.value)[1:]}",
                           start=start, text=text[start : first.end]),
            last: replace(last, value=f"{year.value:04d}{str(last.value)[1:]}",
                          end=end, text=text[last.start : end]),
        }
        return [dated.get(f, f) for f in facts], {year.start}
    return facts, set()


def _joins_days_after(gap: str, low: str, end: int, r: LangRules) -> bool:
    """A second day, ending at `end`, after "June 12": after a range word ("June 12-15"),
    or after "and" where a day mark follows ("12日和13日") or the sentence part ends ("June
    12 and 13."; "June 12 and 13 people" counts people)."""
    if r.range_between.match(gap):
        return True
    if not r.day_pair_between.match(gap):
        return False
    return low[end : end + 1] in r.day_marks or bool(re.match(r"\s*(?:[,.;:)!?]|$)", low[end:]))


def _day_of(n: Num) -> bool:
    return n.is_int and 1 <= n.value <= 31 and n.kind != "code" and not is_year_value(n)


def _short_year_ranges(
    free: list[Num], text: str, low: str, taken: set[int]
) -> list[tuple[Fact, tuple[int, int]]]:
    """ "1961-64", "2017/18": a year and the last two digits of a later year of its century;
    both are years (the starts of the two numbers are returned with each fact)."""
    out: list[tuple[Fact, tuple[int, int]]] = []
    for first, second in pairwise(free):
        if (
            first.start in taken
            or second.start in taken
            or not is_year_value(first)
            or not (second.written == "digits" and second.raw.isdigit() and len(second.raw) == 2)
            or not re.fullmatch(r"\s*[-\u2013/]\s*", low[first.end : second.start])
            or second.value <= first.value % 100
        ):
            continue
        later = first.value - first.value % 100 + second.value
        starts = (first.start, second.start)
        for n, year in ((first, first.value), (second, later)):
            fact = Fact("date", text[n.start : n.end], f"{year:04d}", n.start, n.end, kind="year")
            out.append((fact, starts))
    return out


def _merge_repeated_months(date_words: list[DateWord], low: str) -> list[DateWord]:
    """ "فبراير/ شباط": one month written twice is one month word."""
    merged: list[DateWord] = []
    for dw in date_words:
        if (
            merged
            and merged[-1].what == dw.what == "month"
            and merged[-1].value == dw.value
            and re.match(r"^[\s/(\-]*$", low[merged[-1].end : dw.start])
        ):
            merged[-1] = merged[-1].extend(dw.end)
        else:
            merged.append(dw)
    return merged


def _before(unread: Sequence[Num], pos: int) -> Num | None:
    cands = [n for n in unread if n.end <= pos]
    return cands[-1] if cands else None


def _after(unread: Sequence[Num], pos: int) -> Num | None:
    return next((n for n in unread if n.start >= pos), None)


_GAP_AFTER = re.compile(r"[\s,.\u060c]*")  # and the Arabic comma: "ہفتہ، 3 مئی"
_GAP_BEFORE = re.compile(r"[\d.]?[\s,.(\uff08\u060c]*$")


def _beside_date(
    dw: DateWord, date_words: list[DateWord], low: str, day_marks: tuple[str, ...]
) -> bool:
    """A weekday read only beside a date ("nedelja" Sunday or week, "Do." Thursday): right
    before a day or a month word ("Do., 5. Jan.", "Thu, Jan 5"), or right after a date
    ("5 Oca Per", "5日週四")."""
    after = _GAP_AFTER.match(low, dw.end).end()
    if after < len(low) and low[after].isdigit():
        return True
    months = [w for w in date_words if w.what == "month"]
    if any(w.start == after for w in months):
        return True
    gap = _GAP_BEFORE.search(low, 0, dw.start)
    before = gap.start() if gap else dw.start
    if any(low.endswith(mark, 0, before) for mark in day_marks if mark):
        return True
    if low[before : before + 1].isdigit():  # "հունվարի 5, հնգ": the gap began at the day
        return True
    return (before > 0 and low[before - 1].isdigit()) or any(w.end == before for w in months)


# between two weekdays of a list or range: a comma, a dash, or one short word ("subote i
# nedelje", "od petka do nedelje")
_WEEKDAY_LINK = re.compile(r"\s*(?:[,\-\u2013/]|\s[^\W\d]{1,3}\s)\s*")


def _in_weekday_list(dw: DateWord, date_words: list[DateWord], low: str) -> bool:
    """A weekday read only beside a date ("nedelja" Sunday or week) is a weekday all the same
    next to a sure weekday in a list or range. Whole words only (four letters or more): a
    short form such as "pet" (five, or Friday) stays a number."""
    if len(low[dw.start : dw.end].rstrip(".")) < 4:
        return False
    for w in date_words:
        if w.what != "weekday" or w.needs_context or w is dw:
            continue
        if w.end <= dw.start and _WEEKDAY_LINK.fullmatch(low, w.end, dw.start):
            return True
        if dw.end <= w.start and _WEEKDAY_LINK.fullmatch(low, dw.end, w.start):
            return True
    return False


def _month_date(
    dw: DateWord, unread: list[Num], text: str, low: str, r: LangRules
) -> tuple[Fact, tuple[Num, ...]] | None:
    """The date around one month word, and the numbers it took; None for a month word that
    needs a day or year beside it and has neither."""
    month = int(dw.value)
    head = _side_before(dw, unread, low, r)
    tail = _side_after(dw, head.day, head.year, unread, low, r)
    day = head.day if head.day is not None else tail.day
    year = head.year if head.year is not None else tail.year
    if dw.needs_context and not (year or day):
        return None  # "May" the verb, "mar" the abbreviation: a month only beside a day or year
    if year and day:
        value = f"{year:04d}-{month:02d}-{day:02d}"
    elif year:
        value = f"{year:04d}-{month:02d}"
    elif day:
        value = f"--{month:02d}-{day:02d}"
    else:
        value = f"--{month:02d}"
    start, end = head.edge, tail.edge
    kind = "date" if day else "month"
    fact = Fact("date", text[start:end].strip(), value, start, end, kind=kind)
    return fact, head.took + tail.took


def _side_before(dw: DateWord, unread: list[Num], low: str, r: LangRules) -> _Side:
    """A day ("24 février"), a year and a day ("1973. gada 26. aprīlis") or a year alone
    ("2022年2月", "1960. november 9.") before the month word."""
    prev = _before(unread, dw.start)
    if prev is None:
        return _Side(None, None, dw.start, ())
    if (
        prev.is_int
        and 1 <= prev.value <= 31
        and not is_year_value(prev)
        and r.date_filler.match(low[prev.end + len(prev.suffix) : dw.start])
        and dw.start - prev.end <= 12
    ):
        prev2 = _before(unread, prev.start)  # "1973. gada 26. aprīlis": a year before the day
        gap = low[prev2.end : prev.start].strip(" .,\u00a0\u202f") if prev2 else ""
        if prev2 and is_year_value(prev2) and (gap == "" or gap in r.year_marks):
            return _Side(int(prev.value), int(prev2.value), prev2.start, (prev, prev2))
        return _Side(int(prev.value), None, prev.start, (prev,))
    if is_year_value(prev) and (
        (r.year_marks and low[prev.end : dw.start].strip(" .,\u00a0\u202f") in r.year_marks)
        or re.match(r"^\.?[\s,]{1,2}$", low[prev.end : dw.start])
    ):
        return _Side(None, int(prev.value), prev.start, (prev,))  # 2022年2月, "1960. november 9."
    return _Side(None, None, dw.start, ())


def _side_after(
    dw: DateWord, day: int | None, year: int | None, unread: list[Num], low: str, r: LangRules
) -> _Side:
    """A day ("February 24"), then a year ("February 24, 2022", "februar 2022") after the
    month word, where the side before did not give them. A number before a percent sign or
    word is none ("در ماه اکتبر ۲۳ درصد": 23 percent in October)."""
    end = dw.end
    took: tuple[Num, ...] = ()
    new_day = new_year = None
    nxt = _after(unread, dw.end)
    if (
        nxt
        and day is None
        and not dw.inflected
        and nxt.is_int
        and 1 <= nxt.value <= 31
        and not is_year_value(nxt)
        and _month_then_day(low[dw.end : nxt.start], r)
        and not re.match(r"^\s*[:%]", low[nxt.end : nxt.end + 2])
        and not (r.percent_after and r.percent_after.match(low[nxt.end : nxt.end + 24]))
        and not _score(nxt, low)
    ):
        new_day = int(nxt.value)
        took = (nxt,)
        end = nxt.end + len(nxt.suffix)
        if r.day_marks and low[end : end + 1] in r.day_marks:
            end += 1
        nxt = _after(unread, end)
    if (
        nxt
        and year is None
        and is_year_value(nxt)
        and r.date_filler.match(low[end : nxt.start])
        and nxt.start - end <= 16
    ):
        new_year = int(nxt.value)
        took = (*took, nxt)
        end = nxt.end
        if r.year_after is not None:
            ya = r.year_after.match(low[end + len(nxt.suffix) : end + len(nxt.suffix) + 20])
            if ya:
                end = end + len(nxt.suffix) + ya.end()
    return _Side(new_day, new_year, end, took)


def _month_then_day(between: str, r: LangRules) -> bool:
    """What may stand between a month word and its day after it: spaces ("the"), or, in a
    script written without spaces, the language's date fillers where it has a word there
    ("မတ်လ ၂၈ ရက်": March's month, 28; "en mai, le 3" says no date)."""
    if re.match(r"^[\s\u00a0]*(?:the\s+)?$", between):
        return True
    return r.spaceless and any(ch.isalpha() for ch in between) and (
        r.date_filler.match(between) is not None)


def _score(n: Num, low: str) -> bool:
    """ "4-1" after a month word is a score, not a day and a range: the second number is
    smaller ("March 4-6" is a range of days)."""
    m = re.match(r"[-\u2013](\d{1,2})(?!\d)", low[n.end : n.end + 4])
    return m is not None and int(m.group(1)) < n.value
