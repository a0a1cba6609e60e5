"""Numbers in words: typed pieces, then pieces added up into numbers."""

from __future__ import annotations

import pytest

from checker.facts.digits import lower_same_length, normalise
from checker.facts.numeric import rules
from checker.facts.numeric.find import find_numbers
from checker.facts.numeric.words import PieceKind, word_numbers


def _pieces(text: str, lang: str) -> list[tuple[PieceKind, int | float, str]]:
    from checker.facts.numeric.words import _word_pieces

    low = lower_same_length(normalise(text))
    pieces, _ = _word_pieces(low, rules(lang), [False] * len(text))
    return [(p.kind, p.value, p.text) for p in pieces]


def _numbers(text: str, lang: str):
    norm = normalise(text)
    return find_numbers(norm, lower_same_length(norm), rules(lang), [False] * len(text), lang)


def test_words_become_typed_pieces() -> None:
    assert _pieces("three million two hundred thousand people", "en") == [
        (PieceKind.VALUE, 3, "three"),
        (PieceKind.MULT, 1_000_000, "million"),
        (PieceKind.VALUE, 200, "two hundred"),
        (PieceKind.MULT, 1000, "thousand"),
    ]
    assert _pieces("vingt-trois soldats et deux cents", "fr") == [
        (PieceKind.VALUE, 23, "vingt-trois"),
        (PieceKind.CONNECTOR, 0, "et"),
        (PieceKind.VALUE, 200, "deux cents"),
    ]


def test_a_compound_written_as_one_word_is_one_value_piece() -> None:
    assert _pieces("dreitausendsiebenhundert Soldaten", "de") == [
        (PieceKind.VALUE, 3700, "dreitausendsiebenhundert")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value", "written", "kind"),
    [
        ("three million two hundred thousand people", "en", 3_200_000, "words", "cardinal"),
        ("1,4 millones de personas", "es", 1_400_000, "mixed", "cardinal"),
        ("two thirds of the votes", "en", 0.666667, "words", "fraction"),
        ("a third of the votes", "en", 0.333333, "words", "fraction"),
        ("a third term", "en", 3, "words", "ordinal"),
    ],
)
def test_pieces_add_up_to_one_number(
    text: str, lang: str, value: float, written: str, kind: str
) -> None:
    [num] = _numbers(text, lang)
    assert (num.value, num.written, num.kind) == (value, written, kind)


def test_a_lone_one_is_no_number() -> None:
    low = lower_same_length(normalise("one of them left"))
    assert word_numbers(low, rules("en"), [False] * len(low), []) == []


def _seed_lines() -> list[str]:
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[3] / "seeds" / "nato-kosovo"
    return [line for path in sorted(seeds.glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


GATE_SAMPLES = [
    "Tom and Jerry met one man and a dog.",  # "and" starts "and a half": not all said
    "He waited for one and a half hours.",
    "Ein Mann und eine Frau kamen, und einer ging.",
    "Un hombre y una mujer llegaron con 3 amigos y un millón de dudas.",
    "Un tercio de los votos, y medio país.",
    "Ένας άνθρωπος και μια γυναίκα.",
]


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "el", "ru", "tr", "ar", "sr", "sq"])
def test_sentences_passed_over_have_no_number_pieces(lang: str) -> None:
    """A sentence `_may_hold_number_words` passes over gives, read word by word, no piece
    that makes a number: articles, connector words and lone "one"s only (which leave the
    digit numbers as they are), and no fraction word."""
    from checker.facts.numeric.words import _may_hold_number_words, _word_pieces

    r = rules(lang)
    passed = 0
    for text in GATE_SAMPLES + _seed_lines():
        low = lower_same_length(normalise(text))
        if _may_hold_number_words(low, r):
            continue
        passed += 1
        pieces, fractions = _word_pieces(low, r, [False] * len(low))
        assert not fractions, text
        for piece in pieces:
            assert piece.kind in (PieceKind.ARTICLE, PieceKind.CONNECTOR) or (
                piece.kind is PieceKind.VALUE and piece.value == 1
            ), (text, piece)
    assert passed


def test_a_phrase_of_weak_words_is_read_when_all_its_words_are_said() -> None:
    from checker.facts.numeric.words import _may_hold_number_words

    r = rules("en")
    assert not _may_hold_number_words("tom and jerry met one man and a dog.", r)
    assert _may_hold_number_words("he waited for one and a half hours.", r)
    assert [n.value for n in _numbers("He waited for one and a half hours.", "en")] == [1.5]
    assert [n.value for n in _numbers("Un hombre y un millón de dudas.", "es")] == [1_000_000]
