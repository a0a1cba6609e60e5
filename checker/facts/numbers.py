"""Numbers written in digits, read with the version language's CLDR separators."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from checker.model import Fact

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+(?:[.,]\d+)?(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?")


@lru_cache(maxsize=256)
def separators(lang: str) -> tuple[str, str]:
    """(decimal, group) symbols CLDR gives for a language."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    return get_decimal_symbol(locale), get_group_symbol(locale)


def parse_digits(raw: str, lang: str) -> int | float | None:
    decimal, group = separators(lang)
    groups = {group, "\u00a0", "\u202f", " ", "'"}
    if group in ".,":
        groups.add(group)
    text = raw
    for g in groups:
        if g != decimal:
            text = text.replace(g, "")
    text = text.replace(decimal, ".")
    if text.count(".") > 1:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in text else value


def extract(text: str, lang: str) -> list[Fact]:
    facts = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).rstrip(".,")
        value = parse_digits(raw, lang)
        if value is None:
            continue
        facts.append(
            Fact(category="number", text=raw, value=value, start=m.start(), end=m.start() + len(raw),
                 kind="cardinal")
        )
    return facts
