"""A year one side gives in another calendar than the other side's Gregorian one: Solar
Hijri "۱۴۰۴" (Afghan and Iranian press) for 2025, Hijri "1447ھ" for 2026, Buddhist "2568"
for 2025, Ethiopian "2017 ዓ.ም" for 2025. Each calendar's year overlaps two Gregorian
years, so a year that is one of the two is the same year, not a date changed; any other
year stays compared as before."""

from __future__ import annotations

import unicodedata

# (another calendar's year minus the Gregorian year), for the two Gregorian years each of
# its years overlaps: Solar Hijri (1404 from March 2025), Kurdish (2725), Buddhist (2568,
# the year of the Gregorian one), Bikram Sambat (2082), Hebrew (5785), Minguo (114)
_CALENDAR_OFFSETS = frozenset({-622, -621, 699, 700, 543, 56, 57, 3760, 3761, -1911})
# Ethiopian (2017 from September 2024): close enough to a drifted year that it is taken only
# where the year's own sentence is in Ethiopic script
_ETHIOPIC_OFFSETS = frozenset({-7, -8})


def _hijri_years(gregorian: int) -> range:
    """The lunar Hijri years that overlap a Gregorian year (2026: 1447 and 1448)."""
    start = int((gregorian - 622) * 33 / 32)
    return range(start - 1, start + 2)


def _ethiopic(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith("ETHIOPIC") for c in text if c.isalpha())


def same_year(one: int, other: int, other_text: str) -> bool:
    """`other` (said in `other_text`) is `one` in another calendar, or the other way."""
    if one == other:
        return False
    if other - one in _CALENDAR_OFFSETS or one - other in _CALENDAR_OFFSETS:
        return True
    if other in _hijri_years(one) or one in _hijri_years(other):
        return True
    return other - one in _ETHIOPIC_OFFSETS and _ethiopic(other_text)


def year_of_another_calendar(item: tuple, other: list) -> bool:
    """A year field (`compare.dates`) the other side gives as that year of another
    calendar, or that gives the other side's year so."""
    (name, value), _, sentence = item
    if name != "year" or not isinstance(value, int):
        return False
    return any(
        other_name == "year" and isinstance(year, int) and (
            same_year(value, year, other_sentence.text) or same_year(year, value, sentence.text))
        for (other_name, year), _, other_sentence in other)


def number_of_another_calendar(pair) -> bool:
    """A year of one side answered by a number of the other (`DateNumber`) that is that
    year in another calendar ("ปี 2568", "በ2017 ዓ.ም" for 2025)."""
    year = str(pair.date.value)
    number = pair.number.value
    if not (year.isdigit() and len(year) == 4) or not isinstance(number, int) or not (
            1000 <= number <= 9999):
        return False
    return same_year(int(year), number, pair.number_sentence.text)
