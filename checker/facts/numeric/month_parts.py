"""Which part of a month a sentence names: "early October", "krajem septembra", "Eylül
sonunda", "10月底". The language's words right before a month (`dates.MONTH_PARTS_BEFORE`)
or right after it (`dates.MONTH_PARTS_AFTER`) give one of "early", "mid", "late"; a month
with a day has no part. Compared only against a part on the other side (`compare.dates`)."""

from __future__ import annotations

import re

from checker.facts.numeric.rules import LangRules
from checker.model import Fact

_MONTH_ONLY = re.compile(r"(?:\d{4}-|--)\d{2}")  # "2018-09", "--09": a month, no day
_WINDOW = 30  # characters searched beside the month for its part


def month_part_facts(text: str, low: str, facts: list[Fact], r: LangRules) -> list[Fact]:
    """A "month_part" fact ("early", "mid", "late") for each month said with its part."""
    if r.month_part_before is None and r.month_part_after is None:
        return []
    out = []
    for fact in facts:
        if fact.category != "date" or not _MONTH_ONLY.fullmatch(str(fact.value)):
            continue
        found = None
        if r.month_part_before is not None:
            window_start = max(0, fact.start - _WINDOW)
            window = low[window_start : fact.start].rstrip("-")  # "mid-June"
            m = r.month_part_before.search(window)
            if m is not None:
                found = (window_start + m.start(1), window_start + m.end(1), m.group(1))
        if found is None and r.month_part_after is not None:
            m = r.month_part_after.match(low[fact.end : fact.end + _WINDOW])
            if m is not None:
                found = (fact.end + m.start(1), fact.end + m.end(1), m.group(1))
        if found is not None:
            start, end, word = found
            part = r.month_parts.get(" ".join(word.split()))
            if part is not None:
                out.append(Fact("date", text[start:end], part, start, end, kind="month_part"))
    return out
