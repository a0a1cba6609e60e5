"""Every number of a sentence, in digits, words or numeral characters, before it is read
as a count, a date or a time."""

from __future__ import annotations

import re

from checker.facts.digits import parse_digits
from checker.facts.numeric.cjk import cjk_numbers
from checker.facts.numeric.patterns import CODE_BEFORE, SUFFIX
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import CURRENCY_SIGNS
from checker.facts.numeric.words import word_numbers


def find_numbers(norm: str, low: str, r: LangRules, masked: list[bool], lang: str) -> list[Num]:
    """Every number outside the masked spans (date words, numeric dates), in order."""
    nums: list[Num] = []
    for m in r.digits.finditer(norm):
        if masked[m.start()]:
            # digits inside a date word ("2月"): keep them for the date, not as a count
            continue
        raw = m.group(1)
        value = parse_digits(raw, lang)
        if value is None:
            continue
        month_next = re.match(r"[ \u00a0]{1,2}", norm[m.end() : m.end() + 2])
        # Covid-19, F-16, iPhone6: part of a name, not a count ("après-11 septembre" is
        # a day: a month follows)
        after_space = m.end() + month_next.end() if month_next else len(masked)
        code = CODE_BEFORE.search(norm, max(0, m.start() - 2), m.start()) and not (
            after_space < len(masked) and masked[after_space]
        )
        suffix = SUFFIX.match(norm, m.end())
        glued = suffix.group(0) if suffix and not r.spaceless else ""
        end = m.end()
        scale = _glued_scale(glued, norm, m.start(), r) if not code else None
        if scale is not None:  # "103bn", "$5m": the scale is part of the number
            value, end, glued = _scaled(value, scale), end + len(glued), ""
        nums.append(
            Num(
                m.start(),
                end,
                value,
                "digits",
                raw=raw,
                suffix=glued,
                kind="code" if code else "cardinal",
            )
        )
    if r.spaceless and r.cjk_run is not None:
        nums = cjk_numbers(norm, r, masked, nums)
    else:
        nums = word_numbers(low, r, masked, nums)
    return sorted(nums, key=lambda n: n.start)


def _glued_scale(suffix: str, norm: str, start: int, r: LangRules) -> int | None:
    """The scale of letters glued to digits: a scale word of the language ("2.8bn", "5mln"),
    or after a currency sign any CLDR short compact form ("$5m", "€3M")."""
    word = suffix.lower()
    if not word:
        return None
    if word in r.lex.multipliers and len(word) > 1:
        return r.lex.multipliers[word]
    head = norm[max(0, start - 4) : start].rstrip()
    if word in r.lex.compact and head and any(head.endswith(s) for s in CURRENCY_SIGNS):
        return r.lex.compact[word]
    return None


def _scaled(value: int | float, scale: int) -> int | float:
    """2.8 x 10^9 as the integer 2800000000 (no float noise)."""
    scaled = round(value * scale, 6)
    return int(scaled) if float(scaled).is_integer() else scaled
