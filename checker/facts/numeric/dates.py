"""Dates around month and weekday words, years and decades by context."""

from __future__ import annotations

import re

from checker.facts.numeric.pieces import Num, is_year_value
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import unit_after
from checker.model import Fact


def date_facts(text: str, low: str, nums: list[Num], date_words, r: LangRules) -> list[Fact]:
    """Day-month-year groups around month names; weekdays; years by context."""
    facts: list[Fact] = []
    free = [n for n in nums if not n.used and n.kind != "code"]

    def before(pos: int) -> Num | None:
        cands = [n for n in free if not n.used and n.end <= pos]
        return cands[-1] if cands else None

    def after(pos: int) -> Num | None:
        cands = [n for n in free if not n.used and n.start >= pos]
        return cands[0] if cands else None

    merged = []
    for dw in date_words:  # "فبراير/ شباط": one month written twice
        if (
            merged
            and merged[-1].what == dw.what == "month"
            and merged[-1].value == dw.value
            and re.match(r"^[\s/(\-]*$", low[merged[-1].end : dw.start])
        ):
            merged[-1] = merged[-1].extend(dw.end)
        else:
            merged.append(dw)
    for dw in merged:
        if dw.what == "weekday":
            if dw.needs_context and not re.match(r"^[\s,]*\d", low[dw.end : dw.end + 6]):
                continue
            facts.append(
                Fact("date", text[dw.start : dw.end], dw.value, dw.start, dw.end, kind="weekday")
            )
            continue
        if dw.what == "relative":
            facts.append(
                Fact("date", text[dw.start : dw.end], dw.value, dw.start, dw.end, kind="relative")
            )
            continue
        month = int(dw.value)
        start, end = dw.start, dw.end
        day = year = None
        prev = before(dw.start)
        if (
            prev
            and prev.is_int
            and 1 <= prev.value <= 31
            and not is_year_value(prev)
            and r.date_filler.match(low[prev.end + len(prev.suffix) : dw.start])
            and dw.start - prev.end <= 12
        ):
            day = int(prev.value)
            prev.used = True
            start = prev.start
            prev2 = before(prev.start)  # "1973. gada 26. aprīlis": a year before the day
            gap = low[prev2.end : prev.start].strip(" .,\u00a0\u202f") if prev2 else ""
            if prev2 and is_year_value(prev2) and (gap == "" or gap in r.year_marks):
                year = prev2.value
                prev2.used = True
                start = prev2.start
        if (
            prev
            and day is None
            and is_year_value(prev)
            and (
                (r.year_marks and low[prev.end : dw.start].strip(" .,\u00a0\u202f") in r.year_marks)
                or re.match(r"^\.?[\s,]{1,2}$", low[prev.end : dw.start])
            )
        ):
            year = prev.value  # 2022年2月, "1960. november 9."
            prev.used = True
            start = prev.start
        nxt = after(dw.end)
        if (
            nxt
            and day is None
            and not dw.inflected
            and nxt.is_int
            and 1 <= nxt.value <= 31
            and not is_year_value(nxt)
            and re.match(r"^[\s\u00a0]*(?:the\s+)?$", low[dw.end : nxt.start])
            and not re.match(r"^\s*[:%]", low[nxt.end : nxt.end + 2])
        ):
            day = int(nxt.value)
            nxt.used = True
            end = nxt.end + len(nxt.suffix)
            if r.day_marks and low[end : end + 1] in r.day_marks:
                end += 1
            nxt = after(end)
        if (
            nxt
            and year is None
            and is_year_value(nxt)
            and r.date_filler.match(low[end : nxt.start])
            and nxt.start - end <= 16
        ):
            year = nxt.value
            nxt.used = True
            end = nxt.end
            if r.year_after is not None:
                ya = r.year_after.match(low[end + len(nxt.suffix) : end + len(nxt.suffix) + 20])
                if ya:
                    end = end + len(nxt.suffix) + ya.end()
        if dw.needs_context and not (year or day):
            continue  # "May" the verb, "mar" the abbreviation: a month only beside a day or year
        if year and day:
            value = f"{year:04d}-{month:02d}-{day:02d}"
        elif year:
            value = f"{year:04d}-{month:02d}"
        elif day:
            value = f"--{month:02d}-{day:02d}"
        else:
            value = f"--{month:02d}"
        kind = "date" if day else "month"
        facts.append(Fact("date", text[start:end].strip(), value, start, end, kind=kind))
    # numeric dates: 24.02.2022, 2022-02-24, 24/02/2022
    for n in free:
        if n.used or not is_year_value(n):
            if not n.used and is_decade(low, n, r):
                n.used = True
                facts.append(
                    Fact(
                        "date",
                        text[n.start : n.end + len(n.suffix)],
                        f"19{int(n.value):02d}",
                        n.start,
                        n.end + len(n.suffix),
                        kind="decade",
                    )
                )
            continue
        year_ctx = False
        window_before = low[max(0, n.start - 25) : n.start]
        window_after = low[n.end : n.end + 25]
        if r.year_before is not None and r.year_before.search(window_before):
            year_ctx = True
        suffix_after = low[n.end + len(n.suffix) : n.end + len(n.suffix) + 25]
        if r.year_after is not None and (
            r.year_after.match(window_after.lstrip("."))
            or r.year_after.match(suffix_after)
            or (n.suffix and r.year_after.match(n.suffix.lstrip("'-")))
        ):
            year_ctx = True
        if r.year_marks and window_after[:1] in r.year_marks:
            year_ctx = True
        if not year_ctx:
            # a bare four-digit number with no counted thing, percent or multiplier after it
            if unit_after(low, n, r) or (r.percent_after and r.percent_after.match(window_after)):
                continue
            if r.qualifier_before is not None and r.qualifier_before.search(window_before):
                continue
            if re.match(r"^\s*[-\u2013]\s*\d", window_after) and not re.match(
                r"^\s*[-\u2013]\s*\d{4}", window_after
            ):
                continue
        n.used = True
        decade = n.suffix.lstrip("'-").lower() in ("s", "er", "ern", "erjahre", "ies", "x")
        facts.append(
            Fact(
                "date",
                text[n.start : n.end + len(n.suffix)],
                f"{n.value:04d}",
                n.start,
                n.end + len(n.suffix),
                kind="decade" if decade else "year",
            )
        )
    return facts


def is_decade(low: str, n: Num, r: LangRules) -> bool:
    """ "the 70s", "années 70", "70er", "70-х": a two-digit decade of the 1900s."""
    if not (
        n.written == "digits"
        and n.raw.isdigit()
        and len(n.raw) == 2
        and n.value % 10 == 0
        and n.value >= 20
    ):
        return False
    if n.suffix.lstrip("'-").lower() in r.decade_suffixes:
        return True
    if r.decade_before is None:
        return False
    window = low[max(0, n.start - 30) : n.start]
    if r.decade_before.search(window):
        return True
    # "années 70 et 80": a second decade joined to the first
    chained = re.search(r"(\d0)\s+\w{1,3}\s+$", window)
    return bool(chained) and bool(r.decade_before.search(window[: chained.start()]))
