"""A band of degrees Fahrenheit said as a plural tens ("temperatures in the 80s", "highs
in the low 90s", "the mid-80s") is a range of degrees Fahrenheit, not a decade
(`checker.facts.numeric.bands`): converted into Celsius it is information, another
temperature an error. Ages ("in his 80s") and decades stay as they were. The sentences
(tests/data/temperature_bands.json) are the team's own writing, es and pt included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.facts import extract_facts
from checker.model import SegmentPair
from checker.pipeline import check_pair

PAIRS = json.loads((Path(__file__).parents[2] / "data" / "temperature_bands.json").read_text(
    encoding="utf-8"))["pairs"]


def _findings(english: str, lang: str, version: str) -> list:
    return check_pair(SegmentPair("t", "en", english, lang, version))


def test_the_set_covers_the_languages() -> None:
    assert {p[0] for p in PAIRS} >= {"pt", "es", "de", "fr", "ru", "tr"} and len(PAIRS) >= 12


@pytest.mark.parametrize(("lang", "english", "version", "old", "new"), PAIRS,
                         ids=[f"{p[0]}-{p[3]}" for p in PAIRS])
def test_a_converted_band_is_information_and_another_band_an_error(
        lang, english, version, old, new):
    faithful = _findings(english, lang, version)
    assert [f.message for f in faithful if f.severity == "error"] == []
    assert any(f.kind == "converted" for f in faithful)
    twin = _findings(english.replace(old, new, 1), lang, version)
    assert [f for f in twin if f.severity == "error" and f.category == "number"]


@pytest.mark.parametrize(("text", "value"), [
    ("Temperatures in the 80s are expected on Friday.", (80, 89)),
    ("Highs in the low 90s are forecast.", (90, 93)),
    ("Temperatures climbed into the mid-80s.", (83, 87)),
    ("Highs will reach the upper 70s.", (77, 79)),
])
def test_the_band_is_a_range_of_degrees_fahrenheit(text, value):
    bands = [f for f in extract_facts(text, "en") if f.category == "number"]
    assert [(f.value, f.unit, f.kind) for f in bands] == [(value, "fahrenheit", "range")]
    assert not [f for f in extract_facts(text, "en") if f.kind == "decade"]


@pytest.mark.parametrize("text", [
    "A man in his 80s died in the heat.",  # an age, though the heat is named
    "The band was famous in the 80s.",  # no temperature: a decade
    "Temperatures in the 1980s were lower than today.",  # four digits: a decade
])
def test_ages_and_decades_stay(text):
    assert "decade" in [f.kind for f in extract_facts(text, "en") if f.category == "date"]


def test_a_celsius_range_with_one_unit_is_no_changed_decade() -> None:
    """The first figure of "de los 32 a los 34 grados" is read with no unit: it was paired
    with the decade and reported as a changed date."""
    found = _findings("Highs in the low 90s are forecast for the weekend.", "es",
                      "Se prevén máximas de los 32 a los 34 grados para el fin de semana.")
    assert [f.message for f in found if f.severity == "error"] == []


@pytest.mark.parametrize(("english", "version"), [
    ("The band was famous in the 80s.", "A banda era famosa nos anos 70."),
    ("A man in his 80s died in the heat.", "Um homem de 70 anos morreu por causa do calor."),
])
def test_a_changed_decade_or_age_is_still_an_error(english, version):
    assert [f for f in _findings(english, "pt", version)
            if f.severity == "error" and f.category == "date"]
