"""The number readers of checker/facts/numeric/numbers.py that read a lone "one"."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.facts.numeric.numbers import says_one
from checker.facts.numeric.rules import rules


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("μία", "el", True),  # accents optional: looked up folded, as the number words are kept
        ("μια", "el", True),
        ("ένα", "el", True),
        ("δύο", "el", False),
        ("um", "pt", True),
        ("an", "en", True),  # the indefinite article says one too
        ("two", "en", False),
    ],
)
def test_says_one_reads_one_and_the_indefinite_article(word: str, lang: str,
                                                       expected: bool) -> None:
    assert says_one(word, rules(lang)) is expected


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Η άδεια κράτησε ένα εξάμηνο.", "el", 6, "month"),
        ("O curso dura um semestre inteiro.", "pt", 6, "month"),
        ("A reunião durou um dia e meio.", "pt", 1.5, "day"),
        ("The storm lasted a day and a half.", "en", 1.5, "day"),
    ],
)
def test_a_lone_one_before_a_span_or_a_half_is_read(text: str, lang: str, value: float,
                                                    unit: str) -> None:
    facts = [f for f in analyse(text, lang) if f.category == "number"]
    assert [(f.value, f.unit) for f in facts] == [(value, unit)]
