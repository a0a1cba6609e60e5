"""CLDR's day periods that put a clock time in the afternoon: "8:45 PM", "3:30 م",
"오후 3:30", "9 Uhr abends". They only move a time already read as a clock (a number alone
before "дня" or "gece" is a count of days or nights, not a time)."""

from __future__ import annotations

import re
from functools import cache

from checker.language import babel_locales

_NOON, _DAY_END = 12 * 3600, 24 * 3600
_WIDTHS = ("abbreviated", "wide")  # narrow marks ("p", "a") are single letters of words


def _periods_within(locale, start: int, end: int, base: str) -> set[str]:
    """The period ids that lie wholly between `start` and `end` (seconds into the day) by
    CLDR's rules, and `base` ("am", "pm"): the afternoon and evening ("pm", "evening1"), the
    morning ("am", "오전", "아침")."""
    out = {base}
    rules = locale.day_period_rules.get(None) or {}
    for period, spans in rules.items():
        if spans and all(
            "from" in span and start <= span["from"] < span["before"] <= end for span in spans
        ):
            out.add(period)
    return out


def _period_names(locale, periods: set[str]) -> set[str]:
    """The names CLDR's formats give the periods `periods`, in every width read."""
    out: set[str] = set()
    for width in _WIDTHS:
        try:
            names = locale.day_periods["format"][width]
        except KeyError:
            continue
        out.update(str(name).strip() for period, name in names.items()
                   if period in periods and str(name).strip())
    return out


def _marks_first(locale) -> bool:
    """The day period stands before the hour in the locale's time pattern ("a h:mm")."""
    pattern = str(getattr(locale.time_formats.get("short"), "pattern", ""))
    period = min((pattern.find(c) for c in "aBb" if c in pattern), default=-1)
    hour = min((pattern.find(c) for c in "hHkK" if c in pattern), default=-1)
    return 0 <= period < hour


@cache
def afternoon_marks(locales: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The afternoon marks of CLDR's day periods, (after the time, before the time)."""
    after: set[str] = set()
    before: set[str] = set()
    for locale in babel_locales(locales):
        side = before if _marks_first(locale) else after
        side.update(_period_names(locale, _periods_within(locale, _NOON, _DAY_END, "pm")))
    return tuple(sorted(after)), tuple(sorted(before))


@cache
def morning_marks_before(locales: tuple[str, ...]) -> tuple[str, ...]:
    """The before-noon marks of CLDR's day periods where they stand before the time ("오전
    3시"): they say which half of the day the hour means."""
    out: set[str] = set()
    for locale in babel_locales(locales):
        if _marks_first(locale):
            out.update(_period_names(locale, _periods_within(locale, 0, _NOON, "am")))
    return tuple(sorted(out))


_TIME_OF_PERIOD = {"midnight": "T00:00", "noon": "T12:00"}


def _words_of(name: str) -> set[str]:
    from checker.facts.date_names import fold_accents

    return set(re.split(r"[\s\-’'‐]+", fold_accents(name.lower())))


@cache
def noon_and_midnight(locales: tuple[str, ...], spaced: bool = True) -> dict[str, str]:
    """CLDR's names of noon and midnight ("minuit", "la miezul nopții", "midnatt", "午夜")
    -> "T12:00" or "T00:00", in every context, abbreviated and wide. Left out: a name with
    a dot ("midn."), one a spaced language writes in fewer than four letters (a word of its
    own as often: "dél" is the south too), one that is also the name of another day period
    ("ночі" is "at night" too), and one that is a word of another period's name ("midi" in
    "après-midi", "amiază" in "după-amiază"): those are no time of their own."""
    from checker.facts.date_names import fold_accents

    out: dict[str, str] = {}
    for locale in babel_locales(locales):
        names: dict[str, set[str]] = {}
        for context in ("format", "stand-alone"):
            for width in _WIDTHS:
                for period, name in (locale.day_periods.get(context, {}).get(width) or {}).items():
                    if str(name).strip():
                        names.setdefault(period, set()).add(str(name).strip().lower())
        others = {name for period, found in names.items() if period not in _TIME_OF_PERIOD
                  for name in found}
        other_words = set().union(*(_words_of(name) for name in others)) if others else set()
        for period, value in _TIME_OF_PERIOD.items():
            for name in sorted(names.get(period, ())):
                if "." in name or (spaced and len(name) < 4) or name in others:
                    continue
                if " " not in name and fold_accents(name) in other_words:
                    continue
                out.setdefault(name, value)
    return out
