"""Where a run of capitalised words stops being one name in a language whose case endings go
on a name's last word only (`names.CLOSING_ENDINGS`): after a word with one of those
endings ("Էրդողանը Անկարայում": Erdogan, in Ankara), and before and after a place's name
of the data that carries one of them or of the language's case endings (`names.ENDINGS`:
"Ердоған Анкарада": Erdogan in Ankara). The language's data names the endings; a language
without closing endings joins capitalised words as before."""

from __future__ import annotations

from functools import lru_cache

from checker.facts.wordlists import is_place_name
from checker.lang.profile import profile


@lru_cache(maxsize=64)
def _closing_endings(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """The closing endings, and every case ending a place's name is read with."""
    names = profile(lang).names
    closing = tuple(e.lower() for e in names.closing_endings)
    every = tuple(dict.fromkeys(closing + tuple(e.lower() for e in names.endings)))
    return closing, every, names.min_stem


def _stems(word: str, endings: tuple[str, ...], min_stem: int) -> list[str]:
    """`word` without each of `endings` it ends with, keeping `min_stem` letters."""
    low = word.lower()
    return [word[: -len(e)] for e in endings
            if low.endswith(e) and len(low) - len(e) >= min_stem]


def case_ends_name(left: str, right: str, lang: str) -> bool:
    """Does a name end between the capitalised words `left` and `right`: `left` carries a
    closing case ending, or either is a place's name of the data with a case ending?"""
    closing, every, min_stem = _closing_endings(lang)
    if not closing:
        return False  # most languages: one test
    return bool(_stems(left, closing, min_stem)) or any(
        is_place_name(stem, lang)
        for stem in _stems(left, every, min_stem) + _stems(right, every, min_stem))
