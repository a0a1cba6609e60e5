"""A unit of time said with no count, then "and" and a count of a smaller unit: "minutu i
pet sekundi" (a minute and five seconds), "sat i 20 minuta" (an hour and 20 minutes). A
language without an indefinite article leaves the "one" unsaid; the smaller count after
the connector shows that the noun is a measure of one, as "1 minute 5 seconds" says."""

from __future__ import annotations

import re

from checker.facts.numeric.numbers import says_one
from checker.facts.numeric.rules import LangRules
from checker.model import Fact

# units of time from the shortest; a count of a smaller unit after "and" makes the bare
# larger unit before it one
_TIME_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")
_WORD = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _time_unit(noun: str, r: LangRules) -> str | None:
    unit = next((key for stem, key in r.units
                 if noun.startswith(stem) and (len(stem) > 2 or noun == stem)), None)
    return unit if unit in _TIME_ORDER else None


def unsaid_one_facts(text: str, low: str, r: LangRules, facts: list[Fact]) -> list[Fact]:
    """One of each bare unit of time right before a connector and a count of a smaller
    unit of time (the connector alone between them)."""
    if not r.lex.connectors:
        return []
    counts = {f.start: f for f in facts if f.category == "number" and f.unit in _TIME_ORDER}
    if not counts:
        return []
    out = []
    for m in _WORD.finditer(low):
        unit = _time_unit(m.group(0), r)
        if unit is None or any(f.start < m.end() and m.start() < f.end for f in facts):
            continue
        before = _WORD_BEFORE.search(low, 0, m.start())
        if before is not None and not says_one(before.group(1), r) and (
                before.group(1) in r.lex.words or before.group(1) in r.lex.multipliers
                or before.group(1) in r.vague_quantities
                or any(c.isdigit() for c in before.group(1))):
            continue  # a count before the noun ("20", "several"): read with it, or no one
        after = re.match(r"\s+(\S+)\s+", low[m.end():])
        if after is None or after.group(1) not in r.lex.connectors:
            continue
        count = counts.get(m.end() + after.end())
        if count is None or _TIME_ORDER.index(count.unit) >= _TIME_ORDER.index(unit):
            continue
        out.append(Fact("number", text[m.start() : m.end()], 1, m.start(), m.end(), unit=unit,
                        kind="cardinal"))
    return out
