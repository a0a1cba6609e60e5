"""Shares said as a count out of a count: "two in three", "dois em cada três", "δύο στους
τρεις" (`lex_attrs.SHARE_BETWEEN`) are one fact of kind "share" with both counts as its
value, (2, 3): they compare as the two counts, and as the fraction 2/3 with a side that
says "two thirds" (`checker.compare.shares`).
One out of a count ("one in five", "un sur cinq") is read as its count, five, as every
language reads it today ("her beş çocuktan biri"): "every fifth" as German and Russian say
it ("jeder Fünfte": `lex_attrs.SHARE_EVERY`) is that count too, not the ordinal. Its kind
is "one_in": against a side that says the share as a percentage ("20 %"), it is 1/5."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from checker.facts.date_names import fold_accents
from checker.facts.numeric.rules import LangRules
from checker.model import Fact

ONE_IN = "one_in"  # the kind of "one in five": its count, five, or the share 1/5


def share_facts(text: str, low: str, r: LangRules, facts: list[Fact]) -> list[Fact]:
    """`facts` with each count out of a larger count made one share, and each ordinal
    after "every" the count it is one of; each in the place of its larger count."""
    if not r.share_between and not r.share_every:
        return facts
    out = list(facts)
    for whole in facts:
        if whole.category != "number" or not isinstance(whole.value, int) or whole.value < 2:
            continue
        if whole.kind == "ordinal":
            share = _every_ordinal(low, r, whole)
        elif whole.kind == "cardinal":
            share = _count_out_of(low, r, out, whole) or _one_after(low, r, whole)
        else:
            continue
        if share is None:
            continue
        part, start = share
        if part is None:  # one out of five: the count five, as "one in five" is read
            made = replace(whole, text=text[start : whole.end], start=start, kind=ONE_IN)
        else:
            made = replace(whole, text=text[start : whole.end], value=(part.value, whole.value),
                           start=start, kind="share", unit=None, qualifier=part.qualifier)
        out = [made if f is whole else f for f in out if f is not part]
    return out


def _count_out_of(low: str, r: LangRules, facts: list[Fact], whole: Fact
                  ) -> tuple[Fact | None, int] | None:
    """(the count of the part, where the share starts) of a share ending in `whole`
    ("dois em cada três"), (None, where it starts) for one out of `whole` ("one in five"),
    or None. The part stands right before the share word ("deux sur trois"; "two people in
    three countries" is no share)."""
    if r.share_between is None:  # a language with "every" words only
        return None
    between = r.share_between.search(low, max(0, whole.start - 40), whole.start)
    if between is None:
        return None
    for part in facts:
        if (part.category == "number" and part.kind == "cardinal" and part.end <= between.start()
                and isinstance(part.value, int) and 1 < part.value < whole.value
                and not low[part.end : between.start()].strip()):
            return part, part.start
    # "one in five", "un élève sur cinq": one, and at most the word for what is counted
    before = low[max(0, between.start() - 40) : between.start()]
    for one in (re.search(r"(\w+)\s+$", before), re.search(r"(\w+)\s+\w+\s+$", before)):
        if one is not None and r.lex.words.get(_folded(one.group(1), r)) == 1:
            return None, between.start() - len(one.group(0))
    return None


def _one_after(low: str, r: LangRules, whole: Fact) -> tuple[None, int] | None:
    """("beş kişiden biri": one in five) "one of them" after the count, or None; an
    "every" word before the count starts the share ("her beş kişiden biri")."""
    if r.share_one_after is None or r.share_one_after.match(low, whole.end) is None:
        return None
    every = r.share_every.search(low, max(0, whole.start - 16), whole.start) if (
        r.share_every is not None) else None
    return None, whole.start if every is None else every.start()


def _folded(word: str, r: LangRules) -> str:
    """`word` as the number words are kept: without accents where they are optional."""
    return fold_accents(word) if r.lex.fold else word


def _every_ordinal(low: str, r: LangRules, whole: Fact) -> tuple[None, int] | None:
    """("jeder Fünfte": one in five) the "every" word right before an ordinal, or None."""
    if r.share_every is None:
        return None
    every = r.share_every.search(low, max(0, whole.start - 16), whole.start)
    return None if every is None else (None, every.start())


def infix_fractions(text: str, low: str, r: LangRules, facts: list[Fact]) -> list[Fact]:
    """`facts` with each denominator, fraction mark and numerator written with spaces
    between words ("3분의 1", one third: `lex_attrs.FRACTION_INFIXES` glued to the
    denominator, a space before the numerator) made one fraction, in their place. The
    numerator must be the smaller: "3분의" alone is three minutes'."""
    if not r.fraction_infixes:
        return facts
    counts = sorted((f for f in facts if f.category == "number" and f.kind == "cardinal"
                     and isinstance(f.value, int)), key=lambda f: f.start)
    out = list(facts)
    for below, above in pairwise(counts):
        gap = low[below.end : above.start]
        if gap.rstrip() not in r.fraction_infixes or not 0 < above.value < below.value:
            continue
        value = round(above.value / below.value, 6)
        made = replace(below, text=text[below.start : above.end], value=value, end=above.end,
                       kind="fraction")
        out = [made if f is below else f for f in out if f is not above]
    return out
