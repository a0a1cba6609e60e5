"""Patterns shared by the number readers: words, glued suffixes, gaps between words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.marks import MARK_CLASS

# Latin letters run to the end of the IPA block: Azerbaijani writes "ə" (U+0259) in its words
# ("3-də", "2024-cü ildə")
_LETTERS = r"A-Za-z\u00AA\u00BA\u00C0-\u02AF\u0370-\u03FF\u0400-\u052F\u0590-\u06FF\u0900-\u097F"


CODE_BEFORE = re.compile(r"[A-Za-z\u00C0-\u02AF\u0370-\u03FF\u0400-\u052F]-?$")


SUFFIX = re.compile(r"(?:['\-]?[" + _LETTERS + r"]+)+")


# Arabic short vowels and tanween: kept inside a word, dropped for lookup (the data has none).
MARKS = re.compile(r"[\u064b-\u065f\u0670]")
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[" + MARK_CLASS + r"])*")
WORD_APOSTROPHE = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[" + MARK_CLASS + r"])*(?:'[^\W\d_][^\W\d_" + MARK_CLASS + r"]*)*"
)
GAP_AFTER_SCALE = re.compile(r"^[\s\u00a0,\-]*$")
GAP_WORDS = re.compile(r"^[\s\u00a0\-\u2010\u2011]*$")

DIGIT = re.compile(r"\d")


def matches_from(pattern: re.Pattern, first: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern whose every match starts where
    `first` matches (a digit, a Roman letter): it is tried only there. A pattern that opens
    with look-behinds is otherwise tried at every character of the sentence (ten times as
    long); `match` at a position still looks behind it."""
    at = first.search(text)
    while at is not None:
        m = pattern.match(text, at.start())
        if m is None:
            at = first.search(text, at.start() + 1)
            continue
        yield m
        at = first.search(text, max(m.end(), at.start() + 1))

# Cyrillic text writes a Roman numeral's X and I with the Cyrillic letters that look the same
# ("ХХ века", "ХIV века", "5. ХI 2020."): read as the Latin ones, one letter for one (offsets
# stay)
CYRILLIC_LOOKALIKES = str.maketrans({"\u0425": "X", "\u0406": "I", "\u0445": "x", "\u0456": "i"})
