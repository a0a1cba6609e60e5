"""A time six hours from the reference's in a language without a folder may be counted from
dawn (Swahili "saa 3 asubuhi" is 9 am): a warning, never an error, and never silent; a
24-hour time is no such hour (checker/compare/dawn_clock.py). The team's own sentences."""

from __future__ import annotations

import pytest
from support.news_pairs import pair_findings


def _dates(english: str, lang: str, version: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in pair_findings(english, lang, version, ("date",))]


def test_a_time_six_hours_off_in_a_language_without_a_folder_is_a_warning() -> None:
    found = _dates("The meeting starts at 9 a.m.", "sw", "Mkutano utaanza saa 3 asubuhi.")
    assert found and all(severity == "warning" for _, severity in found)


@pytest.mark.parametrize(("lang", "version"), [
    ("sw", "Mkutano utaanza saa 20:00."),
    ("ms", "Mesyuarat bermula pukul 20:00."),
])
def test_a_24_hour_time_six_hours_off_is_an_error(lang: str, version: str) -> None:
    assert ("date.changed", "error") in _dates("The meeting starts at 14:00.", lang, version)
