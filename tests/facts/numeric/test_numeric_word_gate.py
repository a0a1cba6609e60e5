"""`checker.facts.numeric.word_gate`: the sentences passed over hold no word that makes a
number, and the ones with a number in words are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.facts.date_names import fold_accents
from checker.facts.digits import lower_same_length, normalise
from checker.facts.numeric import rules
from checker.facts.numeric.find import find_numbers
from checker.facts.numeric.word_gate import may_hold_number_words, word_gate
from checker.facts.numeric.words import PieceKind, _word_pieces
from checker.lang import available_languages

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "nato-kosovo"
SAMPLES = [
    "Tom and Jerry met one man and a dog.",  # "and" starts "and a half": not all said
    "He waited for one and a half hours.",
    "Ein Mann und eine Frau kamen, und einer ging; dreihundert blieben.",
    "Un hombre y una mujer llegaron con 3 amigos y un millón de dudas.",
    "Un tercio de los votos, y medio país, ciento un días.",
    "Ένας άνθρωπος και μια γυναίκα.",
    "Bir adam ve bir buçuk saat; iki yüz kişi.",
]


def _lines() -> list[str]:
    seeds = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return SAMPLES + seeds


@pytest.mark.parametrize("lang", available_languages())
def test_sentences_passed_over_have_no_number_pieces(lang: str) -> None:
    """A sentence the gate passes over gives, read word by word, no piece that makes a
    number: articles, connector words and lone "one"s only (which leave the digit numbers
    as they are), and no fraction word."""
    r = rules(lang)
    if r.spaceless:
        return  # numeral characters are read by `cjk`, not word by word
    for text in _lines():
        low = lower_same_length(normalise(text))
        low = fold_accents(low) if r.lex.fold else low
        if may_hold_number_words(low, r.lex, word_gate(lang)):
            continue
        pieces, fractions = _word_pieces(low, r, [False] * len(low))
        assert not fractions, text
        for piece in pieces:
            assert piece.kind in (PieceKind.ARTICLE, PieceKind.CONNECTOR) or (
                piece.kind is PieceKind.VALUE and piece.value == 1
            ), (text, piece)


def _values(text: str, lang: str) -> list[int | float]:
    norm = normalise(text)
    return [n.value for n in find_numbers(norm, lower_same_length(norm), rules(lang),
                                          [False] * len(text), lang)]


def test_a_phrase_is_read_when_its_key_word_is_said() -> None:
    gate = word_gate("en")
    lex = rules("en").lex
    assert not may_hold_number_words("tom and jerry met one man and a dog.", lex, gate)
    assert may_hold_number_words("he waited for one and a half hours.", lex, gate)
    assert _values("He waited for one and a half hours.", "en") == [1.5]
    assert _values("Un hombre y un millón de dudas.", "es") == [1_000_000]


def test_a_glued_compound_is_read() -> None:
    gate = word_gate("de")
    lex = rules("de").lex
    assert gate.glued_part is not None
    assert not may_hold_number_words("ein mann und eine frau.", lex, gate)
    assert may_hold_number_words("es kamen siebenhundertzwanzig.", lex, gate)
    assert _values("Es kamen siebenhundertzwanzig Menschen.", "de") == [720]


@pytest.mark.parametrize("lang", available_languages())
def test_pieces_read_with_the_gate_are_those_read_without(lang: str) -> None:
    """With the gate, a word is looked up only at the lengths of its phrases and a glued
    compound only where a multiplier is said: the pieces are those of a lookup of every
    length and every long word."""
    r = rules(lang)
    if r.spaceless:
        return
    for text in _lines():
        low = lower_same_length(normalise(text))
        low = fold_accents(low) if r.lex.fold else low
        masked = [False] * len(low)
        assert _word_pieces(low, r, masked, word_gate(lang)) == _word_pieces(low, r, masked)
