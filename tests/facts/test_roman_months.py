"""Months in Roman numerals after a day and its dot, told apart from a name's initial
(checker/facts/roman_months.py). The team's own sentences."""

from __future__ import annotations

import pytest

from checker.facts.roman_months import roman_months


@pytest.mark.parametrize(("text", "lang", "months"), [
    ("Izložba traje do 1. VII u Novom Sadu.", "sr", [7]),
    ("Festival je od 3. do 5. VI. Ulaz je slobodan.", "sr", [6]),
    ("Sajam počinje 12. Х и траје недељу дана.", "sr", [10]),  # Cyrillic look-alike Х
    ("Drugi je stigao 2. V. Marković.", "sr", []),  # a name's initial
    ("Rok je istekao 9. X. Zagreb sada čeka odluku.", "hr", [10]),  # the next sentence
])
def test_roman_months(text: str, lang: str, months: list[int]) -> None:
    assert [month for _, _, month in roman_months(text, lang)] == months
