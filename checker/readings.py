"""Every reading of a character, in Latin letters without tones, from the table a language
declares (`names.CHARACTER_READINGS`: pypinyin's for Chinese, where one character may be
read several ways: "zhong" and "chong"). A name written in Latin letters is matched against
each reading (checker/transcription.py); a language without a table, or a character the
table lacks, is read by anyascii (one reading).

The table is built once from the library and kept in the compiled cache
(checker/compiled_cache.py); it is only read when a text of such a language is checked.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.compiled_cache import cached_on_disk
from checker.lang.profile import profile


def is_han(char: str) -> bool:
    """A CJK unified ideograph (the main block, extension A, the supplementary planes): a
    character a reading table may read."""
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F


def _toneless(reading: str) -> str:
    """ "zhòng" -> "zhong"; "lǚ" -> "lu" (English writes u for ü)."""
    folded = unicodedata.normalize("NFD", reading.replace("ü", "u"))
    return "".join(c for c in folded if c.isascii() and c.isalpha()).lower()


@cached_on_disk("character-readings")
def _built_table(source: str) -> dict[str, str]:
    """Each character's readings, comma-separated, from the library `source` names."""
    if source != "pypinyin":
        return {}
    try:
        from pypinyin.pinyin_dict import pinyin_dict
    except ImportError:  # not installed: one reading each (anyascii), as before
        return {}

    table: dict[str, str] = {}
    for code, readings in pinyin_dict.items():
        toneless = dict.fromkeys(_toneless(r) for r in readings.split(","))
        table[chr(code)] = ",".join(r for r in toneless if r)
    return table


@lru_cache(maxsize=4)
def _table(source: str) -> dict[str, str]:
    return _built_table(source)


@lru_cache(maxsize=1)
def _anyascii():
    from anyascii import anyascii

    return anyascii


@lru_cache(maxsize=16384)
def readings(char: str, lang: str) -> tuple[str, ...]:
    """The readings of one character in `lang`, lower case ("重" -> ("zhong", "chong",
    "tong")); the anyascii reading where the language declares no table or the table lacks
    the character; () for a character that has no letters."""
    source = profile(lang).names.character_readings
    found = _table(source).get(char, "") if source else ""
    if found:
        return tuple(found.split(","))
    roman = _anyascii()(char).lower()
    return (roman,) if roman.isalpha() else ()


@lru_cache(maxsize=16384)
def spellings(char: str, lang: str) -> tuple[str, ...]:
    """The readings of one character (`readings`) and each respelled in the other
    romanisation the language declares for names (`names.READING_RESPELLINGS`: Wade-Giles,
    "xin" -> "hsin", "zhong" -> "chung"), without repeats."""
    found = readings(char, lang)
    rules = profile(lang).names.reading_respellings
    if not rules:
        return found
    return tuple(dict.fromkeys((*found, *(_respelled(r, rules) for r in found))))


def _respelled(reading: str, rules: tuple[tuple[str, str], ...]) -> str:
    for pattern, replacement in rules:
        reading = re.sub(pattern, replacement, reading)
    return reading


@cached_on_disk("character-phrases")
def _built_phrases(source: str) -> list[str]:
    """The words of several characters the library `source` names lists (pypinyin's
    phrase table: the language's words whose reading it gives as a whole)."""
    if source != "pypinyin":
        return []
    try:
        from pypinyin.phrases_dict import phrases_dict
    except ImportError:
        return []
    return sorted(w for w in phrases_dict if len(w) >= 2)


@lru_cache(maxsize=4)
def phrases(lang: str) -> frozenset[str]:
    """The words of several characters of the language's table of readings
    (`names.CHARACTER_READINGS`: pypinyin's phrases, "参加" take part, "奥运会" the
    Olympics); empty where the language declares none."""
    source = profile(lang).names.character_readings
    return frozenset(_built_phrases(source)) if source else frozenset()


@lru_cache(maxsize=8)
def syllables(lang: str, respelled: bool = False) -> frozenset[str]:
    """Every reading with a vowel of the language's table of readings (the syllables of
    pinyin for Chinese, less the interjections "ng", "m", "hm"), and, `respelled`, each
    in the other romanisation (`spellings`: Wade-Giles); empty where it declares none."""
    source = profile(lang).names.character_readings
    table = _table(source) if source else {}
    found = {r for readings in table.values() for r in readings.split(",")
             if r and any(c in "aeiouy" for c in r)}
    rules = profile(lang).names.reading_respellings
    if respelled and rules:
        found |= {_respelled(r, rules) for r in found}
    return frozenset(found)


def of_syllables(word: str, lang: str, most: int = 2, respelled: bool = False) -> bool:
    """Is the Latin `word` (lower case) a run of at most `most` readings of the language's
    table (`respelled`: or of their other romanisation), as a given name in pinyin is
    ("keqiang": ke-qiang; not "eileen", ei-le-en)?"""
    known = syllables(lang, respelled)
    fewest = {0: 0}  # end -> the fewest syllables that spell the word up to it
    for i in range(1, len(word) + 1):
        counts = [fewest[j] + 1 for j in range(max(0, i - 6), i)
                  if j in fewest and word[j:i] in known]
        if counts:
            fewest[i] = min(counts)
    return bool(word) and fewest.get(len(word), most + 1) <= most
