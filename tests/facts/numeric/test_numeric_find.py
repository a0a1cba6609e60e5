"""`checker.facts.numeric.find`: digit numbers are searched only where a digit is, with the
same matches as the language's digit pattern searched through the whole sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.facts.digits import normalise
from checker.facts.numeric import rules
from checker.facts.numeric.find import _digit_matches
from checker.lang import available_languages

SEEDS = Path(__file__).resolve().parents[3] / "seeds" / "nato-kosovo"
TRICKY = [
    "1.2.3 and 1,5,7 and 1.000.000 and 1,00,000 people",
    "Call 0800 555 111 or 85 000 or 1 234,5 before 12:30.",
    "On March 5 100 people met; 2.8bn, $5m, 3.ª, 1.º, 30،000.",
    "No digits here at all.",
    "٢٠٢٢ و ١٢٣٫٥ و ３，０００",
    "7" * 40 + " and 1'000'000 and 12 345 678",
]


def _lines() -> list[str]:
    seeds = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [normalise(line) for line in TRICKY + seeds]


@pytest.mark.parametrize("lang", available_languages())
def test_digit_matches_are_those_of_a_whole_search(lang: str) -> None:
    pattern = rules(lang).digits
    for line in _lines():
        whole = [(m.span(), m.groups()) for m in pattern.finditer(line)]
        assert [(m.span(), m.groups()) for m in _digit_matches(line, pattern)] == whole, line
