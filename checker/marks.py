"""Combining marks as a regular-expression character class: Devanagari vowel signs, Arabic
short vowels and the like are not \\w in Python's `re`, yet they are inside words. The
number readers, the name extractor and the gazetteer read words with them."""

from __future__ import annotations

from checker.compiled_cache import cached_on_disk
from checker.compiled_patterns import character_class


@cached_on_disk("combining-marks")  # a scan of 65,000 characters: once per installation
def _combining_marks() -> str:
    """A character class body of every combining mark (Unicode M*) in the BMP."""
    import unicodedata

    return character_class(lambda c: unicodedata.category(c).startswith("M"), 0x300, 0x10000)


MARK_CLASS = _combining_marks()
