"""A share said as a count out of a count ("dois em cada três": `checker.facts.numeric.
shares`) against one said as a fraction ("two thirds") or a percentage ("one in five"
against "20 %"): where the other side of the claim says one, the share is its fraction;
elsewhere it stays its two counts, as a language that reads no such share gives them ("üç
kişiden ikisi")."""

from __future__ import annotations

from dataclasses import replace

from checker.facts.numeric.shares import ONE_IN
from checker.model import Fact, Sentence

Facts = list[tuple[Fact, Sentence]]


def shares_against_fractions(ref: Facts, ver: Facts) -> tuple[Facts, Facts]:
    """Both sides' number facts, each share made its fraction where the other side has one."""
    return _as_fractions(ref, ver), _as_fractions(ver, ref)


def _as_fractions(side: Facts, other: Facts) -> Facts:
    """`side` with its shares made fractions where `other` says a fraction, or a percentage
    that `side` does not say too (that percentage is then how `other` gives the share: "one
    in five" against "20 %")."""
    own_percents = {f.value for f, _ in side if f.kind == "percent"}
    by_percent = any(f.kind == "percent" and f.value not in own_percents for f, _ in other)
    if not by_percent and not any(f.kind == "fraction" for f, _ in other):
        return side
    counts = {f.value for f, _ in other if f.kind == "cardinal"}
    out = []
    for fact, sentence in side:
        if fact.kind == "share" and isinstance(fact.value, tuple) and len(fact.value) == 2:
            if fact.value[0] in counts:  # the other side says the part as a count: not a share
                out.append((fact, sentence))
                continue
            part, whole = fact.value
            fact = replace(fact, value=round(part / whole, 6), kind="fraction")
        elif fact.kind == ONE_IN and isinstance(fact.value, int) and fact.value > 1:
            fact = replace(fact, value=round(1 / fact.value, 6), kind="fraction")
        out.append((fact, sentence))
    return out
