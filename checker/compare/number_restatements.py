"""A reference figure that only says another figure of its sentence again, in brackets and
in another currency ("$2bn (£1.6bn)"): a translator often drops the bracket, and no rate
of exchange tells whether it was right, so its absence is no drift of the claim."""

from __future__ import annotations

import re
from typing import Protocol

from checker.facts.numeric.units import CURRENCY_SIGNS
from checker.model import Fact, Sentence

_CURRENCIES = frozenset(CURRENCY_SIGNS.values())
# between the figure and its restatement: an opening bracket, perhaps a sign or "about"
_OPENING = re.compile(r"\s*\(\s*(?:about|around|c\.|~)?\s*\S{0,3}\s*$")


class _Atom(Protocol):
    fact: Fact
    sentence: Sentence


def restated_in_brackets(atom: _Atom, answered: list[_Atom]) -> bool:
    """Whether `atom` stands in brackets right after a figure of `answered` (reference
    figures the version answers) in another currency."""
    unit = atom.fact.unit
    if unit not in _CURRENCIES:
        return False
    for other in answered:
        first = other.fact
        if (other.sentence is atom.sentence and first.unit in _CURRENCIES and first.unit != unit
                and first.end <= atom.fact.start
                and _OPENING.fullmatch(atom.sentence.text[first.end : atom.fact.start])):
            return True
    return False
