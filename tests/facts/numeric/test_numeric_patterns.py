"""`checker.facts.numeric.patterns.matches_from`: patterns that open with look-behinds are
tried only where their matches can start, with the same matches as a search through the
whole sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.facts.digits import normalise
from checker.facts.numeric import rules
from checker.facts.numeric.digit_dates import _DAY_MONTH, _NUMERIC_DATE, _ROMAN_MONTH_DATE
from checker.facts.numeric.patterns import DIGIT, matches_from
from checker.facts.numeric.roman import _CENTURY, _ROMAN_LETTER
from checker.lang import available_languages

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "nato-kosovo"
TRICKY = [
    "1.2.3 and 1,5,7 and 1.000.000 and 1,00,000 people",
    "Call 0800 555 111 or 85 000 or 1 234,5 before 12:30.",
    "On March 5 100 people met; 2.8bn, $5m, 3.ª, 1.º, 30،000.",
    "No digits here at all.",
    "٢٠٢٢ و ١٢٣٫٥ و ３，０００",
    "7" * 40 + " and 1'000'000 and 12 345 678",
    "24.02.2022, 2/24/2022, 2022-02-24, 9/11, 24/7, 1.2.2022.3, 5. VII 2020., 5 VII 2020",
    "25. 6. 2016. and 2010. 5. 5. and 12/31/99 and 3-4-2021-5",
    "XIXe siècle, siglo XV, XX-XXI века, XIV, IXL, LLLLLLL, XIv, Louis XIV, World War II",
]


def _lines() -> list[str]:
    seeds = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [normalise(line) for line in TRICKY + seeds]


def _same(pattern: re.Pattern, first: re.Pattern) -> None:
    for line in _lines():
        whole = [(m.span(), m.groups()) for m in pattern.finditer(line)]
        assert [(m.span(), m.groups()) for m in matches_from(pattern, first, line)] == whole, line


@pytest.mark.parametrize("lang", available_languages())
def test_digit_numbers_as_a_whole_search_finds_them(lang: str) -> None:
    _same(rules(lang).digits, DIGIT)


@pytest.mark.parametrize("pattern", [_NUMERIC_DATE, _ROMAN_MONTH_DATE, _DAY_MONTH])
def test_digit_dates_as_a_whole_search_finds_them(pattern: re.Pattern) -> None:
    _same(pattern, DIGIT)


def test_roman_centuries_as_a_whole_search_finds_them() -> None:
    _same(_CENTURY, _ROMAN_LETTER)
