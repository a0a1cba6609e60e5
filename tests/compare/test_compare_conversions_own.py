"""Quantities a translator converted to another unit, in our own sentences: a faithful
conversion (rounded as translators round) is information, a temperature difference
converted by the factor only is unsure (a warning), and a wrong conversion stays an error."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def number_findings(ref: str, ver: str, ver_lang: str) -> list[tuple[str, str]]:
    pair = SegmentPair("t", "en", ref, ver_lang, ver)
    return [(f.rule, f.severity) for f in check_pair(pair) if f.category == "number"]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("Temperatures will climb to 80 °F on Sunday.",
         "Am Sonntag steigen die Temperaturen auf 27 °C.", "de"),
        ("Temperatures will climb to 80 degrees Fahrenheit on Sunday.",
         "Les températures monteront à 27 degrés Celsius dimanche.", "fr"),
        ("The hailstones were 2-4 inches wide.",
         "Οι χαλαζόπετρες είχαν πλάτος 5-10 εκατοστά.", "el"),
        ("The hailstones were 2 to 4 inches wide.",
         "Градини мали від 5 до 10 сантиметрів у ширину.", "uk"),
        ("The truck carried 550 pounds of flour.", "卡车运载了250公斤面粉。", "zh"),
        ("The lake covers 12 square miles.", "Le lac couvre 31 kilomètres carrés.", "fr"),
        ("The farm spans 400 acres.", "Ферма занимает 162 гектара.", "ru"),
        ("The tank holds 20 gallons.", "Der Tank fasst 76 Liter.", "de"),
        ("Winds gusted to 60 mph.", "Rüzgar saatte 97 kilometreye ulaştı.", "tr"),
        ("Winds gusted to 60 mph.", "Los vientos alcanzaron los 97 km/h.", "es"),
        ("The storm dropped about 3 inches of rain.",
         "Η καταιγίδα έριξε 7,6 εκατοστά βροχής.", "el"),
        ("It will reach 95 degrees.", "Temperatura chegará a 35 °C.", "pt"),
        ("The bridge is 3 miles long.", "Köprü 4,8 kilometre uzunluğunda.", "tr"),
    ],
)
def test_a_faithful_conversion_is_information(ref: str, ver: str, ver_lang: str) -> None:
    assert number_findings(ref, ver, ver_lang) == [("number.converted", "info")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # a knot is a nautical mile an hour: 20 knots are 37 km/h
        ("The ship sailed at 20 knots.", "Das Schiff fuhr mit 37 km/h.", "de"),
    ],
)
def test_knots_are_nautical_miles_an_hour(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert number_findings(ref, ver, ver_lang) == [("number.converted", "info")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("Tomorrow will be 10 degrees warmer than today.",
         "Завтра будет на 5 градусов теплее, чем сегодня.", "ru"),
        ("Tomorrow will be 18 degrees warmer than today.",
         "Yarın bugünden 10 derece daha sıcak olacak.", "tr"),
        ("Forecasters expect a drop of 20 degrees overnight.",
         "Los meteorólogos prevén un descenso de 11 grados durante la noche.", "es"),
        ("Forecasters expect a drop of 20 °F overnight.",
         "Os meteorologistas preveem uma queda de 11 °C durante a noite.", "pt"),
        ("The water was 9 degrees colder than last year.",
         "Το νερό ήταν 5 βαθμούς πιο κρύο από πέρυσι.", "el"),
    ],
)
def test_a_temperature_difference_converted_by_the_factor_is_unsure(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert number_findings(ref, ver, ver_lang) == [("number.changed", "warning")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("Temperatures will climb to 80 °F on Sunday.",
         "Am Sonntag steigen die Temperaturen auf 35 °C.", "de"),
        ("Tomorrow will be 10 degrees warmer than today.",
         "Завтра будет на 15 градусов теплее, чем сегодня.", "ru"),
        ("Forecasters expect a drop of 20 °F overnight.",
         "Os meteorologistas preveem uma queda de 30 °C durante a noite.", "pt"),
        ("The hailstones were 2-4 inches wide.",
         "Οι χαλαζόπετρες είχαν πλάτος 15-20 εκατοστά.", "el"),
        ("The truck carried 550 pounds of flour.", "卡车运载了500公斤面粉。", "zh"),
        ("The lake covers 12 square miles.", "Le lac couvre 60 kilomètres carrés.", "fr"),
        ("Winds gusted to 60 mph.", "Los vientos alcanzaron los 150 km/h.", "es"),
        ("The ship sailed at 20 knots.", "Das Schiff fuhr mit 60 km/h.", "de"),
    ],
)
def test_a_wrong_conversion_stays_an_error(ref: str, ver: str, ver_lang: str) -> None:
    assert number_findings(ref, ver, ver_lang) == [("number.changed", "error")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The farm spans 400 acres.", "Ферма занимает 400 гектаров.", "ru"),
        ("The tank holds 20 gallons.", "Der Tank fasst 20 Liter.", "de"),
        ("Winds gusted to 60 mph.", "Los vientos alcanzaron los 60 km/h.", "es"),
        ("The truck carried 550 pounds of flour.", "卡车运载了550公斤面粉。", "zh"),
    ],
)
def test_the_same_figure_in_another_unit_is_an_unsure_change(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert number_findings(ref, ver, ver_lang) == [("number.changed", "warning")]


def test_the_same_figure_in_the_same_unit_is_no_finding() -> None:
    assert number_findings("The tank holds 20 gallons.", "Der Tank fasst 20 Gallonen.", "de") == []


def test_an_equal_figure_beside_a_conversion_is_no_unit_swap() -> None:
    # the version's "10 cm" are the 4 inches, not the 10 inches (those are the 25 cm)
    found = number_findings("Up to 4 inches of rain fell, and 10 inches in the hills.",
                            "Es fielen bis zu 10 cm Regen, in den Hügeln 25 cm.", "de")
    assert ("number.changed", "warning") not in found
    # 30 yards rounded to 30 m is a conversion, not an unconverted figure
    assert number_findings("He shot from 30 yards out.", "Er schoss aus 30 Metern.", "de") == []
