"""Decimals said in words ("two point five", "zwei Komma fünf", "um vírgula vinte e cinco"):
a whole number in words, the language's word for the decimal mark (`lex_attrs.DECIMAL_WORDS`)
and the decimals in words, read as one number."""

from __future__ import annotations

import re

from checker.facts.date_names import fold_accents
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import unit_symbol


def decimal_word_numbers(nums: list[Num], low: str, r: LangRules) -> list[Num]:
    """`nums` (in order) with each whole number, decimal word and decimals made one number.
    The decimals are one number ("Komma fünfundzwanzig": .25) or digits said one by one
    ("point two five", "Komma null fünf": .05)."""
    if r.decimal_words is None:
        return nums
    text = fold_accents(low) if r.lex.fold else low
    ones = _ones_before_decimals(nums, text, r)
    nums = sorted([*nums, *ones], key=lambda n: n.start)
    out: list[Num] = []
    k = 0
    while k < len(nums):
        whole = nums[k]
        tail = _decimals(nums, k, text, r) if _whole_in_words(whole) else []
        if not tail:
            if whole not in ones:
                out.append(whole)
            k += 1
            continue
        decimals, scale = _scaled(tail[-1], text, r)
        if whole in ones and scale == 1 and not _measured(tail[-1].end, text, r):
            k += 1  # "at one point five people left": a moment, then a count
            continue
        digits = "".join(str(int(n.value)) for n in tail[:-1]) + str(decimals)
        value = float(f"{int(whole.value)}.{digits}") * scale
        value = int(value) if scale > 1 and value.is_integer() else round(value, 9)
        out.append(Num(whole.start, tail[-1].end, value, "words", suffix=tail[-1].suffix))
        k += 1 + len(tail)
    return out


def _ones_before_decimals(nums: list[Num], text: str, r: LangRules) -> list[Num]:
    """The word for one right before the decimal word ("one point five", "um vírgula
    cinco"): alone it is no number (an article as often), before decimals it is the whole."""
    assert r.decimal_words is not None
    ends = {n.end for n in nums}
    out = []
    for n in nums:
        window = text[max(0, n.start - 40) : n.start]
        m = re.search(r"(?<!\w)([^\W\d_]+)(" + r.decimal_words.pattern + r")$", window)
        if m is None or r.lex.words.get(m.group(1)) != 1:
            continue
        start = n.start - len(window) + m.start(1)
        if start + len(m.group(1)) not in ends:
            out.append(Num(start, start + len(m.group(1)), 1, "words"))
    return out


def _measured(end: int, text: str, r: LangRules) -> bool:
    """A percent word or a unit symbol's name right after the decimals ("one point five
    percent", "one point five kilometres")."""
    after = text[end : end + 30]
    return (r.percent_after is not None and r.percent_after.match(after.lstrip()) is not None
            ) or unit_symbol(text, end, r) is not None


def _whole_in_words(n: Num) -> bool:
    return n.written == "words" and n.kind == "cardinal" and n.is_int and not n.suffix


def _decimals(nums: list[Num], k: int, text: str, r: LangRules) -> list[Num]:
    """The decimals after the whole number `nums[k]` and the decimal word, or none."""
    if k + 1 >= len(nums) or r.decimal_words is None:
        return []
    first = nums[k + 1]
    if not r.decimal_words.fullmatch(text[nums[k].end : first.start]):
        return []
    tail = [first]
    for n in nums[k + 2 :]:  # "point two five": digits said one by one
        one_digit = 0 <= tail[-1].value <= 9 and 0 <= n.value <= 9
        if not one_digit or text[tail[-1].end : n.start].strip():
            break
        tail.append(n)
    if not all(_whole_in_words(n) for n in tail) or (len(tail) > 1 and tail[0].value > 9):
        return []
    return tail


def _scaled(last: Num, text: str, r: LangRules) -> tuple[int, int]:
    """The decimals said by the last number and the scale word ending it ("point five
    million": 5 and a million), or the scale 1."""
    words = text[last.start : last.end].split()
    scale = r.lex.multipliers.get(words[-1], 1) if words else 1
    if scale >= 1000 and int(last.value) % scale == 0:
        return int(last.value) // scale, scale
    return int(last.value), 1
