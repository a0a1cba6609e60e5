"""Every number of a sentence, in digits, words or numeral characters, before it is read
as a count, a date or a time."""

from __future__ import annotations

import re

from checker.facts.digits import parse_digits
from checker.facts.numeric.cjk import cjk_numbers
from checker.facts.numeric.patterns import CODE_BEFORE, SUFFIX
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import LangRules
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
        code = CODE_BEFORE.search(norm, max(0, m.start() - 2), m.start()) and not (
            month_next and masked[m.end() + month_next.end()]
        )
        suffix = SUFFIX.match(norm, m.end())
        nums.append(
            Num(
                m.start(),
                m.end(),
                value,
                "digits",
                raw=raw,
                suffix=suffix.group(0) if suffix and not r.spaceless else "",
                kind="code" if code else "cardinal",
            )
        )
    if r.spaceless and r.cjk_run is not None:
        nums = cjk_numbers(norm, r, masked, nums)
    else:
        nums = word_numbers(low, r, masked, nums)
    return sorted(nums, key=lambda n: n.start)
