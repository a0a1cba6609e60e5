"""Dates and clock times of Serbian, Croatian and Bosnian as their own readers take them:
day and month in digits with ordinal dots, Roman months in Cyrillic letters, "u 15.30",
the Croatian month forms. Our own sentences, Serbian in both scripts."""

from __future__ import annotations

import pytest
from support.serbian_script import to_cyrillic

from checker.facts import dates
from checker.facts.numeric import analyse
from checker.segment import split_sentences


def values(text: str, lang: str) -> list[str]:
    return sorted(f.value for f in dates.extract(text, lang))


SERBIAN = [
    ("Konkurs traje do 31. 12.", ["--12-31"]),
    ("Muzej je ponovo otvoren 20.10.", ["--10-20"]),
    ("Od 1. 7. do 31. 8. biblioteka radi skraćeno.", ["--07-01", "--08-31"]),
    ("Rođen je 12. 3. 1990.", ["1990-03-12"]),  # with its year: one date
    ("Sednica počinje u 10.05.", ["T10:05"]),  # after the clock's "u": five past ten
    ("Sednica počinje u 15.30.", ["T15:30"]),
    ("Sednica počinje oko 9.45.", ["T09:45"]),
    ("Učenici 3. i 4. razreda idu na izlet.", []),  # ordinals, no date
    ("Stopa je pala na 2,5 odsto.", []),
    ("Imenovan je 1. XI 2018. godine.", ["2018-11-01"]),
]


@pytest.mark.parametrize(("text", "expected"), SERBIAN)
def test_serbian_dates_in_digits_read_alike_in_both_scripts(text, expected):
    assert values(text, "sr") == expected
    assert values(to_cyrillic(text), "sr-Cyrl") == expected


def test_a_roman_month_typed_with_cyrillic_letters_is_read():
    assert values("Именован је 1. \u0425I 2018.", "sr-Cyrl") == ["2018-11-01"]
    assert values("Именован је 5. \u0425 2018.", "sr-Cyrl") == ["2018-10-05"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Prodaja je pala u prosincu.", "hr", ["--12"]),
        ("Listopadski pregovori su propali.", "hr", ["--10"]),
        ("Na srpanjskim izborima stranka je pobijedila.", "hr", ["--07"]),
        ("Prosinačke cijene su rasle.", "hr", ["--12"]),
        ("To se dogodilo u junu.", "hr", ["--06"]),
        ("Nedjelja je bila mirna.", "hr", ["Sunday"]),  # "tjedan" is the week in Croatian
        ("Tvornica je osnovana u kolovozu 1970.", "bs", ["1970-08"]),
        ("Sjednica je završena 3. siječnja.", "bs", ["--01-03"]),
        ("Sjednica je završena 3. januara.", "bs", ["--01-03"]),
        ("Pekara nedjeljom ne radi.", "bs", ["Sunday"]),
    ],
)
def test_croatian_and_bosnian_month_and_weekday_forms(text, lang, expected):
    assert values(text, lang) == expected


@pytest.mark.parametrize("lang", ["sr", "hr", "bs"])
def test_a_dot_after_a_day_ends_no_sentence(lang):
    text = "Imenovan je 1. XI 2018. Ostavku je podnio 2. studenoga 2020."
    assert [s.text for s in split_sentences(text, lang)] == [
        "Imenovan je 1. XI 2018.", "Ostavku je podnio 2. studenoga 2020."]


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
def test_the_ijekavian_week_counted_is_weeks_not_sunday(lang):
    text = "Ostao je dvije nedjelje, do 7. marta."
    text = to_cyrillic(text) if lang == "sr-Cyrl" else text
    assert values(text, lang) == ["--03-07"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Јануарските цени пораснаа.", ["--01"]),
        ("Во мајскиот извештај пишува така.", ["--05"]),
        ("Седницата е закажана на 20.10.", ["--10-20"]),
        ("Состанокот почнува во 10.05.", ["T10:05"]),  # after "во": five past ten
    ],
)
def test_macedonian_month_adjectives_and_dotted_dates(text, expected):
    assert values(text, "mk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Koncert počinje u 8 sati navečer.", ["T20:00"]),
        ("Koncert počinje u osam uvečer.", ["T20:00"]),
        ("Sjednica je u 3 sata poslijepodne.", ["T15:00"]),
        ("Sjednica je u 9 sati prije podne.", ["T09:00"]),
        ("Sednica je u 3 poslepodne.", ["T15:00"]),
    ],
)
def test_ijekavian_and_western_words_for_the_afternoon_and_evening(text, expected):
    assert values(text, "sr") == expected
    assert values(to_cyrillic(text), "sr-Cyrl") == expected


@pytest.mark.parametrize(
    "text", ["Tokom 2018-e rast je usporen.", "Do kraja 2018-te zgrada je završena."])
def test_a_year_with_a_case_ending_is_a_year_not_a_decade(text):
    """ "2018-e": the year with its case ending; only a year ending in 0 may be a decade."""
    for lang, version in (("sr", text), ("sr-Cyrl", to_cyrillic(text))):
        assert [(f.kind, f.value) for f in analyse(version, lang) if f.category == "date"] == [
            ("year", "2018")]
    assert [(f.kind, f.value) for f in analyse("Tokom 1990-ih rast je usporen.", "sr")] == [
        ("decade", "1990")]
