"""A year one side gives in another calendar than the other side's Gregorian one: Solar
Hijri "۱۴۰۴" (Afghan and Iranian press) for 2025, Hijri "1447ھ" for 2026, Buddhist "2568"
for 2025, Ethiopian "2017 ዓ.ም" for 2025. Each calendar's year overlaps two Gregorian
years, so a year that is one of the two is the same year, not a date changed; any other
year stays compared as before."""

from __future__ import annotations

import unicodedata

# (another calendar's year minus the Gregorian year), for the two Gregorian years each of
# its years overlaps, with the scripts whose press counts in it: a difference of 56 or 543
# years between two Latin-script years is a changed year, not another calendar
_CALENDAR_OFFSETS = (
    ((-622, -621), ("ARABIC",)),  # Solar Hijri (1404 from March 2025)
    ((699, 700), ("ARABIC",)),  # Kurdish (2725)
    ((543,), ("THAI", "LAO", "KHMER", "MYANMAR", "SINHALA", "TIBETAN")),  # Buddhist
    ((56, 57), ("DEVANAGARI",)),  # Bikram Sambat (2082)
    ((3760, 3761), ("HEBREW",)),  # Hebrew (5785)
    ((-1911,), ("CJK",)),  # Minguo (114)
    ((-7, -8), ("ETHIOPIC",)),  # Ethiopian (2017 from September 2024)
)
# the lunar Hijri calendar, counted by `_hijri_years`
_HIJRI_SCRIPTS = ("ARABIC",)


def _scripts(text: str) -> set[str]:
    """The first word of the Unicode names of the text's letters ("ARABIC", "THAI")."""
    return {unicodedata.name(c, "").split(" ")[0] for c in text if c.isalpha()}


def _hijri_years(gregorian: int) -> range:
    """The lunar Hijri years that overlap a Gregorian year (2026: 1447 and 1448)."""
    start = int((gregorian - 622) * 33 / 32)
    return range(start - 1, start + 2)


def same_year(one: int, other: int, other_text: str) -> bool:
    """`other` (said in `other_text`) is `one` in another calendar, or the other way."""
    if one == other:
        return False
    scripts = _scripts(other_text)
    if any(other - one in offsets and scripts.intersection(written)
           for offsets, written in _CALENDAR_OFFSETS):
        return True
    return bool(scripts.intersection(_HIJRI_SCRIPTS)) and other in _hijri_years(one)


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
