"""A band of degrees Fahrenheit said as a plural tens: "temperatures in the 80s", "highs in
the low 90s", "the upper 70s" (`dates.TEMPERATURE_WORDS`, `dates.BAND_BEFORE`,
`dates.BAND_PARTS`). Read as a decade it was compared with a bare number of the other
side's Celsius range (a false "date changed"); read as a range of degrees Fahrenheit it is
compared through the conversions (`checker.compare.conversions`): converted, information;
another temperature, a change. "In his 80s" (no `band_before` word) stays an age, "in the
1980s" (four digits) a decade."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from checker.facts.numeric.rules import LangRules
from checker.lang import base_language
from checker.lang.profile import profile
from checker.model import Fact

# the tens a part word says: 90 to 93, 93 to 97, 97 to 99 of "the 90s"
_PARTS = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}
_WHOLE = (0, 9)
_DEGREES_F = re.compile(r"°\s?f\b")


class _BandWords:
    def __init__(self, temperature: re.Pattern, before: re.Pattern,
                 parts: dict[str, str]) -> None:
        self.temperature, self.before, self.parts = temperature, before, parts


@cache
def _band_words(lang: str) -> _BandWords | None:
    dates = profile(base_language(lang)).dates
    if not dates.temperature_words or not dates.band_before:
        return None
    temperature = re.compile(
        r"\b(?:" + "|".join(re.escape(w.lower()) for w in dates.temperature_words) + ")")
    parts = {k.lower(): v for k, v in dates.band_parts.items()}
    part = "|".join(re.escape(k) for k in sorted(parts, key=len, reverse=True))
    before = re.compile(
        r"\b(?:" + "|".join(re.escape(w.lower()) for w in dates.band_before) + r")\s+"
        + (rf"(?:({part})[\s-]+)?" if part else "") + r"$")
    return _BandWords(temperature, before, parts)


def temperature_bands(facts: list[Fact], text: str, low: str, r: LangRules) -> list[Fact]:
    """`facts` with each plural tens (a two-digit decade, or a tens and its decade ending
    read as a number after a hyphen: "mid-80s") that stands after a band word in a sentence
    that speaks of temperatures read as a range of degrees Fahrenheit (its part word
    included)."""
    if not any(_plural_tens(f, low, r) is not None for f in facts):
        return facts
    words = _band_words(r.dates.lang)
    if words is None or not (words.temperature.search(low) or _DEGREES_F.search(low)):
        return facts
    out = []
    for fact in facts:
        tens = _plural_tens(fact, low, r)
        out.append(fact if tens is None else _as_band(fact, tens, text, low, words, r))
    return out


def _plural_tens(fact: Fact, low: str, r: LangRules) -> int | None:
    """The tens of a two-digit decade ("80s"), or of a tens in digits right before a decade
    ending ("80" of "mid-80s"); None for anything else."""
    if fact.kind == "decade":
        digits = "".join(c for c in fact.text if c.isdigit())
        return int(digits) if len(digits) == 2 else None  # "the 1980s", "the eighties": no
    if (fact.category == "number" and fact.kind in ("code", "cardinal")
            and isinstance(fact.value, int) and fact.text.isdigit() and len(fact.text) == 2
            and fact.value % 10 == 0):
        ending = re.match(r"[^\W\d_]+", low[fact.end : fact.end + 4])
        if ending is not None and ending.group(0) in r.decade_suffixes:
            return fact.value
    return None


def _as_band(fact: Fact, tens: int, text: str, low: str, words: _BandWords,
             r: LangRules) -> Fact:
    window = max(0, fact.start - 30)
    before = words.before.search(low[window : fact.start])
    if before is None:
        return fact  # "in his 80s": an age
    part = before.group(1) if before.groups() else None
    low_end, high_end = _PARTS[words.parts[part]] if part else _WHOLE
    start = window + before.start(1) if part else fact.start
    end = fact.end
    if fact.kind != "decade":  # "mid-80s": the ending is the band's
        end += len(re.match(r"[^\W\d_]+", low[end:]).group(0))
    return replace(fact, category="number", text=text[start:end],
                   value=(tens + low_end, tens + high_end), start=start, end=end,
                   unit="fahrenheit", kind="range")
