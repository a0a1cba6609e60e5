"""A span said in two units ("four years and six months", "2 horas e 30 minutos") against
the same span said in the larger unit ("quatro anos e meio", "τεσσεράμισι χρόνια": 4.5
years): where the other side of the claim says that very value in the larger unit, the two
counts are one span. Nothing is merged otherwise, so no drift is hidden."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from checker.model import Fact, Sentence

Facts = list[tuple[Fact, Sentence]]

# a larger unit -> (the smaller unit said after it, how many of them make one)
_PARTS = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60)}
# between the two counts: the larger unit's word, then a comma or "and", "e", "και", "und"
# (one short word at most)
_JOIN = re.compile(r"\s*\w+[\s,]+(?:\w{1,4}\s+)?")


def spans_in_one_unit(ref: Facts, ver: Facts) -> tuple[Facts, Facts]:
    """Both sides' number facts, a span of two units made one where the other side says it."""
    return _merged(ref, ver), _merged(ver, ref)


def _merged(side: Facts, other: Facts) -> Facts:
    said = {(f.unit, f.value) for f, _ in other if isinstance(f.value, (int, float))}
    out = list(side)
    for (big, sentence), (small, small_sentence) in pairwise(side):
        part = _PARTS.get(big.unit or "")
        if (part is None or small.unit != part[0] or sentence is not small_sentence
                or not isinstance(big.value, int) or not isinstance(small.value, int)
                or not 0 < small.value < part[1] or small.start < big.end):
            continue
        if not _JOIN.fullmatch(sentence.text[big.end : small.start]):
            continue
        value = round(big.value + small.value / part[1], 6)
        if (big.unit, value) not in said:
            continue
        joined = replace(big, value=value, end=small.end,
                         text=sentence.text[big.start : small.end])
        out = [(joined, sentence) if f is big else (f, s) for f, s in out if f is not small]
    return out
