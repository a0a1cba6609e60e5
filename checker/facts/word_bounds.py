"""Names of the place list found as substrings of a text without spaces (Chinese:
checker/facts/name_terms.py, `unspaced_terms`) kept only where they lie on the words the
language's segmenter cuts (checker/segmenter.py), and widened to the whole foreign name
they are a piece of:

- a name whose start a word of the segmenter crosses ("日企" inside "今日企业", today's
  companies; "英媒" inside "精英媒体", elite media), or whose end a longer word the
  segmenter's dictionary lists crosses ("日媒" inside "5日媒体报道", media reports on the
  5th), is no name there: two words' characters read across their boundary;
- a name inside a longer word all of the language's sound characters (`names.
  SOUND_CHARACTERS`: "西亚" West Asia inside "巴伦西亚" Valencia), or a city's after a word
  of them the segmenter tags as a foreign name written by its sound (`segmenter_sound_tags`:
  "罗马" Rome after "科斯特", Kostroma), is a piece of that longer name: the whole run is
  an unknown name written by its sound ("initial", compared as checker/sound_runs.py's
  runs are: by its sound), not the place the piece spells.

A language that declares no segmenter keeps every name as found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from checker.lang.profile import profile
from checker.model import Fact
from checker.segmenter import tagged_words
from checker.translit import key

_COUNTRY = re.compile(r"cldr:[A-Z]{2}")


def word_bounds(text: str, lang: str) -> Callable[[int, int], bool] | None:
    """Whether a name found at (start, end) lies on the segmenter's word boundaries: no word
    that starts before it ends inside it ("今日" of "今日企业" before "日企"; a word that
    holds it whole, "纳粹德国" Nazi Germany, may), and no word the dictionary lists that
    starts inside it ends after it ("媒体报道" after "日" of "5日"; a word that starts with
    it, "中资银行" Chinese banks, may). None for a language that declares no segmenter."""
    if not profile(lang).names.name_segmenter:
        return None
    words = tagged_words(text, lang)
    if not words:
        return None
    spans = [(s, e) for s, e, _, _ in words]
    inside = [(s, e) for s, e, _, listed in words if listed]

    def fits(start: int, end: int) -> bool:
        if any(s < start < e < end for s, e in spans):
            return False  # "今日" + "企业" is no "日企"; "纳粹德国" (Nazi Germany) holds "德国"
        return not any(start < s < end < e for s, e in inside)

    return fits


def _sound_word(fact: Fact, words: tuple, text: str, lang: str) -> tuple[int, int] | None:
    """The span of the longer name written by sound the fact is a piece of, None where it
    is none (see the module)."""
    names = profile(lang).names
    sound = names.sound_characters

    def all_sound(s: int, e: int) -> bool:
        return all(c in sound for c in text[s:e])

    if not sound or not all_sound(fact.start, fact.end):
        return None
    for s, e, _, _ in words:
        if s <= fact.start and fact.end <= e and e - s > fact.end - fact.start:
            return (s, e) if all_sound(s, e) else None
    if _COUNTRY.fullmatch(str(fact.value)):
        return None  # a country before its city ("希腊" + "比雷埃夫斯", Piraeus, Greece)
    for s, e, tag, _ in words:
        if (e == fact.start and e - s >= 2 and tag in names.segmenter_sound_tags
                and all_sound(s, e)):
            return s, fact.end
    return None


def on_word_bounds(found: list[Fact], text: str, lang: str) -> list[Fact]:
    """The concepts among `found` (names of the place list, found on the segmenter's word
    boundaries: `word_bounds`) that are pieces of a longer name by sound widened to it
    (see the module); other facts as they are."""
    if not profile(lang).names.name_segmenter or not any(f.kind == "concept" for f in found):
        return found
    words = tagged_words(text, lang)
    out: list[Fact] = []
    for fact in found:
        span = _sound_word(fact, words, text, lang) if fact.kind == "concept" else None
        if span is None:
            out.append(fact)
            continue
        s, e = span
        if not any(f.start < e and s < f.end for f in found if f is not fact):
            out.append(replace(fact, text=text[s:e], value=key(text[s:e], lang),
                               start=s, end=e, kind="initial"))
    return out
