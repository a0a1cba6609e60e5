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


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # rounded to the nearest 5 or 10: 30 feet are 9.1 m, 9 inches 22.9 cm
        ("The wave was 30 feet high.", "La vague faisait 10 mètres de haut.", "fr"),
        ("The hailstones were 9 inches across.", "As pedras de granizo tinham 25 cm.", "pt"),
        ("The tower is 1,000 feet tall.", "A torre tem 300 metros de altura.", "pt"),
        ("The road is 12 miles long.", "De weg is 20 km lang.", "nl"),
        # feet and inches, pounds and ounces, stone: one quantity in two units
        ("He is 6ft 2in tall.", "Ele mede 1,88 m.", "pt"),
        ("He is 6 feet 2 inches tall.", "Його зріст 1,88 метра.", "uk"),
        ("The baby weighed 8 pounds 3 ounces.", "O bebé pesava 3,7 kg.", "pt"),
        ("He weighs 15 stone.", "Er wiegt 95 Kilo.", "de"),
        ("The fish weighed 3 pounds.", "De vis woog anderhalve kilo.", "nl"),
        ("The lorry carried 10lbs of salt.", "Το φορτηγό μετέφερε 4,5 κιλά αλάτι.", "el"),
        # a small range given as one figure within it
        ("Expect 2 to 3 inches of snow.", "Se esperan unos 6 centímetros de nieve.", "es"),
        ("Expect 2 to 3 inches of snow.", "Se esperan 5 centímetros de nieve.", "es"),
        ("Highs of 90 to 100 degrees are expected.", "Esperam-se máximas de 35 graus.", "pt"),
        # a rough figure may be rounded to the nearest 50 (575 pounds are 260.8 kg)
        ("The bear weighed about 575 pounds.", "O urso pesava cerca de 250 kg.", "pt"),
    ],
)
def test_a_conversion_rounded_as_the_press_rounds_is_information(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert number_findings(ref, ver, ver_lang) == [("number.converted", "info")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # 100 mph are 161 km/h: "200" rounds to one digit, yet is a quarter out
        ("Winds reached 100 mph.", "Вітер досягав 200 км/год.", "uk"),
        ("The wave was 30 feet high.", "La vague faisait 15 mètres de haut.", "fr"),
        ("The hailstones were 9 inches across.", "As pedras de granizo tinham 35 cm.", "pt"),
        ("He is 6ft 2in tall.", "Ele mede 1,68 m.", "pt"),
        ("He is 6 feet 2 inches tall.", "Його зріст 1,98 метра.", "uk"),
        ("The baby weighed 8 pounds 3 ounces.", "O bebé pesava 4,7 kg.", "pt"),
        ("He weighs 15 stone.", "Er wiegt 75 Kilo.", "de"),
        ("The fish weighed 8 pounds.", "De vis woog anderhalve kilo.", "nl"),
        ("Expect 2 to 3 inches of snow.", "Se esperan 15 centímetros de nieve.", "es"),
        ("Highs of 90 to 100 degrees are expected.", "Esperam-se máximas de 25 graus.", "pt"),
        ("The bear weighed 575 pounds.", "O urso pesava 250 kg.", "pt"),
        ("The river rose about 11 miles inland.", "O rio subiu cerca de 16 km para o interior.",
         "pt"),
        # the closest conversion pairs first: the 25 cm are the 10 inches, so 9 drifted
        ("Rain of 3 to 9 inches fell, and up to 10 inches on the hills.",
         "Caíram 7,5 a 15 cm de chuva, e até 25 cm nos morros.", "pt"),
    ],
)
def test_a_drifted_twin_of_a_rounded_conversion_stays_an_error(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert ("number.changed", "error") in number_findings(ref, ver, ver_lang)


def test_short_tons_as_metric_tonnes_are_unsure() -> None:
    # 50,000 short tons are 45,359 tonnes: converted, or changed; the figures cannot say
    assert number_findings("The ship carried 50,000 tons of grain.",
                           "O navio levava 45.000 toneladas de cereais.", "pt") == [
        ("number.changed", "warning")]
    assert number_findings("The ship carried 50,000 tons of grain.",
                           "O navio levava 50.000 toneladas de cereais.", "pt") == []
    assert number_findings("The ship carried 50,000 tons of grain.",
                           "O navio levava 30.000 toneladas de cereais.", "pt") == [
        ("number.changed", "error")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # the unit dropped: 2 inches are 5 cm, 6 feet 5 inches 1.96 m; unsure
        ("The hailstones were 2 inches wide.", "As pedras de granizo tinham 5 de largura.",
         "pt"),
        ("He is 6-foot-5.", "Mide 1,96.", "es"),
    ],
)
def test_a_conversion_without_its_unit_is_unsure(ref: str, ver: str, ver_lang: str) -> None:
    assert number_findings(ref, ver, ver_lang) == [("number.changed", "warning")]


def test_a_bare_figure_far_from_any_conversion_stays_an_error() -> None:
    assert number_findings("The hailstones were 2 inches wide.",
                           "As pedras de granizo tinham 9 de largura.", "pt") == [
        ("number.changed", "error")]


def test_a_conversion_the_translator_added_in_brackets_is_no_new_figure() -> None:
    assert number_findings("The cyclist rode 100 miles.",
                           "O ciclista pedalou 100 milhas (160 km).", "pt") == []
    # the reference figure changed: the miles differ, the added kilometres say nothing new
    assert ("number.changed", "error") in number_findings(
        "The cyclist rode 120 miles.", "O ciclista pedalou 100 milhas (160 km).", "pt")
    # the metres changed, the feet in brackets did not: the metres are no added conversion
    assert ("number.changed", "error") in number_findings(
        "The wreck lies about 300 metres (100 feet) down.",
        "O navio afundado está a cerca de 30 metros (100 pés) de profundidade.", "pt")
