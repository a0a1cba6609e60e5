"""Decimals said in words (checker/facts/numeric/decimal_words.py)."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Rents went up three point four percent.", "en", 3.4),
        ("The index lost six point zero five points.", "en", 6.05),
        ("The valley has four point two million sheep.", "en", 4_200_000),
        ("Die Mieten stiegen um drei Komma vier Prozent.", "de", 3.4),
        ("Der Index verlor sechs Komma fünfundzwanzig Punkte.", "de", 6.25),
        ("Les loyers ont augmenté de trois virgule quatre pour cent.", "fr", 3.4),
        ("Kiralar üç virgül dört arttı.", "tr", 3.4),
        ("Τα ενοίκια αυξήθηκαν τρία κόμμα τέσσερα.", "el", 3.4),
        ("Kirije su porasle tri zarez četiri odsto.", "sr", 3.4),
    ],
)
def test_a_decimal_in_words(text: str, lang: str, value: float) -> None:
    assert [f.value for f in analyse(text, lang)] == [value]


def test_the_decimal_in_words_agrees_with_the_digits() -> None:
    pair = SegmentPair("t", "en", "Rents went up 3.4 percent.", "de",
                       "Die Mieten stiegen um drei Komma vier Prozent.")
    assert [f for f in check_pair(pair) if f.category == "number"] == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Wages rose one point seven percent.", "en", 1.7),
        ("Die Löhne stiegen um eins Komma sieben Prozent.", "de", 1.7),
        ("Os salários subiram um vírgula sete por cento.", "pt", 1.7),
        ("Los salarios subieron uno coma siete por ciento.", "es", 1.7),
        ("The town has one point seven million trees.", "en", 1_700_000),
    ],
)
def test_one_as_the_whole_of_a_decimal(text: str, lang: str, value: float) -> None:
    assert [f.value for f in analyse(text, lang)] == [value]


def test_at_one_point_then_a_count_stays_a_count() -> None:
    """ "at one point" is a moment: the count after it is no decimal of one."""
    assert [f.value for f in analyse("At one point seven boats were adrift.", "en")] == [7]
