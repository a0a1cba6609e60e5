"""The counted thing of a number: a unit word before or after it, or a currency sign."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.facts.numeric.measures import AREA_OF_LENGTH
from checker.facts.numeric.patterns import WORD
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import LangRules

# Currency signs are the same in every language.
CURRENCY_SIGNS = {
    "$": "dollar",
    "€": "euro",
    "£": "pound",
    "¥": "yen",
    "₺": "lira",
    "₽": "ruble",
    "₹": "rupee",
    "₴": "hryvnia",
    "₩": "won",
    "CHF": "franc",
}


_PUNCTUATION = re.compile(r"[.,;:!?]")  # ends the part of a sentence a unit is read in


def unit_after(low: str, n: Num, r: LangRules, words: int = 3, counters: bool = True) -> str | None:
    """The counted thing right after a number: "700 NATO troops" -> "soldier". With
    `counters` False a bare measure word ("人") does not count: it says little."""
    symbol = unit_symbol(low, n.end, r)
    if symbol is not None:
        if symbol in AREA_OF_LENGTH and r.square_words:  # "متر مربع": a symbol, then square
            found = list(WORD.finditer(low[n.end : n.end + 40]))
            return _square(symbol, found, 0, low[n.end : n.end + 40], r)
        return symbol
    stems = unit_stems(r.units)
    if n.suffix:
        word = n.suffix.lstrip("'-").lower()
        parts = word.split("-")  # "2,500-square-foot"
        if r.square_words and len(parts) > 1 and parts[0].startswith(r.square_words):
            key = _unit_of_word(parts[-1], r)
            return AREA_OF_LENGTH.get(key, key) if key else None
        if word.startswith(stems):  # one test for all, then the first in order
            for stem, key in r.units:
                if word.startswith(stem):
                    return key
    if r.spaceless:
        tail = low[n.end : n.end + 6]
        for stem, key in r.units:
            if not counters and stem in r.counters:
                continue
            if tail.startswith(stem) or tail[1:].startswith(stem):
                return key
        return None
    tail = low[n.end + len(n.suffix) : n.end + len(n.suffix) + 60]
    found = list(WORD.finditer(tail))
    # the full stop of a scale abbreviation ("7 εκ. δολάρια", "5 Mio. Euro") ends nothing
    begin = 1 if tail[:1] == "." and low[n.end - 1 : n.end].isalpha() else 0
    for k, m in enumerate(found):
        if k >= words or _PUNCTUATION.search(tail, begin, m.start()):
            break
        word = m.group(0)
        if not word.startswith(stems):
            continue
        for stem, key in r.units:
            if word.startswith(stem):
                return _square(key, found, k, tail, r)
    return None


def _unit_of_word(word: str, r: LangRules) -> str | None:
    return next((key for stem, key in r.units if word.startswith(stem)), None)


def _square(key: str, found: list[re.Match], k: int, tail: str, r: LangRules) -> str:
    """The area unit of length unit `key` when a square word stands right before or after
    its word `found[k]` ("square feet", "metros quadrados", "kvadratnih metara")."""
    if key not in AREA_OF_LENGTH or not r.square_words:
        return key
    before = found[k - 1] if k > 0 else None
    after = found[k + 1] if k + 1 < len(found) else None
    for near in (before, after):
        if near is None or not near.group(0).startswith(r.square_words):
            continue
        gap = tail[before.end() : found[k].start()] if near is before else tail[
            found[k].end() : near.start()]
        if not _PUNCTUATION.search(gap):
            return AREA_OF_LENGTH[key]
    return key


@lru_cache(maxsize=64)
def unit_stems(units: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The stems of a language's units (`LangRules.units`), for one `startswith` test of
    them all."""
    return tuple(stem for stem, _ in units)


def unit_symbol(low: str, end: int, r: LangRules) -> str | None:
    """A CLDR unit symbol right after the number: "27 °C", "136 km/h", "1,98 m" (a symbol of
    letters only where no letter follows it)."""
    tail = low[end : end + 12].lstrip(" \u00a0\u202f")
    for symbol, key in r.unit_symbols:
        if tail.startswith(symbol):
            after = tail[len(symbol) : len(symbol) + 1]
            if not (after.isalpha() and symbol[-1:].isalpha()):
                return key
    return None


def unit_before(low: str, start: int, r: LangRules) -> str | None:
    """The counted thing right before a number, where the language puts it there:
    "askerlerden 30'u" (30 of the soldiers), "兵士30人"."""
    if r.spaceless:
        head = low[max(0, start - 8) : start]
        for stem, key in r.units:
            if head.endswith(stem):
                return key
        return None
    head = re.search(r"(" + WORD.pattern + r")[ \u00a0]+$", low[max(0, start - 40) : start])
    if head is None:
        return None
    for stem, key in r.units:
        if head.group(1).startswith(stem):
            return key
    return None


def scale_also_unit(text: str, unit: str | None, lang: str) -> bool:
    """Whether the number `text` ends in a scale abbreviation that the language's CLDR data
    also gives as a unit symbol (Greek "εκ.": million, and centimetre), with no counted
    thing read after it: which of the two it means is not sure."""
    if unit is not None:
        return False  # "1,5 εκ. ευρώ": a sum of money, so millions
    word = text.rstrip(". ").rsplit(" ", 1)[-1].lower()
    return word in _scale_unit_clashes(lang)


@lru_cache(maxsize=64)
def _scale_unit_clashes(lang: str) -> frozenset[str]:
    from checker.facts.numeric.rules import rules

    r = rules(lang)
    symbols = {symbol.rstrip(".") for symbol, _ in r.unit_symbols}
    return frozenset(
        word for word, value in r.lex.multipliers.items() if value >= 1000 and word in symbols
    )
