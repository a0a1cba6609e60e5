"""Serbian date and time forms read as translators write them (the team's own sentences):
months in Roman numerals, clock times "u 10 i 30" and "oko pola jedanaest", ordinal days in
one word, century words; a date left out is missing (a warning), a date changed an error
even where the sentence also drops another fact."""

from __future__ import annotations

import pytest
from support.serbian_script import to_cyrillic

from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair


def _dates(text: str, lang: str) -> list[tuple[str, object]]:
    return [(f.kind, f.value) for f in analyse(text, lang) if f.category == "date"]


def _findings(english: str, text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check_pair(SegmentPair("t", "en", english, lang, text))]


@pytest.mark.parametrize(
    ("latin", "dates"),
    [
        ("Veće se ponovo sastaje 12. XI.", [("date", "--11-12")]),
        ("Revija traje od 3. do 5. VI u Domu omladine.",
         [("date", "--06-05"), ("date", "--06-03")]),
        ("Rok ističe 1.VII 2023.", [("date", "2023-07-01")]),
        ("Sastanak je zakazan za 27. II, u 9 i 30.", [("time", "T09:30"), ("date", "--02-27")]),
        ("Predstava počinje u 19 i 30.", [("time", "T19:30")]),
        ("Prvi rezultati očekuju se oko pola jedanaest uveče.", [("time", "T22:30")]),
        ("Vrata se zatvaraju do pola osam.", [("time", "T07:30")]),
        ("Pisac je rođen dvadesetprvog marta 1936.", [("date", "1936-03-21")]),
        ("Rok je tridesetprvog oktobra.", [("date", "--10-31")]),
        ("Rođen je dvadesettrećeg maja.", [("date", "--05-23")]),
    ],
)
def test_serbian_date_and_time_forms_in_both_scripts(latin, dates):
    assert _dates(latin, "sr") == dates
    assert _dates(to_cyrillic(latin), "sr-Cyrl") == dates


@pytest.mark.parametrize(
    "latin",
    [
        "Birališta su otvorena u 7 i 20 časova.",  # at seven and at eight p.m.
        "Podelili su ih u 2 i 30 grupa.",  # into 2 and 30 groups
        "Završio je na mestu broj 2. I tada je otišao.",  # "I": a capital opening a clause
        "Luj XIV je vladao dugo.",  # a Roman numeral with no day before it
    ],
)
def test_what_is_no_roman_month_or_clock_time(latin):
    assert all(kind not in ("time", "date") or value == "T20:00"
               for kind, value in _dates(latin, "sr"))


@pytest.mark.parametrize(
    ("english", "latin", "error"),
    [
        ("The bridge was built in the 16th century.", "Most je sagrađen u XVI vijeku.", False),
        ("The bridge was built in the 17th century.", "Most je sagrađen u XVI vijeku.", True),
        ("The city was first mentioned nine centuries ago.",
         "Grad se prvi put pominje pre devet vekova.", False),
        ("The city was first mentioned eight centuries ago.",
         "Grad se prvi put pominje pre devet vekova.", True),
        ("The monastery marks the 800th anniversary of its founding.",
         "Manastir obeležava osam vekova od osnivanja.", False),
        ("The monastery marks the 700th anniversary of its founding.",
         "Manastir obeležava osam vekova od osnivanja.", True),
        ("The school is two centuries old.", "Škola postoji 200 godina.", False),
        ("The school has been open for 200 years.", "Škola postoji dva veka.", False),
        ("The town marks its 800th anniversary.", "Grad obeležava osamstotu godišnjicu.", False),
        ("The town marks its 700th anniversary.", "Grad obeležava osamstotu godišnjicu.", True),
    ],
)
def test_centuries_counted_and_said_in_years(english, latin, error):
    for text, lang in ((latin, "sr"), (to_cyrillic(latin), "sr-Cyrl")):
        errors = [rule for rule, severity in _findings(english, text, lang) if severity == "error"]
        assert bool(errors) == error, (english, text, errors)


def test_other_years_than_the_centuries_are_still_reported():
    found = _findings("The school has been open for 300 years.", "Škola postoji dva veka.", "sr")
    assert ("number.missing", "warning") in found


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
def test_a_date_left_out_is_missing_and_a_changed_one_an_error(lang):
    english = "The plant will open on Friday, March 6, with 200 workers."
    left_out = "Fabrika će biti otvorena sa 200 radnika."
    changed = "Fabrika će biti otvorena u petak, 8. marta."  # and the 200 workers dropped
    if lang == "sr-Cyrl":
        left_out, changed = to_cyrillic(left_out), to_cyrillic(changed)
    found = _findings(english, left_out, lang)
    assert ("date.missing", "warning") in found
    assert all(severity != "error" for _, severity in found)
    found = _findings(english, changed, lang)
    assert ("date.changed", "error") in found or ("number.changed", "error") in found
    assert _findings("The plant will open on Friday, March 8.", changed, lang) == []



@pytest.mark.parametrize(
    ("english", "latin"),
    [
        ("Construction will go on throughout March.", "Radovi će trajati tokom celog marta."),
        ("The road stays closed till March.", "Put ostaje zatvoren do marta."),
        ("Prices rose after March, the bank said.",
         "Cene su porasle posle marta, saopštila je banka."),
    ],
)
def test_march_after_more_english_prepositions_is_the_month(english, latin):
    assert _findings(english, latin, "sr") == []
    errors = [rule for rule, severity in _findings(english.replace("March", "December"), latin,
                                                   "sr") if severity == "error"]
    assert errors == ["date.changed"]


@pytest.mark.parametrize(
    ("english", "drifted", "latin"),
    [
        ("The report will be published next week.", "The report was published last week.",
         "Izvještaj će biti objavljen naredne nedjelje."),
        ("The report will be published next week.", "The report was published last week.",
         "Izvještaj će biti objavljen iduće sedmice."),
        ("The court will rule next week.", "The court ruled last week.",
         "Sud će presuditi sljedeće nedjelje."),
        ("Sales will rise next month.", "Sales rose last month.",
         "Prodaja će porasti idućeg mjeseca."),
        ("Sales rose last month.", "Sales rose this month.", "Prodaja je porasla prošlog meseca."),
    ],
)
def test_last_this_and_next_week_and_month_ekavian_and_ijekavian(english, drifted, latin):
    for text, lang in ((latin, "sr"), (to_cyrillic(latin), "sr-Cyrl")):
        assert all(severity != "error" for _, severity in _findings(english, text, lang))
        assert ("date.changed", "error") in _findings(drifted, text, lang)
