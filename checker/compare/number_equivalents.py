"""Two figures of an aligned claim that differ yet say one thing, or are not surely two:
an approximate tens word and a number of its decade, a fraction in words and its percentage,
a length in feet and inches and its parts, basis points and the percentage points they make,
a game clock and the minute of play it falls in, a minute of the second half and the game's,
vague words near each other, a change said as its size, and an abbreviation that is a scale
or a unit. The number comparer (`numbers`) asks these before it reports a pair as changed.
"""

from __future__ import annotations

import math
import re

from checker.compare.number_atoms import APPROXIMATE, Atom, same_value
from checker.facts.numeric.measures import SUBUNITS
from checker.facts.numeric.rules import rules
from checker.facts.numeric.units import scale_also_unit


def in_its_decade(a: Atom, b: Atom) -> bool:
    """An approximate tens word ("une trentaine", "dvadesetak") against a number of its
    decade ("34"): "in her thirties" is said so; not different."""
    for rough, exact in ((a, b), (b, a)):
        if (rough.fact.qualifier == "about" and not any(c.isdigit() for c in rough.fact.text)
                and rough.value in range(20, 100, 10)
                and rough.value <= exact.value < rough.value + 10):
            return True
    return False


def centuries_as_years(a: Atom, b: Atom) -> bool:
    """A count of centuries in words and the same time in years ("osam vekova" against
    "the 800th anniversary", "two centuries" against "200 years"): one span of time. The
    other figure counts years or is an ordinal (an anniversary), never other things ("800
    people")."""
    for count, years in ((a, b), (b, a)):
        text = count.fact.text.strip()
        if (count.fact.unit == "century" and not any(c.isdigit() for c in text)
                and not text.isupper() and 1 <= count.value <= 30
                and (years.fact.unit == "year"
                     or (years.fact.unit is None and years.fact.kind == "ordinal"))
                and same_value(years.value, count.value * 100)):
            return True
    return False


def vague_words_near(a: Atom, b: Atom) -> bool:
    """Two numbers in words, one of them approximate, within a quarter of each other ("a
    dozen" against "desetak", about ten): not surely different, so the change is unsure."""
    if any(ch.isdigit() for ch in a.fact.text + b.fact.text):
        return False
    if a.fact.kind == b.fact.kind == "fraction":
        return False  # "about a quarter" and "about a third" are two shares, however rough
    if a.fact.qualifier not in APPROXIMATE and b.fact.qualifier not in APPROXIMATE:
        return False
    return abs(a.value - b.value) <= 0.25 * max(abs(a.value), abs(b.value))


def scale_or_unit(atom: Atom, lang: str) -> bool:
    """Greek "15 εκ.": 15 million or 15 centimetres; Czech "5 mil": 5 million or 5 miles
    (`units.scale_also_unit`)."""
    after = atom.sentence.text[atom.fact.end : atom.fact.end + 4]
    return scale_also_unit(atom.fact.text, atom.fact.unit, lang, after)


def same_share(a: Atom, b: Atom) -> bool:
    """A fraction in words and a percentage of the same share: "two thirds" = "67 %"."""
    for frac, pct in ((a, b), (b, a)):
        if frac.fact.kind == "fraction" and pct.fact.kind == "percent":
            return abs(frac.value * 100 - pct.value) <= 1.0  # a translator rounds to a point
    return False


def share_against_percent(a: Atom, b: Atom) -> bool:
    """A share in words ("one in five", "a third") and a percentage: one kind of figure."""
    return {a.fact.kind, b.fact.kind} == {"fraction", "percent"}


def share_near_percent(a: Atom, b: Atom) -> bool:
    """A share in words and a percentage within five points ("one in three" against "30 %"):
    a translator's rounding as much as a change, so unsure."""
    if not share_against_percent(a, b):
        return False
    frac, pct = (a, b) if a.fact.kind == "fraction" else (b, a)
    return abs(frac.value * 100 - pct.value) <= 5.0


def in_parts(a: Atom, b: Atom) -> bool:
    """A quantity in a unit and its smaller unit ("6-foot-6", "8 pounds 3 ounces") against
    its larger unit's figure written as a number of its own ("5 fit 9 inç"); the smaller
    unit's figure, if written, is taken with it."""
    return (a.fact.kind == "in_parts" and same_value(b.value, math.floor(a.value))) or (
        b.fact.kind == "in_parts" and same_value(a.value, math.floor(b.value))
    )


def smaller_part(atom: Atom) -> float:
    """The figure of the smaller unit of a quantity in two units (`in_parts`)."""
    parts = SUBUNITS.get(atom.fact.unit or "", ("", 12))[1]
    return round(atom.value % 1 * parts)


_CLOCK_SECONDS = re.compile(r":[0-5]\d(?!\d)")


def running_minute(clock: Atom, ordinal: Atom) -> bool:
    """A game clock read as its minutes ("a goal on 63:12") against the ordinal minute of
    play it falls in ("in der 64. Minute", "στο 64ο λεπτό"): one moment."""
    text = clock.sentence.text
    return (
        (ordinal.fact.kind == "ordinal" or ordinal.fact.unit == "minute")
        and clock.fact.kind != "ordinal"
        and clock.value.is_integer()
        and clock.fact.end == clock.fact.start + len(clock.fact.text)
        and _CLOCK_SECONDS.match(text, clock.fact.end) is not None
        and same_value(ordinal.value, clock.value + 1)
    )


def feet_and_inches_as_digits(a: Atom, b: Atom) -> bool:
    """A length in feet and inches ("6-foot-6") against its two figures written as one
    decimal ("6.6"): the same digits in another notation, not sure to be a drift."""
    for parts, decimal in ((a, b), (b, a)):
        if parts.fact.kind == "in_parts" and parts.fact.unit == "foot":
            feet = math.floor(parts.value)
            inches = round((parts.value - feet) * 12)
            if 0 < inches < 10 and same_value(decimal.value, feet + inches / 10):
                return True
    return False


def basis_points(a: Atom, b: Atom, a_lang: str, b_lang: str) -> bool:
    """Basis points against the percentage points they make ("50 basis points", "0,5 ponto
    percentual", "0,5 p.p."): a hundred of them a point, one change of a rate. The other
    figure is a percentage or said in points (`lex_attrs.POINT_AFTER`: "0,5 ponto"), never
    a figure of anything else ("0,5 km", a bare "0,5")."""
    for bp, point, lang in ((a, b, b_lang), (b, a, a_lang)):
        if bp.fact.unit != "basis point" or not same_value(point.value * 100, bp.value):
            continue
        after = rules(lang).point_after
        if point.fact.unit == "percent" or (
                point.fact.unit is None and after is not None
                and after.match(point.sentence.text[point.fact.end:].lower()) is not None):
            return True
    return False


def restated_difference(ref: Atom, ver: Atom, ref_atoms: list[Atom],
                        ver_atoms: list[Atom]) -> bool:
    """A change said as its size: "89 seats, up from 80" as "89 deputados, mais nove": one
    side's figure is the gap between the other side's figure and a figure both sides say.
    A translator's restatement as much as a drift: unsure."""
    for said, gap, said_side, gap_side in ((ref, ver, ref_atoms, ver_atoms),
                                           (ver, ref, ver_atoms, ref_atoms)):
        # a change far smaller than the figures it joins, of figures past the small counts
        # ("13 dead, 10 hurt" against "13 mortos, 3 feridos" and a part against the rest of
        # its whole, "100 on board, 30 hurt" against "70 hurt", stay drifts)
        if (gap.value <= 0 or said.value < 20 or gap.value * 4 > said.value
                or not _one_measure(gap, said)):
            continue
        for both in said_side:
            # the figure both sides say counts what the other two count: "80 km" and "89
            # minutes" are no change of 9 ("9 km" for "80 km" stays a drift)
            if (both is not said and _one_measure(both, said) and _one_measure(both, gap)
                    and same_value(abs(both.value - said.value), gap.value)
                    and any(same_value(o.value, both.value) for o in gap_side if o is not gap)):
                return True
    return False


def _one_measure(a: Atom, b: Atom) -> bool:
    """Two figures that may count one thing: the same unit, or one of them said bare."""
    return a.fact.unit is None or b.fact.unit is None or a.fact.unit == b.fact.unit


def _minute_mark(a: Atom, lang: str) -> bool:
    """A prime after the figure ("81'"), or the word for a minute right before it ("in
    minute 81"), marks a minute of play."""
    if a.sentence.text[a.fact.end : a.fact.end + 1] in ("'", "\u2032", "\u2019"):
        return True
    before = a.sentence.text[max(0, a.fact.start - 20) : a.fact.start].lower().split()
    return bool(before) and any(before[-1] == word for word, unit in rules(lang).units
                                if unit == "minute")


def second_half_minute(a: Atom, b: Atom, a_lang: str, b_lang: str) -> bool:
    """A minute counted from the second half's kick-off ("aos 36 do segundo tempo", "36
    minutes into the second half") against the game's minute ("in the 81st minute"): one
    moment, 45 minutes apart."""
    for half, game, lang, game_lang in ((a, b, a_lang, b_lang), (b, a, b_lang, a_lang)):
        if game.fact.unit not in (None, "minute") or not (
                game.fact.unit == "minute" or game.fact.kind == "ordinal"
                or _minute_mark(game, game_lang)):
            continue  # the game's figure is a minute of play ("81st", "81'"), not "81 fans"
        after = rules(lang).second_half_after
        tail = half.sentence.text[half.fact.end : half.fact.end + 40].lower()
        if after is not None and after.match(tail) and same_value(half.value + 45, game.value):
            return True
    return False
