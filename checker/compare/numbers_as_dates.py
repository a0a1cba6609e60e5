"""A date on one side read as a plain number on the other, within one aligned claim.

One language reads "1980er" or "2017 年" as a count where another reads a year, "15 h"
or "3 posle podne" as a count where another reads a clock time, "40 лет" where the other
side wrote "in his 40s". Such a date and number are the same kind of fact: equal, they
answer each other (no finding); different, the date is `changed` (the number comparer
then leaves the number alone). A pair is made only where the claim leaves exactly one
such date on one side and exactly one fitting number on the other, every other value
being paired: one leftover each, of one kind, is certainly the same thing.

Clock times are equal when their hours differ by twelve: a 12-hour clock without its
"p.m." ("5:30" for "5.30pm", "2 часа" for "2pm") is how one language writes the other's
time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from checker.compare.base import AlignedClaim
from checker.compare.calendars import buddhist_year_turning, same_year
from checker.facts.numeric.pieces import BARE_YEAR
from checker.model import Fact, Sentence

# What a number that stands for a date may count: nothing said, years, an age, hours,
# a day (a weekday word right after a time is read as what the hour counts).
_DATE_UNITS = (None, "year", "age", "hour", "day")


@dataclass(frozen=True)
class DateNumber:
    """A date field of one side answered by a number of the other side."""

    date: Fact
    date_sentence: Sentence
    number: Fact
    number_sentence: Sentence
    date_is_reference: bool
    same: bool
    as_number: bool = False  # a bare year answered by a short count: compared as numbers
    # the minutes (and seconds) counted after `number`, its hours ("1 h 58 min 20 s")
    counted: tuple[Fact, ...] = ()
    unsure: bool = False  # not surely different: "in his 30s" against "about 40"


def _values(fact: Fact) -> list[float]:
    values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
    return [float(v) for v in values if isinstance(v, (int, float))]


def _date_field(fact: Fact) -> tuple[str, object] | None:
    """The field a date fact gives that a number may stand for: a year, a decade or a
    clock time."""
    value = str(fact.value)
    if fact.kind in ("weekday", "relative", "period", "season", "month_part"):
        return None
    if value.startswith("---"):  # "no dia 5": a day said alone, against "on the 5th"
        return ("day", int(value[3:]))
    if value.startswith("T"):
        hour, _, minute = value[1:].partition(":")
        if hour.isdigit() and minute[:2].isdigit():
            return ("time", (int(hour), int(minute[:2])))
        return None
    if value.isdigit() and len(value) == 4:
        if fact.kind == "decade" and sum(ch.isdigit() for ch in fact.text) == 2:
            return ("age", int(value) % 100)  # "in his 50s": an age, not the 1950s
        return ("year", int(value))
    return None


def _fits(field: tuple[str, object], number: float) -> bool:
    name, _ = field
    if name == "year":
        return number.is_integer() and 1000 <= number <= 2999
    if name == "age":
        return number.is_integer() and 10 <= number <= 120
    if name == "day":
        return number.is_integer() and 1 <= number <= 31
    hours = math.floor(number)
    minutes = round((number - hours) * 100)
    _, minute = field[1]  # type: ignore[misc]
    if minute and number.is_integer():
        return False  # "3:35" is not answered by a bare 3
    return 0 <= hours <= 24 and minutes < 60


def _same(field: tuple[str, object], number: float, qualifier: str | None = None,
          text: str = "") -> bool:
    """The number, said in `text`, is the date field's value."""
    name, value = field
    if name == "age":  # "in his 60s": 60 to 69, or "nearly 70" (never "nearly 60": the 50s)
        if qualifier == "nearly":
            return value < number <= value + 10  # type: ignore[operator]
        return value <= number < value + 10  # type: ignore[operator]
    if name == "year":  # or that year in another calendar its script counts in ("ปี 2568")
        return number == value or (float(number).is_integer() and same_year(
            value, int(number), text))  # type: ignore[arg-type]
    if name == "day":
        return number == value
    hour, minute = value  # type: ignore[misc]
    hours = math.floor(number)
    minutes = round((number - hours) * 100)
    return minutes == minute and (hours - hour) % 12 == 0


def _unsure(field: tuple[str, object], number: float, qualifier: str | None,
            text: str = "") -> bool:
    """ "about 70" against "in his 60s": the late sixties, or seventy; not surely different.
    A year 544 after the other (Cambodia's and Myanmar's Buddhist era turns in April or May):
    the same year, or the next."""
    if field[0] == "year":
        return float(number).is_integer() and buddhist_year_turning(
            field[1], int(number), text)  # type: ignore[arg-type]
    return field[0] == "age" and qualifier == "about" and number == field[1] + 10  # type: ignore[operator]


def _side(
    facts: list[Fact], sentences: list[Sentence]
) -> tuple[list[tuple[tuple[str, object], Fact, Sentence]], list[tuple[Fact, Sentence]]]:
    dates, numbers = [], []
    for fact, sentence in zip(facts, sentences, strict=True):
        if fact.category == "date":
            field = _date_field(fact)
            if field is not None:
                dates.append((field, fact, sentence))
        elif fact.category == "number" and fact.kind not in ("code", "percent", "fraction"):
            numbers.append((fact, sentence))
    return dates, numbers


# a four-digit year and a dash right before a number: "1950-53" or "1950–1953", read as
# two numbers where the years do not run forward ("1954-53")
_YEAR_AND_DASH = re.compile(r"(?<!\d)([12]\d{3})\s?[-\u2013]\s?$")


def _range_end_year(number: Fact, sentence: Sentence) -> int | None:
    """The year a number ends a range of years with ("53" of "1954-53": 1953; "1953" of
    "1954-1953"), or None for any other number."""
    values = _values(number)
    if len(values) != 1 or not values[0].is_integer() or number.unit not in _DATE_UNITS:
        return None
    head = _YEAR_AND_DASH.search(sentence.text, 0, number.start)
    if head is None:
        return None
    value = int(values[0])
    if 1000 <= value <= 2999:
        return value
    century = int(head.group(1)) // 100 * 100
    return century + value if 0 <= value < 100 else None


def _range_ends(dates: list, numbers: list, date_is_reference: bool) -> list[DateNumber]:
    """Numbers ending a range of years that the other side reads as years ("1954-53" read
    as two numbers, "1950-53" as two years): each is the year it stands for, and answers
    an equal leftover year of the other side."""
    out = []
    for number, number_sentence in numbers:
        year = _range_end_year(number, number_sentence)
        if year is None:
            continue
        match = next((d for d in dates if d[0] == ("year", year)), None)
        if match is not None and all(p.date is not match[1] for p in out):
            out.append(DateNumber(match[1], match[2], number, number_sentence,
                                  date_is_reference, True))
    return out


def _bare_year_as_number(
    dated: tuple[tuple[str, object], Fact, Sentence],
    numbers: list[tuple[Fact, Sentence]],
    own_values: set[float],
    date_is_reference: bool,
    fitting: list,
) -> list[DateNumber]:
    """A year read only because it has four digits ("call 1120") where the other side's one
    leftover number is a short count in digits ("call 112"): one number, as a year and as a
    count; it is compared as a number (see `as_number_fact`)."""
    field, date, date_sentence = dated
    if fitting or date.kind != BARE_YEAR or field[0] != "year":
        return []
    short = [
        (f, s) for f, s in numbers
        if len(_values(f)) == 1 and _values(f)[0].is_integer() and f.kind == "cardinal"
        and _in_digits(f) and _values(f)[0] not in own_values
    ]
    other_values = {v for f, _ in numbers for v in _values(f)}
    if len(short) != 1 or not own_values <= other_values:
        return []  # the year's side has a count of its own left: that one answers
    number, number_sentence = short[0]
    return [DateNumber(date, date_sentence, number, number_sentence, date_is_reference,
                       _values(number)[0] == field[1], as_number=True)]


def _in_digits(number: Fact) -> bool:
    """A count written in digits ("112", "more than 1,500"), not in words: the digits of its
    text are its value."""
    digits = re.sub(r"\D", "", number.text)
    return digits == str(int(_values(number)[0]))


def as_number_fact(date: Fact) -> Fact:
    """A bare year (see `_bare_year_as_number`) as the number fact it also reads as."""
    return Fact("number", date.text, int(str(date.value)), date.start, date.end,
                kind="cardinal")


def _centuries(dates: list, numbers: list, date_is_reference: bool) -> list[DateNumber]:
    """A hundred years in the decade's form ("the 1600s") answered by the century of the
    other side ("του 17ου αιώνα", "século XVII"): the same years, no finding. Only equal
    ones pair: "the 2000s" is also a decade, so a different century is left as it is."""
    out = []
    for field, date, date_sentence in dates:
        year = field[1]
        if date.kind != "decade" or field[0] != "year" or year % 100:  # type: ignore[operator]
            continue
        for number, number_sentence in numbers:
            if number.unit == "century" and _values(number) == [year // 100 + 1]:  # type: ignore[operator]
                out.append(DateNumber(date, date_sentence, number, number_sentence,
                                      date_is_reference, True))
                break
    return out


def _hours_and_minutes(dates: list, numbers: list, date_is_reference: bool) -> list[DateNumber]:
    """Clock-style times with their minutes ("finished in 1:58") answered by hours and
    minutes counted on the other side ("за 1 час 58 минут"), or by minutes and seconds ("in
    3:35" against "3分35秒", "u 3. minutu i 35. sekundi"): each count of the larger unit
    followed closely by one of the smaller is a time; with as many of them as times left,
    an equal one answers a time, the others pair in order."""
    times = [d for d in dates if d[0][0] == "time" and d[0][1][1]]
    if not times:
        return []
    for big, small in (("hour", "minute"), ("minute", "second")):
        couples = _couples(numbers, big, small)
        if len(couples) != len(times):
            continue
        out = []
        left = list(couples)
        for field, date, date_sentence in times:
            pick = next((c for c in left if _said(c) == field[1]), None) or next(
                (c for c in left if all(_said(c) != t[0][1] for t in times)), None)
            if pick is None:
                break
            left.remove(pick)
            count, sentence, part = pick
            counted = (part, *(_seconds(date, part, numbers) if small == "minute" else ()))
            out.append(DateNumber(date, date_sentence, count, sentence, date_is_reference,
                                  _said(pick) == field[1], counted=counted))
        else:
            return out
    return []


def _said(couple: tuple) -> tuple:
    """The (larger, smaller) figures a couple of counts says."""
    return (_values(couple[0])[0], _values(couple[2])[0])


def _couples(numbers: list, big: str, small: str) -> list:
    """Each single count of `big` with the single count of `small` right after it in its
    sentence (at most 25 characters on): (count, sentence, part), in order."""
    larger = [(f, s) for f, s in numbers if f.unit == big and len(_values(f)) == 1]
    smaller = [(f, s) for f, s in numbers if f.unit == small and len(_values(f)) == 1]
    if len(larger) == 1 and len(smaller) == 1:  # one of each: the time wherever it stands
        (count, sentence), (part, part_sentence) = larger[0], smaller[0]
        if part_sentence is sentence and 0 < part.start - count.end < 25:
            return [(count, sentence, part)]
        return []
    out = []
    for count, sentence in larger:
        after = [f for f, s in smaller if s is sentence and 0 < f.start - count.end < 25]
        if after:
            out.append((count, sentence, min(after, key=lambda f: f.start)))
    return out


def _seconds(date: Fact, minute: Fact, numbers: list) -> list[Fact]:
    """The count right after the minutes that says the seconds of the time ("2:05:30"
    against "2 Stunden, 5 Minuten und 30 Sekunden"); equal ones only."""
    said = re.search(r"\d:\d\d:(\d\d)", date.text)
    if said is None:
        return []
    return [f for f, _ in numbers
            if 0 < f.start - minute.end < 25 and _values(f) == [float(said.group(1))]][:1]


def _several_times(left: list, numbers: list, own_values: set, is_ref: bool) -> list[DateNumber]:
    """Several clock times of one side left ("9 p.m. and 11 p.m."), each answered by the
    one bare number of the other side that is its very hour on the 24-hour clock ("21 h
    et 23 h"): paired as equal. A time with none or several such numbers stays unanswered
    (a changed hour is then a time missing and a number added, as before)."""
    fitting = [(f, s) for f, s in numbers
               if len(_values(f)) == 1 and f.unit in _DATE_UNITS and f.kind != "ordinal"
               and _values(f)[0] not in own_values and float(_values(f)[0]).is_integer()]
    out: list[DateNumber] = []
    used: set[int] = set()
    for field, date, sentence in left:
        hour, minute = field[1]
        same = [(f, s) for f, s in fitting if minute == 0 and _values(f)[0] == hour]
        if len(same) == 1 and id(same[0][0]) not in used:
            used.add(id(same[0][0]))
            out.append(DateNumber(date, sentence, same[0][0], same[0][1], is_ref, True))
    return out


def _dates_a_day(facts: list[Fact]) -> bool:
    """A date of these facts names a day of a month ("September 23", "2024-09-23")."""
    return any(f.category == "date" and _DAY_OF_MONTH.fullmatch(str(f.value)) for f in facts)


_DAY_OF_MONTH = re.compile(r"(?:\d{4})?--?\d\d-\d\d")


def date_number_pairs(claim: AlignedClaim) -> list[DateNumber]:
    """Dates of one side answered by numbers of the other (see the module docstring)."""
    if not claim.reference or not claim.version:
        return []
    ref_dates, ref_numbers = _side(claim.reference_facts, claim.reference_fact_sentence)
    ver_dates, ver_numbers = _side(claim.version_facts, claim.version_fact_sentence)
    ref_fields = {field for field, _, _ in ref_dates}
    ver_fields = {field for field, _, _ in ver_dates}
    out: list[DateNumber] = []
    for dates, other_fields, numbers, date_is_reference in (
        (ver_dates, ref_fields, ref_numbers, False), (ref_dates, ver_fields, ver_numbers, True)
    ):
        left = [d for d in dates if d[0] not in other_fields]
        out += _range_ends(left, numbers, date_is_reference)
        out += _centuries(dates, numbers, date_is_reference)
        out += _hours_and_minutes(left, numbers, date_is_reference)
    if out:  # the years so answered, and their numbers, are paired: the rest as below
        paired = ({id(p.date) for p in out} | {id(p.number) for p in out}
                  | {id(f) for p in out for f in p.counted})
        ref_dates = [d for d in ref_dates if id(d[1]) not in paired]
        ver_dates = [d for d in ver_dates if id(d[1]) not in paired]
        ref_numbers = [n for n in ref_numbers if id(n[0]) not in paired]
        ver_numbers = [n for n in ver_numbers if id(n[0]) not in paired]
    ref_values = {v for f, _ in ref_numbers for v in _values(f)}
    ver_values = {v for f, _ in ver_numbers for v in _values(f)}
    for dates, other_fields, numbers, own_values, is_ref in (
        (ref_dates, ver_fields, ver_numbers, ref_values, True),
        (ver_dates, ref_fields, ref_numbers, ver_values, False),
    ):
        for kind in ("year", "time", "age", "day"):
            if kind == "day" and _dates_a_day(
                    claim.version_facts if is_ref else claim.reference_facts):
                continue  # "September 23": that date answers the day (`compare.dates`)
            left = [d for d in dates if d[0][0] == kind and d[0] not in other_fields]
            if kind == "age":
                kind_other = {f for f in other_fields if f[0] in ("year", "age")}
            else:
                kind_other = {f for f in other_fields if f[0] == kind}
            if kind == "time" and len(left) > 1 and not (kind_other - {d[0] for d in dates}):
                out += _several_times(left, numbers, own_values, is_ref)
                continue
            if len(left) != 1 or (kind_other - {d[0] for d in dates}):
                continue  # several, or the other side has its own leftover of the kind
            field, date, date_sentence = left[0]
            fitting = [
                (f, s)
                for f, s in numbers
                if len(_values(f)) == 1
                and f.unit in _DATE_UNITS  # "1985 people" counts people: no year
                and _fits(field, _values(f)[0])
                # an ordinal ("the second round") is a place in a row, never an hour; a day
                # said alone answers only one ("the 5th")
                and not (kind == "time" and f.kind == "ordinal")
                and (kind != "day" or (f.kind == "ordinal" and _in_digits(f)))
                and _values(f)[0] not in own_values
            ]
            if len(fitting) != 1:
                out += _bare_year_as_number(left[0], numbers, own_values, is_ref, fitting)
                continue
            number, number_sentence = fitting[0]
            value = _values(number)[0]
            out.append(
                DateNumber(
                    date, date_sentence, number, number_sentence, is_ref,
                    _same(field, value, number.qualifier, number_sentence.text),
                    unsure=_unsure(field, value, number.qualifier, number_sentence.text),
                )
            )
    return out
