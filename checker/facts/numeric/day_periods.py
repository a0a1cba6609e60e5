"""CLDR's day periods that put a clock time in the afternoon: "8:45 PM", "3:30 م",
"오후 3:30", "9 Uhr abends". They only move a time already read as a clock (a number alone
before "дня" or "gece" is a count of days or nights, not a time)."""

from __future__ import annotations

from functools import cache

from checker.language import babel_locales

_NOON, _DAY_END = 12 * 3600, 24 * 3600
_WIDTHS = ("abbreviated", "wide")  # narrow marks ("p", "a") are single letters of words


def _afternoon_periods(locale) -> set[str]:
    """The period ids that lie wholly in the afternoon or evening by CLDR's rules."""
    out = {"pm"}
    rules = locale.day_period_rules.get(None) or {}
    for period, spans in rules.items():
        if spans and all(
            "from" in span and _NOON <= span["from"] < span["before"] <= _DAY_END
            for span in spans
        ):
            out.add(period)
    return out


def _morning_periods(locale) -> set[str]:
    """The period ids that lie wholly before noon by CLDR's rules ("am", "오전", "아침")."""
    out = {"am"}
    rules = locale.day_period_rules.get(None) or {}
    for period, spans in rules.items():
        if spans and all(
            "from" in span and 0 <= span["from"] < span["before"] <= _NOON for span in spans
        ):
            out.add(period)
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
        periods = _afternoon_periods(locale)
        side = before if _marks_first(locale) else after
        for width in _WIDTHS:
            try:
                names = locale.day_periods["format"][width]
            except KeyError:
                continue
            side.update(
                str(name).strip() for period, name in names.items()
                if period in periods and str(name).strip()
            )
    return tuple(sorted(after)), tuple(sorted(before))


@cache
def morning_marks_before(locales: tuple[str, ...]) -> tuple[str, ...]:
    """The before-noon marks of CLDR's day periods where they stand before the time ("오전
    3시"): they say which half of the day the hour means."""
    out: set[str] = set()
    for locale in babel_locales(locales):
        if not _marks_first(locale):
            continue
        periods = _morning_periods(locale)
        for width in _WIDTHS:
            try:
                names = locale.day_periods["format"][width]
            except KeyError:
                continue
            out.update(str(name).strip() for period, name in names.items()
                       if period in periods and str(name).strip())
    return tuple(sorted(out))
