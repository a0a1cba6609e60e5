"""Number atoms: one value of a number fact, and when two values are the same figure.

A range or score is two atoms. Rounding is not a drift where one side is approximate
or written with a scale word: see `roughly_same`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from checker.model import Fact, Sentence

APPROXIMATE = {"about", "nearly"}


@dataclass
class Atom:
    """One value of a number fact (a range has two)."""

    value: float
    fact: Fact
    sentence: Sentence
    order: int


def atoms(facts: list[tuple[Fact, Sentence]]) -> list[Atom]:
    out = []
    for order, (fact, sentence) in enumerate(facts):
        values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
        for value in values:
            if isinstance(value, (int, float)):
                out.append(Atom(float(value), fact, sentence, order))
    return out


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _significant_digits(value: float) -> int:
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    digits = text.replace(".", "").lstrip("0")
    if "." not in text:
        digits = digits.rstrip("0")
    return max(1, len(digits))


def _round_sig(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _scaled_fraction(fact: Fact) -> bool:
    """Digits with a fraction and a scale word: "4.18 million", "417.6万" (a rounded figure)."""
    return (
        any(ch.isalpha() for ch in fact.text)
        and any(ch.isdigit() for ch in fact.text)
        and any(mark in fact.text for mark in ".,")
    )


_DIGIT_RUN = re.compile(r"\d(?:[\d\u00a0\u202f ]|[.,](?=\d))*")
_DECIMAL_TAIL = re.compile(r"[.,](\d{1,2})$")


def _written_digits(fact: Fact) -> int:
    """The significant digits a number shows as written: the zeros after its decimal mark
    count ("20.0 million" is given to three digits, "20 million" to one)."""
    run = _DIGIT_RUN.search(fact.text)
    if run is None:
        return 0
    text = run.group(0).rstrip()
    digits = "".join(ch for ch in text if ch.isdigit()).lstrip("0")
    tail = _DECIMAL_TAIL.search(text)
    if tail is None or not tail.group(1).endswith("0"):
        return 0  # no zero after a decimal mark: the value's own digits say it
    return len(digits)


def roughly_same(a: Atom, b: Atom) -> bool:
    """Equal after rounding to the precision of the approximate side, and within 5 %."""
    for rough, exact in ((a, b), (b, a)):
        if rough.fact.qualifier in APPROXIMATE or (
            _scaled_fraction(rough.fact) and rough.value >= 1000
        ):
            digits = max(_significant_digits(rough.value), _written_digits(rough.fact))
            if digits >= _significant_digits(exact.value):
                continue
            if same_value(_round_sig(exact.value, digits), rough.value) and abs(
                exact.value - rough.value
            ) <= 0.05 * abs(rough.value):
                return True
    return False
