"""Reading gaps of single languages, closed by grammar: the night before a weekday, shares
said as "one in five", spans said as one word. Our own sentences: each faithful pair gives
no number or date error, and a change planted in the English gives one."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors

NIGHT_BEFORE = [
    ("ru", "Fire crews worked through Wednesday night with 12 engines.",
     "Пожарные работали в ночь на четверг, задействовав 12 машин."),
    ("sr", "Fire crews worked through Wednesday night with 12 engines.",
     "Vatrogasci su radili u noći na četvrtak sa 12 vozila."),
    ("sr", "Fire crews worked through Wednesday night with 12 engines.",
     "Ватрогасци су радили у ноћи на четвртак са 12 возила."),
    ("hr", "Fire crews worked through Wednesday night with 12 engines.",
     "Vatrogasci su radili u noći na četvrtak s 12 vozila."),
    ("bg", "Fire crews worked through Wednesday night with 12 engines.",
     "Пожарникарите работиха в нощта срещу четвъртък с 12 машини."),
    ("mk", "Fire crews worked through Wednesday night with 12 engines.",
     "Пожарникарите работеа во ноќта спроти четврток со 12 возила."),
    ("pl", "Fire crews worked through Wednesday night with 12 engines.",
     "Strażacy pracowali w nocy na czwartek z 12 wozami."),
]


@pytest.mark.parametrize(("lang", "english", "version"), NIGHT_BEFORE)
def test_the_night_before_a_weekday_names_no_certain_day(lang: str, english: str,
                                                         version: str) -> None:
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(english.replace("12", "15"), lang, version) != []


@pytest.mark.parametrize(
    ("lang", "english", "version"),
    [
        ("ru", "The talks ended on Thursday.", "Переговоры завершились в четверг."),
        ("sr", "The talks ended on Thursday.", "Pregovori su završeni u četvrtak."),
    ],
)
def test_a_weekday_without_the_night_is_still_read(lang: str, english: str,
                                                    version: str) -> None:
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(english.replace("Thursday", "Friday"), lang, version) != []
