"""A share said as a count out of a count ("dois em cada três": `checker.facts.numeric.
shares`) against one said as a fraction ("two thirds"): where the other side of the claim
says a fraction, the share is its fraction; elsewhere it stays its two counts, as a language
that reads no such share gives them ("üç kişiden ikisi")."""

from __future__ import annotations

from dataclasses import replace

from checker.model import Fact, Sentence

Facts = list[tuple[Fact, Sentence]]


def shares_against_fractions(ref: Facts, ver: Facts) -> tuple[Facts, Facts]:
    """Both sides' number facts, each share made its fraction where the other side has one."""
    return _as_fractions(ref, ver), _as_fractions(ver, ref)


def _as_fractions(side: Facts, other: Facts) -> Facts:
    if not any(f.kind == "fraction" for f, _ in other):
        return side
    out = []
    for fact, sentence in side:
        if fact.kind == "share" and isinstance(fact.value, tuple) and len(fact.value) == 2:
            part, whole = fact.value
            fact = replace(fact, value=round(part / whole, 6), kind="fraction")
        out.append((fact, sentence))
    return out
