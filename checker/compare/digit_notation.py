"""One figure in two digit notations, so that neither is a number finding: a phone number
or a figure grouped with spaces is one number on one side and several on the other ("118 542"
against "118542", "0800 246 813"), and a lone mark before three digits may be a group mark
or a decimal one ("10,000" written with English marks in a language whose decimal mark is the
comma).
"""

from __future__ import annotations

import re

from checker.compare.number_atoms import Atom, same_value
from checker.model import Fact, Sentence

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_LONE_MARK = re.compile(r"\d{1,3}[.,]\d{3}")


def _digits_only(fact: Fact) -> str | None:
    """The digits of a fact written only in digits and spaces ("246 813"), else None."""
    text = _SPACES.sub("", fact.text)
    return text if text.isdigit() else None


def _digit_runs(atoms: list[Atom]) -> list[tuple[str, list[Atom]]]:
    """Digit-only numbers that follow each other with one space between ("0800 246 813" read
    as three numbers): every run of two or more, as (its digits, its atoms)."""
    facts: list[tuple[Fact, Sentence]] = []
    for atom in atoms:
        if not facts or facts[-1][0] is not atom.fact:
            facts.append((atom.fact, atom.sentence))
    runs: list[tuple[str, list[Atom]]] = []
    for i in range(len(facts)):
        digits = _digits_only(facts[i][0])
        for j in range(i + 1, len(facts)):
            (before, sentence), (fact, same) = facts[j - 1], facts[j]
            part = _digits_only(fact)
            gap = sentence.text[before.end : fact.start]
            if digits is None or part is None or same is not sentence or not _SPACES.fullmatch(gap):
                break
            digits += part
            members = {id(f) for f, _ in facts[i : j + 1]}
            runs.append((digits, [a for a in atoms if id(a.fact) in members]))
    return runs


def grouped_alike(ref_atoms: list[Atom], ver_atoms: list[Atom]) -> tuple[list[Atom], list[Atom]]:
    """A phone number or a figure grouped with spaces is one number on one side and several on
    the other ("118 542" against "118542", "85 000" against "85.000"): both readings are the
    same digits, so neither is a finding. Returns both sides without them."""
    for runs_side, whole_side in ((ref_atoms, ver_atoms), (ver_atoms, ref_atoms)):
        for digits, members in sorted(_digit_runs(runs_side), key=lambda r: -len(r[1])):
            whole = next((a for a in whole_side if _digits_only(a.fact) == digits
                          or same_value(a.value, float(digits))), None)
            if whole is None or any(m not in runs_side for m in members):
                continue
            for member in members:
                runs_side.remove(member)
            whole_side[:] = [a for a in whole_side if a.fact is not whole.fact]
    return ref_atoms, ver_atoms


def _other_readings(atom: Atom) -> tuple[float, ...]:
    """The value with its one mark read the other way, where three digits follow the mark
    ("10,000" is 10 where the comma is the decimal mark, yet translators write English
    figures): a group mark for a decimal one, or the reverse. Three digits ending in 0 are
    no decimals ("5.000 millones" is 5 billion: a figure is not written with a trailing
    zero), so there only the group reading stays."""
    marks = re.findall(r"\d[\d.,]*\d", atom.fact.text)
    if len(marks) != 1 or not _LONE_MARK.fullmatch(marks[0]):
        return ()
    if marks[0].endswith("0"):
        return (atom.value * 1000,)
    return (atom.value * 1000, atom.value / 1000)


def read_alike(a: Atom, b: Atom) -> bool:
    return any(same_value(x, b.value) for x in _other_readings(a)) or any(
        same_value(x, a.value) for x in _other_readings(b)
    )
