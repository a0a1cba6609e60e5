"""Roman numerals: centuries such as "XIXe siècle", "siglo XV"."""

from __future__ import annotations

import re

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


ROMAN_NEXT = re.compile(r"^\s*[-\u2013\u2014]\s*[ivxl]{1,6}(?:e|er|ème)?")


def roman_value(word: str) -> int | None:
    word = word.lower()
    if not word or any(c not in _ROMAN for c in word) or len(word) > 7:
        return None
    total = 0
    for i, c in enumerate(word):
        v = _ROMAN[c]
        total += -v if i + 1 < len(word) and _ROMAN[word[i + 1]] > v else v
    return total if 0 < total < 40 else None
