"""Clock times: "14:30", "14.30 Uhr", "14h30", "12 h GMT", "1200 GMT", "15时50分"."""

from __future__ import annotations

import re

from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import TIME_ZONES, LangRules
from checker.model import Fact


def time_facts(norm: str, low: str, nums: list[Num], r: LangRules) -> list[Fact]:
    """Clock times: 14:30, 14.30 Uhr, 14h30, 12 h GMT, 1200 GMT, 15时50分."""
    facts: list[Fact] = []
    by_start = {n.start: n for n in nums if n.written == "digits"}
    ordered = sorted(by_start.values(), key=lambda n: n.start)
    for idx, n in enumerate(ordered):
        if n.used:
            continue
        raw = n.raw
        hour = minute = None
        end = n.end
        after = low[n.end : n.end + 30]
        m = re.match(r"^(\d{1,2})[:.](\d{2})$", raw)
        colon = (
            re.match(r"^:(\d{2})(?!\d)", norm[n.end : n.end + 4])
            if raw.isdigit() and len(raw) <= 2
            else None
        )
        if colon:
            hour, minute = int(raw), int(colon.group(1))
            end = n.end + colon.end()
            if idx + 1 < len(ordered) and ordered[idx + 1].start < end:
                ordered[idx + 1].used = True
        elif m and r.time_after is not None and r.time_after.match(after):
            hour, minute = int(m.group(1)), int(m.group(2))
            end = n.end + r.time_after.match(after).end()
        elif (
            m
            and r.time_before is not None
            and r.time_before.search(low[max(0, n.start - 15) : n.start])
        ):
            hour, minute = int(m.group(1)), int(m.group(2))  # "saat 10.00", "alle 10.30"
            end = n.end + len(n.suffix)
        elif (
            re.match(r"^\d{4}$", raw)
            and r.time_after is not None
            and r.time_after.match(after)
            and any(low[n.end :].lstrip().startswith(z) for z in TIME_ZONES)
        ):
            hour, minute = int(raw[:2]), int(raw[2:])
        elif re.match(r"^\d{1,2}$", raw):
            hm = re.match(r"^\s?h\s?(\d{2})?(?!\w)", low[n.end : n.end + 8])
            if hm and (
                hm.group(1)
                or any(low[n.end + hm.end() :].lstrip().startswith(z) for z in TIME_ZONES)
            ):
                hour, minute = int(raw), int(hm.group(1) or 0)
                end = n.end + hm.end()
                if hm.group(1) and idx + 1 < len(ordered) and ordered[idx + 1].start < end:
                    ordered[idx + 1].used = True
            elif r.hour_marks and norm[n.end : n.end + 1] in r.hour_marks:
                hour, minute = int(raw), 0
                end = n.end + 1
                nxt = ordered[idx + 1] if idx + 1 < len(ordered) else None
                if nxt and nxt.start == end and norm[nxt.end : nxt.end + 1] in r.minute_marks:
                    minute = int(nxt.value)
                    nxt.used = True
                    end = nxt.end + 1
                elif norm[end : end + 1] in r.half_marks:
                    minute = 30
                    end += 1
            elif (
                r.time_after is not None
                and r.time_after.match(after)
                and not any(after.lstrip().startswith(z) for z in TIME_ZONES)
            ):
                hour, minute = int(raw), 0
                end = n.end + r.time_after.match(after).end()
        if hour is None or minute is None or hour > 24 or minute > 59:
            continue
        if r.pm_words is not None and hour < 12:
            # "3 p.m.": the time-after branch may already have stepped over the pm word
            pm = r.pm_words.match(low[end : end + 10]) or r.pm_words.match(low[n.end : n.end + 10])
            if pm:
                hour += 12
        if (  # "午後4時": the afternoon word comes first
            r.pm_before is not None
            and hour < 12
            and r.pm_before.search(low[max(0, n.start - 6) : n.start])
        ):
            hour += 12
        n.used = True
        facts.append(
            Fact(
                "date",
                norm[n.start : end].strip(),
                f"T{hour:02d}:{minute:02d}",
                n.start,
                end,
                kind="time",
            )
        )
    return facts
