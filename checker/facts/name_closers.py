"""Where a run of capitalised words stops being one name in a language whose case endings go
on a name's last word only (`names.CLOSING_ENDINGS`): after a word with one of those
endings ("Էրդողանը Անկարայում": Erdogan, in Ankara), and before a place's name of the
data that carries one ("Ердоған Анкарада": Erdogan in Ankara). The language's data names the
endings; a language without them joins capitalised words as before."""

from __future__ import annotations

from functools import lru_cache

from checker.facts.wordlists import is_place_name
from checker.lang.profile import profile


@lru_cache(maxsize=64)
def _closing_endings(lang: str) -> tuple[tuple[str, ...], int]:
    names = profile(lang).names
    return tuple(e.lower() for e in names.closing_endings), names.min_stem


def _closing_stems(word: str, lang: str) -> list[str]:
    """`word` without each closing ending it ends with, keeping `MIN_STEM` letters."""
    endings, min_stem = _closing_endings(lang)
    low = word.lower()
    return [word[: -len(e)] for e in endings
            if low.endswith(e) and len(low) - len(e) >= min_stem]


def case_ends_name(left: str, right: str, lang: str) -> bool:
    """Does a name end between the capitalised words `left` and `right`: `left` carries a
    closing case ending, or `right` is a place's name of the data with one?"""
    if not _closing_endings(lang)[0]:
        return False  # most languages: one test
    return bool(_closing_stems(left, lang)) or any(
        is_place_name(stem, lang) for stem in _closing_stems(right, lang))
