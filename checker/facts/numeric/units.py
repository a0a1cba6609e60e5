"""The counted thing of a number: a unit word before or after it, or a currency sign."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.facts.numeric.measures import AREA_OF_LENGTH
from checker.facts.numeric.patterns import WORD
from checker.facts.numeric.pieces import Held, Num
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
    if r.times_words and low[n.start : n.end] in r.times_words:
        return None  # "kétszer annyi ember": twice as many people, no count of people
    symbol = unit_symbol(low, n.end, r)
    if symbol is not None:
        if symbol in AREA_OF_LENGTH and r.square_words:  # "متر مربع": a symbol, then square
            found = list(WORD.finditer(low[n.end : n.end + 40]))
            return _square(symbol, found, 0, low[n.end : n.end + 40], r)
        return symbol
    index = _index(r)
    if n.suffix:
        temperature = _glued_temperature(n.suffix, r)
        if temperature is not None:
            return temperature
        word = n.suffix.lstrip("'-").lower()
        parts = word.split("-")  # "2,500-square-foot"
        if r.square_words and len(parts) > 1 and parts[0].startswith(r.square_words):
            key = index.unit_of_word(parts[-1])
            return AREA_OF_LENGTH.get(key, key) if key else None
        key = index.unit_of_word(word) or r.glued_symbols.get(word)  # "6ft", "10lbs"
        if key is not None:
            return key
    if r.spaceless:
        tail = low[n.end : n.end + 6]
        units = index.units if counters else index.units_no_counters
        at = min(units.first_starting(tail), units.first_starting(tail[1:]))
        return r.units[at][1] if at < _NONE else None
    tail = low[n.end + len(n.suffix) : n.end + len(n.suffix) + 60]
    if not tail:
        return None
    found = list(WORD.finditer(tail))
    # the full stop of a scale abbreviation ("7 εκ. δολάρια", "5 Mio. Euro") ends nothing
    # as does the dot of an ordinal ("u 13. minutu": in the 13th minute)
    begin = 1 if tail[:1] == "." and (low[n.end - 1 : n.end].isalpha() or (
        n.kind == "ordinal" and r.ordinal_dot)) else 0
    for k, m in enumerate(found):
        if k >= words or _PUNCTUATION.search(tail, begin, m.start()):
            break
        if _DIGIT.search(tail, begin, m.start()):
            break  # another number comes first: the word is its unit ("δεύτερη ... 1 λεπτό")
        key = index.unit_of_word(m.group(0))
        if key is not None:
            return _square(key, found, k, tail, r)
    return None


def _glued_temperature(suffix: str, r: LangRules) -> str | None:
    """A capital C or F glued to the number is CLDR's "°C" or "°F" written without its
    degree sign, as the press writes temperatures ("44C", "111.7F")."""
    if len(suffix) != 1 or not suffix.isupper():
        return None
    at = _index(r).symbols.first.get("°" + suffix.lower())
    key = r.unit_symbols[at][1] if at is not None else None
    return key if key in ("celsius", "fahrenheit") else None


_DIGIT = re.compile(r"\d")
_NONE = 1 << 30  # "no stem matched" among the positions of stems in `LangRules.units`


class _Stems:
    """Where each stem of an ordered list first stands, by its length: the first stem in
    order that a word starts (or ends) with, found with a look-up per stem length instead
    of a test per stem."""

    def __init__(self, stems: list[str]) -> None:
        self.first: dict[str, int] = {}
        for k, stem in enumerate(stems):
            if stem is not None:
                self.first.setdefault(stem, k)
        self.lengths = sorted({len(stem) for stem in self.first if stem})
        self.empty = self.first.get("", _NONE)  # an empty stem starts every word

    def first_starting(self, word: str) -> int:
        """The position of the first stem `word` starts with (`_NONE`: none)."""
        return self._first(word, ending=False)

    def first_ending(self, word: str) -> int:
        """The position of the first stem `word` ends with (`_NONE`: none)."""
        return self._first(word, ending=True)

    def _first(self, word: str, ending: bool) -> int:
        best, first = self.empty, self.first
        for size in self.lengths:
            if size > len(word):
                break
            at = first.get(word[-size:] if ending else word[:size])
            if at is not None and at < best:
                best = at
        return best


class _UnitIndex:
    """A language's unit stems and symbols (`LangRules.units`, `.unit_symbols`) indexed,
    and the unit of each word already read."""

    def __init__(self, r: LangRules) -> None:
        self.rules = r
        self.units = _Stems([stem for stem, _ in r.units])
        self.units_no_counters = _Stems(
            [None if stem in r.counters else stem for stem, _ in r.units])
        self.symbols = _Stems([symbol for symbol, _ in r.unit_symbols])
        self._of_word: dict[str, str | None] = {}

    def unit_of_word(self, word: str) -> str | None:
        """The unit of the first stem `word` starts with (cached per word)."""
        try:
            return self._of_word[word]
        except KeyError:
            pass
        at = self.units.first_starting(word)
        key = self.rules.units[at][1] if at < _NONE else None
        if key is not None and self.rules.unit_endings:
            stem = self.rules.units[at][0]
            endings = self.rules.unit_endings.get(stem)
            if endings is not None and word[len(stem):] not in endings:
                key = None  # "gadījumi" (cases) starts with "gad" (year) but is no year
        if len(self._of_word) > 100_000:  # bounded: a long run reads many words
            self._of_word.clear()
        self._of_word[word] = key
        return key


def _index(r: LangRules) -> _UnitIndex:
    return _index_of(Held(r))


@lru_cache(maxsize=64)
def _index_of(held: Held) -> _UnitIndex:
    return _UnitIndex(held.held)


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
    symbols = _index(r).symbols
    first = symbols.first
    best = symbols.empty
    if best < _NONE and not _symbol_fits(tail, r.unit_symbols[best][0]):
        best = _NONE
    for size in symbols.lengths:  # the first symbol in order the tail starts with and that fits
        if size > len(tail):
            break
        at = first.get(tail[:size])
        if at is not None and at < best and _symbol_fits(tail, r.unit_symbols[at][0]):
            best = at
    return r.unit_symbols[best][1] if best < _NONE else None


def _symbol_fits(tail: str, symbol: str) -> bool:
    """A symbol of letters only counts where no letter follows it ("m", not "m" of "men")."""
    after = tail[len(symbol) : len(symbol) + 1]
    return not (_lettered(after) and _lettered(symbol[-1:]))


def _lettered(char: str) -> bool:
    """A letter or a letter's mark: Devanagari's vowel signs end a word's letters too ("किलो"
    is no symbol inside "किलोमिटर")."""
    return bool(char) and (char.isalpha() or unicodedata.category(char)[0] == "M")


_WORD_BEFORE = re.compile(r"(" + WORD.pattern + r")[ \u00a0]+$")


def unit_before(low: str, start: int, r: LangRules) -> str | None:
    """The counted thing right before a number, where the language puts it there:
    "askerlerden 30'u" (30 of the soldiers), "兵士30人"."""
    if r.spaceless:
        at = _index(r).units.first_ending(low[max(0, start - 8) : start])
        return r.units[at][1] if at < _NONE else None
    head = _WORD_BEFORE.search(low[max(0, start - 40) : start])
    if head is None:
        return None
    return _index(r).unit_of_word(head.group(1))


def scale_also_unit(text: str, unit: str | None, lang: str, after: str = "") -> bool:
    """Whether the number `text` ends in a scale abbreviation that the language's CLDR data
    also gives as a unit symbol (Greek "εκ.": million, and centimetre), with no counted
    thing read after it: which of the two it means is not sure. So is a scale word that
    CLDR gives as a unit's own word (Czech "mil": short for millions, and the miles of "5
    mil"), unless the abbreviation's dot stands after it with more words after the dot
    (`after`, the sentence after the number: "5 mil. Kč" is millions)."""
    if unit is not None:
        return False  # "1,5 εκ. ευρώ": a sum of money, so millions
    word = text.rstrip(". ").rsplit(" ", 1)[-1].lower()
    if word in _scale_unit_clashes(lang):
        return True
    return word in _scale_unit_word_clashes(lang) and re.match(r"\.\s*\w", after) is None


@lru_cache(maxsize=64)
def _scale_unit_word_clashes(lang: str) -> frozenset[str]:
    """Scale words of a thousand or more that are a CLDR unit word as well ("mil")."""
    from checker.facts.numeric.rules import rules

    r = rules(lang)
    words = {stem for stem, _ in r.units}
    return frozenset(
        word for word, value in r.lex.multipliers.items() if value >= 1000 and word in words
    )


@lru_cache(maxsize=64)
def _scale_unit_clashes(lang: str) -> frozenset[str]:
    from checker.facts.numeric.rules import rules

    r = rules(lang)
    symbols = {symbol.rstrip(".") for symbol, _ in r.unit_symbols}
    return frozenset(
        word for word, value in r.lex.multipliers.items() if value >= 1000 and word in symbols
    )


# a word, then a word for "and" right before the count: "par dana i 6 sati"
_WORD_AND = re.compile(r"[ \u00a0]([^\W\d_]+)[ \u00a0]*$")
_SPAN_UNITS = frozenset(("day", "week", "month", "year"))


def joined_to_a_span(before: str, r: LangRules) -> bool:
    """The count of hours is joined by "and" to a count of days, weeks, months or years
    ("par dana i 6 sati", "2 дня и 3 часа"): one length of time, no clock time."""
    found = _WORD_AND.search(before)
    if found is None or found.group(1) not in r.and_words:
        return False
    return unit_before(before, found.start(1), r) in _SPAN_UNITS
