"""Dates written in digits only: "24.02.2022", "2/24/2022", "2022-02-24", "9/11"."""

from __future__ import annotations

import re
from functools import cache

from checker.compiled_cache import cached_on_disk
from checker.facts.numeric.patterns import CYRILLIC_LOOKALIKES, DIGIT, matches_from
from checker.model import Fact

# Every match of these patterns starts with a digit: they are tried only at digits
# (`patterns.matches_from`).
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(\d{1,4})[\u200e\u200f]?([./-])(\d{1,2})[\u200e\u200f]?\2(\d{4}|\d{1,2})(?![\d]|[.,]\d)"
    r"|(?<![\d.,/-])(\d{1,2})(\.) (\d{1,2})\. (\d{4})(?!\d)"  # "25. 6. 2016." (sr, cs)
    r"|(?<![\d.,/-])(\d{4})(\.) (\d{1,2})\. (\d{1,2})(?!\d)"  # "2010. 5. 5." (ko, hu)
)


@cache
@cached_on_disk("date-order")
def _date_order(lang: str) -> str:
    """ "dmy", "mdy" or "ymd": the order of the language's CLDR short date pattern."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", Locale.parse(lang.replace("-", "_"))).pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return "dmy"
    order = ""
    for char in pattern:
        key = {"d": "d", "M": "m", "L": "m", "y": "y"}.get(char)
        if key and key not in order:
            order += key
    return order if len(order) == 3 else "dmy"


# "9/11", "7/7": a day and month without a year (a name of an event as often as a
# date), read in the language's CLDR order; kind "numeric_day", compared softly.
_DAY_MONTH = re.compile(r"(?<![\d.,/])(?<!\d-)(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")


# "5. VII 2020.", "5 VII 2020": a day, the month in Roman numerals, a year (sr, hr, pl, hu,
# ro, it); upper case only, and with both neighbours, so "XIX" of a century never is one
_ROMAN_MONTH_DATE = re.compile(
    r"(?<![\d.,/-])(\d{1,2})\.?[ \u00a0]?(I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.?[ \u00a0]?(\d{4})(?!\d)"
)
_ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                 "IX": 9, "X": 10, "XI": 11, "XII": 12}


# "do 31. 12.", "20.10.": a day and a month each closed by the dot of an ordinal, no year
# after them (`abbreviations.ORDINAL_DOT` languages); not after a word or a number
_DOTTED_DAY_MONTH = re.compile(
    r"(?<![\w.,/-])(\d{1,2})\.[ \u00a0]?(\d{1,2})\.(?![ \u00a0]?\d|\w)"
)


def numeric_date_facts(text: str, norm: str, lang: str,
                       clock_before: re.Pattern | None = None, ordinal_dot: bool = False
                       ) -> list[Fact]:
    """Dates in digits only, on the normalised text; `text` gives the words as written.
    Where a dot marks an ordinal (`ordinal_dot`), "20. 10." is a day and month, unless a
    preposition of clock times (`clock_before`) makes it a time ("u 10.05.")."""
    if not DIGIT.search(norm):
        return []  # most sentences: one quick scan instead of two slow ones
    out = _day_month_dates(text, norm, lang) if "/" in norm else []
    dotted = _dotted_day_months(text, norm, clock_before) if ordinal_dot else []
    # "5. ХI 2020.": Cyrillic X and I typed for the Latin ones
    for m in matches_from(_ROMAN_MONTH_DATE, DIGIT, norm.translate(CYRILLIC_LOOKALIKES)):
        day, month, year = int(m.group(1)), _ROMAN_MONTHS[m.group(2)], int(m.group(3))
        if 1 <= day <= 31 and 1000 <= year <= 2100:
            out.append(Fact("date", text[m.start() : m.end()],
                            f"{year:04d}-{month:02d}-{day:02d}", m.start(), m.end(), kind="date"))
    for m in matches_from(_NUMERIC_DATE, DIGIT, norm):
        groups = m.groups()
        start = next(k for k in range(0, len(groups), 4) if groups[k])
        first, sep, second, third = groups[start : start + 4]
        if len(first) == 4:
            year, month, day = int(first), int(second), int(third)
            if len(third) > 2:
                continue
        else:
            if len(first) > 2 or len(third) == 1:
                continue  # a one-digit last part is a day after a year only ("2023/1/5")
            order = _date_order(lang)
            if order.startswith("y"):
                order = "dmy" if sep == "." else "mdy"
            parts = dict(zip(order, (int(first), int(second), int(third)), strict=True))
            day, month, year = parts["d"], parts["m"], parts["y"]
            if month > 12 and day <= 12 and order != "ymd":
                day, month = month, day  # "30/06/2025" in an English text: only one reading
            if len(third) == 2:
                year += 2000 if year <= 40 else 1900
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2100):
            continue
        out.append(
            Fact(
                "date",
                text[m.start() : m.end()],
                f"{year:04d}-{month:02d}-{day:02d}",
                m.start(),
                m.end(),
                kind="date",
            )
        )
    # "2023. 01. 05.": the day and month after a year are that whole date's, not one more
    return out + [d for d in dotted if not any(f.start <= d.start and d.end <= f.end + 1
                                               for f in out)]


def _day_month_dates(text: str, norm: str, lang: str) -> list[Fact]:
    from checker.lang.profile import profile

    out = []
    order = _date_order(lang).replace("y", "")
    day_words = profile(lang).dates.day_month_before
    for m in matches_from(_DAY_MONTH, DIGIT, norm):
        parts = dict(zip(order, (int(m.group(1)), int(m.group(2))), strict=True))
        day, month = parts["d"], parts["m"]
        before = norm[max(0, m.start() - 12) : m.start()].lower().split()
        said = bool(before) and before[-1] in day_words  # "ngày 15/12": a day, surely
        if not (1 <= month <= 12 and 1 <= day <= (31 if said else 12)):
            # both parts a month, so every language reads the same pair as a date:
            # "24/7" stays two numbers in day-first and month-first languages alike
            continue
        out.append(
            Fact(
                "date",
                text[m.start() : m.end()],
                f"--{month:02d}-{day:02d}",
                m.start(),
                m.end(),
                kind="date" if said else "numeric_day",
            )
        )
    return out


def _dotted_day_months(text: str, norm: str, clock_before: re.Pattern | None) -> list[Fact]:
    """ "20. 10.", "31.12.": a day of the month and the month, each with its ordinal dot."""
    out = []
    for m in matches_from(_DOTTED_DAY_MONTH, DIGIT, norm):
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if clock_before is not None and clock_before.search(
                norm[max(0, m.start() - 15) : m.start()].lower()):
            continue  # "u 10.05.": five past ten
        out.append(Fact("date", text[m.start() : m.end()], f"--{month:02d}-{day:02d}",
                        m.start(), m.end(), kind="date"))
    return out
