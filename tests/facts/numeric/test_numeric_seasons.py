"""Seasons read as dates in their case forms, and the words that only look like one: Russian
"лет" (years), French "a été" (has been), Turkish "yaz" (write), Albanian "verë" (wine).
Our own sentences; Serbian in both scripts."""

from __future__ import annotations

import pytest
from support.serbian_script import to_cyrillic

from checker.facts import dates


def seasons(text: str, lang: str) -> list[str]:
    return sorted(str(f.value) for f in dates.extract(text, lang) if f.kind == "season")


SERBIAN = [
    ("Most će biti otvoren na proleće.", ["spring"]),
    ("Do proljeća nema novih radova.", ["spring"]),
    ("Prošlog leta reka je presušila.", ["summer"]),
    ("Tokom ljeta gradilište miruje.", ["summer"]),
    ("Izbori se očekuju na jesen.", ["autumn"]),
    ("U jeseni su cene pale.", ["autumn"]),
    ("Zimi se put zatvara.", ["winter"]),
    ("Otvoreno je zimsko zasedanje.", ["winter"]),
    ("Letnji raspored važi od juna.", ["summer"]),
    ("Turisti su letos došli u velikom broju.", ["summer"]),
    ("Cene su porasle prošle nedelje.", []),
]


@pytest.mark.parametrize(("text", "expected"), SERBIAN)
def test_serbian_seasons_in_every_case_and_both_scripts(text, expected):
    assert seasons(text, "sr") == expected
    assert seasons(to_cyrillic(text), "sr-Cyrl") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The bridge opened last summer.", ["summer"]),
    ("en", "Prices may fall this fall.", ["autumn"]),
    ("en", "Prices may fall in the coming weeks.", []),
    ("en", "The hot springs drew visitors.", []),
    ("ru", "Мост откроют весной.", ["spring"]),
    ("ru", "Он ждал десять лет.", []),
    ("fr", "Le pont ouvrira cet été.", ["summer"]),
    ("fr", "Le pont a été ouvert en mars.", []),
    ("de", "Im Herbst wird gewählt.", ["autumn"]),
    ("tr", "Köprü ilkbaharda açılacak.", ["spring"]),
    ("tr", "Bu yaz köprü açılacak.", ["summer"]),
    ("tr", "Adını deftere yaz.", []),
    ("sq", "Ura do të hapet në pranverë.", ["spring"]),
    ("sq", "Ai piu një gotë verë.", []),
    ("zh", "这座桥将于春季开放。", ["spring"]),
    ("ar", "سيفتتح الجسر في الربيع.", ["spring"]),
])
def test_seasons_and_their_look_alikes(lang, text, expected):
    assert seasons(text, lang) == expected


def parts(text: str, lang: str) -> list[str]:
    return [str(f.value) for f in dates.extract(text, lang) if f.kind == "month_part"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The vote is now planned for mid-March.", ["mid"]),
    ("en", "Harvest starts in early May this year.", ["early"]),
    ("en", "The late president was born on 3 May.", []),  # a day: no part of the month
    ("sr", "Štrajk je završen krajem januara.", ["late"]),
    ("sr-Cyrl", "Штрајк је завршен почетком јануара.", ["early"]),
    ("tr", "Proje martın sonunda bitti.", ["late"]),
    ("tr", "Konferans ekim ortasında yapılacak.", ["mid"]),
    ("sq", "Festivali mbyllet në fund të korrikut.", ["late"]),
    ("zh", "谈判将于10月初恢复。", ["early"]),
    ("de", "Die Gespräche beginnen Mitte Mai.", ["mid"]),
])
def test_the_part_of_a_month(lang, text, expected):
    assert parts(text, lang) == expected
