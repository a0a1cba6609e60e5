"""Years and decades said by a number's context, not by a month word beside it: "in 2022",
"2022-ben", "the 1990s", "the '70s"."""

from __future__ import annotations

import re

from checker.facts.numeric.decade_ordinals import ordinal_not_decade
from checker.facts.numeric.pieces import BARE_YEAR, Num, is_year_value
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import CURRENCY_SIGNS, unit_after
from checker.model import Fact

# money and measures (`lex_attrs.UNITS` keys): a four-digit number before one is an amount,
# never a year, whatever word stands before it ("bis 2000 Euro"); a count of people or a
# span of time may still be a year ("In 2019 people voted", "seit 2000 Jahren"). The money
# is every currency a sign names (`CURRENCY_SIGNS`) and those named by words only.
_AMOUNT_UNITS = frozenset({
    *CURRENCY_SIGNS.values(), "dollar", "euro", "pound", "ruble", "yuan", "yen", "lira", "dinar",
    "real", "rupee", "hryvnia", "km", "m", "cm", "kg", "ton", "mile", "foot", "inch", "liter",
    "dunam", "percent",
})

_DECADE_SUFFIXES = ("s", "er", "ern", "erjahre", "ies", "x")


def year_or_decade(n: Num, text: str, low: str, r: LangRules) -> Fact | None:
    """A number not read as part of a date: a year by context ("in 2022", "2022-ben"), a
    decade ("the 1990s", "the 70s"), or None."""
    if not is_year_value(n):
        if not is_decade(low, n, r):
            return _apostrophe_year(n, text, low, r)
        return Fact(
            "date",
            text[n.start : n.end + len(n.suffix)],
            f"19{int(n.value):02d}",
            n.start,
            n.end + len(n.suffix),
            kind="decade",
        )
    if low[n.end : n.end + 3].lstrip(" \u00a0\u202f")[:1] in CURRENCY_SIGNS:
        return None  # "2000 $", "2000€": an amount, whatever the word before
    if low[max(0, n.start - 3) : n.start].rstrip(" \u00a0\u202f")[-1:] in CURRENCY_SIGNS:
        return None  # "$2000", "US$1200": an amount too
    suffix = n.suffix.lstrip("'-").lower()
    # "1980er-Jahre"; a year not ending in 0 is none ("2018-e": in 2018, the case ending)
    decade = (suffix in _DECADE_SUFFIXES or (
        suffix in r.decade_suffixes
        and not ordinal_not_decade(n.suffix, n.end + len(n.suffix), low, r))
              or _decade_word_after(n, low, r)) and n.value % 10 == 0
    if not decade and not _year_mark_dotted(n, low, r) and unit_after(low, n, r) in _AMOUNT_UNITS:
        return None  # "bis 2000 Euro", "a fee of 1500 euros": an amount, whatever the word before
    by_context = _year_context(n, low, r)
    counted = not decade and _count_context(n, low, r)
    if not by_context and counted:
        return None  # a count; "1990'lı yıllar" (the 1990s) stays a decade before "yıl"
    year_word_after = _year_after(n, low, r, ending=False)
    bounded = _bound_after(n, low, r) and not year_word_after
    if ((counted and not n.suffix) or bounded) and not year_word_after:
        # "más de 1500 soldados", "1500'den fazla": the "de" of a year and a counted thing
        # or a bound after; read as a year only by its form, so a count of the other side
        # may answer it as a number
        by_context = False
    return Fact(
        "date",
        text[n.start : n.end + len(n.suffix)],
        f"{n.value:04d}",
        n.start,
        n.end + len(n.suffix),
        kind="decade" if decade else "year" if by_context or (n.suffix and not bounded)
        else BARE_YEAR,
    )


def _apostrophe_year(n: Num, text: str, low: str, r: LangRules) -> Fact | None:
    """Two digits right after an apostrophe that opens a word ("in '21", "το ’98"): a year
    cut to its last digits, read as "5/3/21" reads it; with nothing glued after them (the
    decade "'90s" is read as one). Where a word follows and no year word stands before, a
    quoted count ("'21 people'") is as likely: no year."""
    if not (
        n.written == "digits"
        and len(n.raw) == 2
        and not n.suffix
        and n.start >= 1
        and low[n.start - 1] in "'’"
        and (n.start == 1 or not low[n.start - 2].isalnum())
        and not low[n.end : n.end + 1].isalnum()
    ):
        return None
    before = low[max(0, n.start - 26) : n.start - 1]
    if low[n.end :].lstrip()[:1].isalnum() and not (
        r.year_before is not None and r.year_before.search(before)
    ):
        return None
    year = int(n.value) + (2000 if n.value <= 40 else 1900)
    return Fact("date", text[n.start - 1 : n.end], f"{year:04d}", n.start - 1, n.end,
                kind="year")


def _year_context(n: Num, low: str, r: LangRules) -> bool:
    """A word or mark that makes a four-digit number a year: "in 2022", "2022年", "2022-ben"."""
    window_before = low[max(0, n.start - 25) : n.start]
    if r.year_before is not None and r.year_before.search(window_before):
        return True
    return _year_after(n, low, r)


def _year_after(n: Num, low: str, r: LangRules, ending: bool = True) -> bool:
    """A year word or mark after the number ("2022 yılında", "2022年"), or (with `ending`)
    a case ending a year takes ("2022-ben"): the words after make it a year for certain,
    whatever is counted."""
    window_after = low[n.end : n.end + 25]
    suffix_after = low[n.end + len(n.suffix) : n.end + len(n.suffix) + 25]
    if r.year_after is not None and (
        r.year_after.match(window_after.lstrip("."))
        or r.year_after.match(suffix_after)
        or (ending and n.suffix and r.year_after.match(n.suffix.lstrip("'-")))
    ):
        return True
    return bool(r.year_marks and window_after[:1] in r.year_marks)


def _year_mark_dotted(n: Num, low: str, r: LangRules) -> bool:
    """The language's year mark abbreviated with its dot right after the number ("1978 m.":
    in 1978), which a unit symbol of the same letters ("m", metres) never takes."""
    end = n.end + len(n.suffix)
    mark = re.match(r"[ \u00a0\u202f]?(\w+)\.", low[end : end + 8])
    return mark is not None and mark.group(1) in r.year_marks


def _count_context(n: Num, low: str, r: LangRules) -> bool:
    """A bare four-digit number that counts something: a counted thing or percent after it,
    a qualifier before it ("more than 2000"), or the start of a range of counts."""
    window_before = low[max(0, n.start - 25) : n.start]
    window_after = low[n.end : n.end + 25]
    if unit_after(low, n, r) or (r.percent_after and r.percent_after.match(window_after)):
        return True
    if r.qualifier_before is not None and r.qualifier_before.search(window_before):
        return True
    return bool(
        re.match(r"^\s*[-\u2013]\s*\d", window_after)
        and not re.match(r"^\s*[-\u2013]\s*\d{4}", window_after)
    )


_BOUNDS = ("more_than", "at_least", "less_than", "at_most")


def _bound_after(n: Num, low: str, r: LangRules) -> bool:
    """A bound said after the number and its ending ("1500'den fazla", more than 1500):
    what is bounded is a count, never a year."""
    if r.qualifier_after is None:
        return False
    bound = r.qualifier_after.match(low[n.end + len(n.suffix) : n.end + len(n.suffix) + 40])
    return bound is not None and r.qualifier_after_keys.get(
        re.sub(r"\s+", " ", bound.group(1))) in _BOUNDS


def _decade_word_after(n: Num, low: str, r: LangRules) -> bool:
    """The language's words for a decade after the number ("60 के दशक में")."""
    end = n.end + len(n.suffix)
    return r.decade_after is not None and r.decade_after.match(low[end : end + 30]) is not None


def is_decade(low: str, n: Num, r: LangRules) -> bool:
    """ "the 70s", "années 70", "70er", "70-х", "los años noventa": a two-digit decade of
    the 1900s (a tens word only after a decade word)."""
    tens_word = n.written == "words" and n.value in range(20, 100, 10) and n.kind != "ordinal"
    if not tens_word and not (
        n.written == "digits"
        and n.raw.isdigit()
        and len(n.raw) == 2
        and n.value % 10 == 0
        and n.value >= 20
    ):
        return False
    if not tens_word and n.suffix.lstrip("'-").lower() in r.decade_suffixes:
        return not ordinal_not_decade(n.suffix, n.end + len(n.suffix), low, r)
    if _decade_word_after(n, low, r):
        return True
    if r.decade_before is None:
        return False
    window = low[max(0, n.start - 30) : n.start].rstrip("'")  # "the '80s", "του '80"
    if r.decade_before.search(window):
        return True
    # "années 70 et 80": a second decade joined to the first
    chained = re.search(r"(\d0)\s+\w{1,3}\s+$", window)
    return bool(chained) and bool(r.decade_before.search(window[: chained.start()]))
