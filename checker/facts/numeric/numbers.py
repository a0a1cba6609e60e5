"""Number facts: counts, ordinals, percentages, ranges, scores, with their unit and
qualifier."""

from __future__ import annotations

import re

from checker.facts.numeric.pieces import Num
from checker.facts.numeric.roman import ROMAN_NEXT, roman_value
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import CURRENCY_SIGNS, unit_after, unit_before
from checker.model import Fact


def number_facts(text: str, norm: str, low: str, nums: list[Num], r: LangRules) -> list[Fact]:
    facts: list[Fact] = []
    free = [n for n in nums if not n.used and not n.weak]
    skip_next = False
    for idx, n in enumerate(free):
        if skip_next:
            skip_next = False
            continue
        start, end = n.start, n.end + len(n.suffix)
        kind = n.kind
        value: int | float | tuple = n.value
        suffix = n.suffix.lstrip("'-").lower()
        unit = None
        # ordinals: 20th, 20., 20-nci, 第20
        if n.kind == "code":
            facts.append(Fact("number", text[n.start : n.end], value, n.start, n.end, kind="code"))
            continue
        if n.written == "digits":
            if (
                (suffix and suffix in r.ordinal_suffixes)
                or (
                    not suffix
                    and r.ordinal_dot
                    and re.match(r"^\.[\s\u00a0]*(?:[^\W\d_]|\+)", norm[n.end : n.end + 4])
                )
                or (
                    r.ordinal_before is not None
                    and r.ordinal_before.search(low[max(0, start - 6) : start])
                )
            ):
                kind = "ordinal"
            elif isinstance(value, float):
                kind = "decimal"
        # percent
        after = low[end : end + 25]
        pct = r.percent_after.match(after) if r.percent_after else None
        if pct:
            kind = "percent"
            unit = "percent"
            end = end + pct.end()
        elif r.percent_before is not None and r.percent_before.search(
            low[max(0, start - 15) : start]
        ):
            kind = "percent"
            unit = "percent"
            start = start - len(r.percent_before.search(low[max(0, start - 15) : start]).group(0))
        # ranges: 30-60, 30 to 60, od 30 do 60
        nxt = free[idx + 1] if idx + 1 < len(free) else None
        if (
            nxt is not None
            and kind in ("cardinal", "decimal", "percent")
            and nxt.kind == "cardinal"
            and r.range_between is not None
            and r.range_between.match(low[n.end + len(n.suffix) : nxt.start])
            and nxt.start - end < 12
        ):
            gap = low[n.end + len(n.suffix) : nxt.start]
            is_dash = gap.strip() in ("-", "\u2013", "\u2014", "~")
            if not (
                is_dash
                and n.written == "digits"
                and nxt.written == "digits"
                and re.match(r"^\d{4}$", n.raw)
                and re.match(r"^\d{2}$", nxt.raw)
            ):
                value = (n.value, nxt.value)
                kind = "range" if kind != "percent" else "percent"
                end = nxt.end + len(nxt.suffix)
                pct2 = r.percent_after.match(low[end : end + 25]) if r.percent_after else None
                if pct2:
                    kind, unit = "percent", "percent"
                    end += pct2.end()
                skip_next = True
        elif (
            nxt is not None
            and n.written == "digits"
            and nxt.written == "digits"
            and re.match(r"^:$", norm[n.end : nxt.start])
            and isinstance(n.value, int)
        ):
            value = (n.value, nxt.value)  # a score 2:0 that is no clock time
            kind = "score"
            end = nxt.end
            skip_next = True
        # roman numeral centuries ("XIXe siècle", "siglo XV") are found below
        if unit is None:
            if r.unit_before:
                # the word right after wins ("30 asker"), then the one right before
                # ("askerlerden 30'u"), then a word further on
                unit = unit_after(low, n, r, words=1, counters=False)
                unit = unit or unit_before(low, n.start, r) or unit_after(low, n, r)
            else:
                unit = unit_after(low, n, r)
            if unit is None:
                for sign, key in CURRENCY_SIGNS.items():
                    if norm[max(0, start - 4) : start].rstrip().endswith(sign.lower()) or norm[
                        max(0, start - 4) : start
                    ].rstrip().endswith(sign):
                        unit = key
                        break
            if unit is None and n.ordinal_word is False:
                sign = norm[end : end + 3].strip()[:1]
                if sign in CURRENCY_SIGNS:
                    unit = CURRENCY_SIGNS[sign]
        qualifier = None
        if r.qualifier_before is not None:
            qm = r.qualifier_before.search(low[max(0, start - 30) : start])
            if qm:
                qualifier = r.qualifier_before_keys.get(re.sub(r"\s+", " ", qm.group(1)))
                start = start - (len(low[max(0, start - 30) : start]) - qm.start(1))
        if qualifier is None and r.qualifier_after is not None:
            tail = low[end : end + 40]
            qm = r.qualifier_after.match(tail)
            if qm is None and not r.spaceless:
                skip = re.match(r"^\s*[^\W\d_]+", tail)
                if skip:
                    qm2 = r.qualifier_after.match(tail[skip.end() :])
                    if qm2:
                        qualifier = r.qualifier_after_keys.get(re.sub(r"\s+", " ", qm2.group(1)))
            elif qm is not None:
                qualifier = r.qualifier_after_keys.get(re.sub(r"\s+", " ", qm.group(1)))
                if r.spaceless:
                    end = end + qm.end()
        facts.append(
            Fact(
                "number",
                text[start:end].strip(),
                value,
                start,
                end,
                qualifier=qualifier,
                unit=unit,
                kind=kind,
            )
        )
    if r.century_words is not None:
        for m in re.finditer(r"(?<![\w])([IVXLivxl]{1,6})(?:e|er|ème|º|-?й|-?го)?(?![\w])", text):
            value = roman_value(m.group(1))
            if value is None or not m.group(1).isupper():
                continue
            if (
                r.century_before is not None
                and r.century_before.search(low[max(0, m.start() - 12) : m.start()])
            ) or r.century_words.match(ROMAN_NEXT.sub("", low[m.end() : m.end() + 24], count=1)):
                facts.append(
                    Fact(
                        "number",
                        m.group(0),
                        value,
                        m.start(),
                        m.end(),
                        kind="ordinal",
                        unit="century",
                    )
                )
    return facts
