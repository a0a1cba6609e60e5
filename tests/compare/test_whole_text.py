"""Whole-document passes read in bounded pieces (checker/compare/whole_text.py), and the
index of a text's words that concept search reads (name_words.WordIndex)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.compare import whole_text
from checker.compare.name_found import _name_word_found
from checker.compare.name_words import (
    Word,
    WordIndex,
    _capitals,
    close_match,
    cut_from_name,
    exonym_start,
    name_cuts,
    shares_start,
    words_of,
)
from checker.compare.place_adjectives import adjective_places, document_adjective_places
from checker.context import CheckContext
from checker.facts import entities as names
from checker.model import Sentence

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def _story(lang: str) -> str:
    return (SEEDS / f"{lang}.txt").read_text(encoding="utf-8")


def _one_line(text: str) -> str:
    return " ".join(re.sub(r"[.!?;:\n]+", " ", text).split())


def _lower_stems_whole(text: str, lang: str) -> frozenset[str]:
    return frozenset(stem for t in names.tokens(text, lang, parts=True)
                     if t.cased and not t.capital and not t.initial for stem in t.stems)


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("size", [40, 97, 1000])
@pytest.mark.parametrize("shape", ["story", "one line"])
def test_words_read_in_pieces_are_the_whole_texts(lang: str, size: int, shape: str) -> None:
    text = _story(lang) if shape == "story" else _one_line(_story(lang))
    whole = words_of.__wrapped__(text, lang)
    pieces = whole_text.document_words(text, lang, size)
    assert set(pieces) == set(whole)
    assert len(pieces) == len(set(whole))  # each word once
    assert pieces.capitals == _capitals(whole)  # the initials, in text order
    assert whole_text.lower_case_stems(text, lang, size) == _lower_stems_whole(text, lang)


def test_a_long_documents_words_grow_with_its_vocabulary_not_its_length() -> None:
    line = _one_line(_story("en")) + " "
    long_text = line * 60
    assert len(long_text) > whole_text.PIECE_CHARS
    assert len(whole_text.document_words(long_text, "en")) == len(
        whole_text.document_words(line + line, "en"))


def test_pieces_end_after_a_space_and_cover_the_text() -> None:
    text = _one_line(_story("de"))
    ends = list(whole_text.piece_ends(text, 300))
    assert ends[-1] == len(text)
    starts = [0, *ends[:-1]]
    assert all(0 < end - start <= 300 for start, end in zip(starts, ends, strict=True))
    assert all(text[end - 1].isspace() for end in ends[:-1])
    # No space at all: cut after a character no word holds.
    assert list(whole_text.piece_ends("ab,cd,ef,gh", 4)) == [3, 6, 9, 11]


def test_a_long_documents_place_adjectives_are_read_in_pieces() -> None:
    """Over `PIECE_CHARS` characters the adjectives of places are read a piece at a time,
    cut at line breaks (a behaviour change for long documents only: the whole text was
    read at once, its words all held): the story repeated names the story's places."""
    run = CheckContext()
    story = _story("en")
    long_text = (story.rstrip() + "\n\n") * 40
    assert len(long_text) > whole_text.PIECE_CHARS
    alone = Sentence(0, story, 0, len(story), 1, 1, 0)
    expected = set(dict.fromkeys(f.value for f in adjective_places(alone, "en", run)))
    assert expected  # the story names places by adjectives
    assert set(document_adjective_places(long_text, "en", run)) == expected


@pytest.mark.parametrize(("lang", "other"), [("en", "de"), ("de", "en"), ("en", "fr")])
def test_concept_search_through_the_index_is_the_search_of_every_word(lang: str, other: str
                                                                       ) -> None:
    """`WordIndex.starting` leaves out only words no concept word can match closely."""
    words = words_of.__wrapped__(_story(other if other != "fr" else "en"), other)
    index = WordIndex(words)
    run = CheckContext()
    entries = [e for e in run.name_index(other).entries if not e.exact][:1500]
    for entry in entries:
        for stems in entry.tokens:
            as_word = Word(stems[0], stems, False, True)
            # Not a lower-case word cut from the name (a language with capitals), and a
            # lower-case word only by its start.
            cuts = name_cuts(stems[0], words)
            brute = any(not set(stems).isdisjoint(w.stems)
                        or (not cut_from_name(w, cuts)
                            and (names.demonym_of(w.key, stems[0], other, 3)
                                 or (close_match(w, as_word) if w.capital or w.acronym
                                     else shares_start(w.key, stems[0])
                                     or exonym_start(w.key, stems[0]))))
                        for w in words)
            assert _name_word_found(stems, other, index) == brute, stems
