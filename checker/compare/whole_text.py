"""Whole-document passes of the name comparer, read in bounded pieces.

A name added in a claim is looked for in the whole reference, and a name written in lower
case anywhere in its document is a common word (`entities.compare`): those passes read every
word of a document. A list of every word of a 10 MB text is about a gigabyte; these passes
keep what they answer from instead (each distinct word once, the stems of lower-case words),
reading the text `PIECE_CHARS` characters at a time, so memory grows with the document's
vocabulary, not its length. A text of at most `PIECE_CHARS` characters is read whole.

Pieces end after a space (else after a character no word contains), so each piece's words
are the whole text's words there; each piece is read with the word before it, so that
neighbours written as one and a sentence start across a cut are told as in the whole text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from checker.compare.name_words import Word, Words, written_as_one
from checker.facts import entities as names
from checker.facts.name_tokens import Token
from checker.lang.profile import profile

PIECE_CHARS = 100_000
# How far back before a piece its words are read from: the word before it, and what tells
# whether its first word starts a sentence.
LOOK_BACK = 1_000
_SPACE = re.compile(r"\s")
# A character no word of `names.tokens` contains (letters, digits, "_", apostrophes,
# hyphens and the dots of "U.S." do).
_NO_WORD = re.compile(r"[^\w'’.\-]")


def piece_ends(text: str, size: int = PIECE_CHARS, prefer: str = "") -> Iterator[int]:
    """Where the pieces of `text` end: each at most `size` characters (more only where no
    word boundary comes sooner), after the last line break of its second half when
    `prefer` is "\\n", else after its last space, else after its last character outside
    words."""
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        end = text.rfind(prefer, low, high) + 1 if prefer else 0
        if end <= start:
            end = _last_match_end(_SPACE, text, low, high) or _last_match_end(
                _NO_WORD, text, low, high)
        if end <= start:  # no boundary in the window: the first after it
            found = _SPACE.search(text, high) or _NO_WORD.search(text, high)
            end = found.end() if found else len(text)
        yield end
        start = end
    if start < len(text) or not text:
        yield len(text)


def _last_match_end(pattern: re.Pattern[str], text: str, low: int, high: int) -> int:
    end = 0
    for end_match in pattern.finditer(text, low, high):
        end = end_match.end()
    return end


def _context_start(text: str, start: int) -> int:
    """Where to start reading so that the piece starting at `start` sees the words before
    it: at the first character outside words `LOOK_BACK` or fewer characters before it
    (words are read there as in the whole text)."""
    if start <= LOOK_BACK:
        return 0
    found = _NO_WORD.search(text, start - LOOK_BACK, start)
    return found.start() if found else start - 1


def document_tokens(text: str, lang: str, size: int = PIECE_CHARS
                    ) -> Iterator[tuple[list[Token], int, str, int]]:
    """The words of `text` (`names.tokens(text, lang, parts=True)`), a piece at a time: for
    each piece, its tokens read with the words before it, how many of them come before
    the piece, the text they were read from and where it starts in `text`. Offsets are the
    read text's."""
    start = 0
    for end in piece_ends(text, size):
        begin = _context_start(text, start) if start else 0
        read = text[begin:end] if begin or end < len(text) else text
        toks = names.tokens(read, lang, parts=True)
        before = sum(1 for t in toks if t.start + begin < start) if start else 0
        yield toks, before, read, begin
        start = end


@lru_cache(maxsize=4)
def document_words(text: str, lang: str, size: int = PIECE_CHARS) -> Words:
    """Every distinct word of a document as `name_words.words_of` gives them, each once
    (first seen first), with the initials of all of them in order (`Words.capitals`,
    for `initials_match`)."""
    capitalised = profile(lang).names.name_words_capitalised
    distinct: dict[Word, None] = {}
    singles: list[str] = []
    joined: list[str] = []
    for toks, before, read, _ in document_tokens(text, lang, size):
        new = toks[before:]
        words = [Word(t.key, t.stems, t.acronym, t.capital,
                      t.capital or not t.cased or not capitalised) for t in new]
        distinct.update(dict.fromkeys(words))
        singles.append("".join(w.key[0] for w in words if w.capital and not w.acronym))
        pairs = itertools.pairwise(toks[max(0, before - 1):])
        pair_words = [
            Word(left.key + right.key, (left.key + right.key,), False, left.capital,
                 left.capital or not left.cased or not capitalised)
            for left, right in pairs
            if written_as_one(read[left.end : right.start], left, right, lang)
        ]
        distinct.update(dict.fromkeys(pair_words))
        joined.append("".join(w.key[0] for w in pair_words if w.capital))
    return Words(distinct, "".join(singles) + "".join(joined))


@lru_cache(maxsize=8)
def lower_case_stems(text: str, lang: str, size: int = PIECE_CHARS) -> frozenset[str]:
    """Stems of the words a document writes in lower case inside its sentences."""
    out: set[str] = set()
    for toks, before, _, _ in document_tokens(text, lang, size):
        out.update(stem for t in toks[before:]
                   if t.cased and not t.capital and not t.initial for stem in t.stems)
    return frozenset(out)
