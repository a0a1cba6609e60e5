"""A year one side gives in another calendar than the other side's Gregorian one: Solar
Hijri "۱۴۰۴" (Afghan and Iranian press) for 2025, Hijri "1447ھ" for 2026, Buddhist "2568"
for 2025, Ethiopian "2017 ዓ.ም" for 2025. Each calendar's year overlaps two Gregorian
years, so a year that is one of the two is the same year, not a date changed; any other
year stays compared as before. `same_year` is the one answer: `compare.dates` asks it of two
years (`year_of_another_calendar`), `compare.numbers_as_dates` of a year and a bare number."""

from __future__ import annotations

from checker.scripts import text_scripts

# (another calendar's year minus the Gregorian year), for the two Gregorian years each of
# its years overlaps, with the scripts whose press counts in it: a difference of 56 or 543
# years between two Latin-script years is a changed year, not another calendar
_BUDDHIST_SCRIPTS = ("THAI", "LAO", "KHMER", "MYANMAR", "SINHALA", "TIBETAN")
_CALENDAR_OFFSETS = (
    ((-622, -621), ("ARABIC",)),  # Solar Hijri (1404 from March 2025)
    ((699, 700), ("ARABIC",)),  # Kurdish (2725)
    ((543,), _BUDDHIST_SCRIPTS),  # Buddhist
    ((56, 57), ("DEVANAGARI",)),  # Bikram Sambat (2082)
    ((3760, 3761), ("HEBREW",)),  # Hebrew (5785)
    ((-1911,), ("CJK",)),  # Minguo (114)
    ((-7, -8), ("ETHIOPIC",)),  # Ethiopian (2017 from September 2024)
)
# the lunar Hijri calendar, counted by `_hijri_years`
_HIJRI_SCRIPTS = ("ARABIC",)


def _hijri_years(gregorian: int) -> list[int]:
    """The lunar Hijri years that overlap a Gregorian year (2026: 1447 and 1448): year H
    starts about 622.54 + (H - 1) x 354.367 / 365.2425 (Gregorian years, as a fraction)."""
    def start(year: int) -> float:
        return 622.54 + (year - 1) * 354.367 / 365.2425

    first = int((gregorian - 622.54) * 365.2425 / 354.367)
    return [h for h in range(first - 1, first + 3)
            if start(h) < gregorian + 1 and start(h + 1) > gregorian]


def same_year(one: int, other: int, other_text: str) -> bool:
    """`other` (said in `other_text`) is `one` in another calendar, or the other way."""
    if one == other:
        return False
    scripts = text_scripts(other_text)
    if any(other - one in offsets and scripts.intersection(written)
           for offsets, written in _CALENDAR_OFFSETS):
        return True
    return bool(scripts.intersection(_HIJRI_SCRIPTS)) and other in _hijri_years(one)


def buddhist_year_turning(one: int, other: int, other_text: str) -> bool:
    """`other` is `one` + 544 in a script of the Buddhist era: Cambodia's and Myanmar's era
    turns in April or May, so the same year or the next (unsure)."""
    return other - one == 544 and bool(text_scripts(other_text).intersection(_BUDDHIST_SCRIPTS))


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

