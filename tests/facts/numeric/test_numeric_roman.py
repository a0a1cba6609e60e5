"""Roman numerals: values, and centuries beside a century word."""

from __future__ import annotations

import pytest

from checker.facts import numbers
from checker.facts.numeric import analyse
from checker.facts.numeric.roman import roman_value


@pytest.mark.parametrize(
    ("word", "value"), [("xix", 19), ("XIV", 14), ("xxxix", 39), ("xl", None), ("mmmm", None)]
)
def test_roman_values_up_to_39(word: str, value: int | None) -> None:
    assert roman_value(word) == value


def test_century_in_roman_numerals() -> None:
    [fact] = numbers.extract("au XIXe siècle", "fr")
    assert (fact.text, fact.value, fact.kind, fact.unit) == ("XIXe", 19, "ordinal", "century")


def test_roman_numeral_without_century_word_is_no_number() -> None:
    assert numbers.extract("Louis XIV régna", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "centuries"),
    [
        # a capital "і" (and) typed with the Cyrillic letter that looks like I opens the
        # sentence before the plural of "century": no first century
        ("І століттями місто росло.", "uk", []),
        ("Х століття залишило мало книжок.", "uk", [10]),  # a look-alike X stays a numeral
        ("I stoljeće prije Krista bilo je mirno.", "hr", [1]),  # a Latin capital I stays one
    ],
)
def test_a_look_alike_joining_word_is_no_century(text: str, lang: str,
                                                 centuries: list[int]) -> None:
    assert [f.value for f in analyse(text, lang) if f.unit == "century"] == centuries
