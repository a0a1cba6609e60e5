"""A month or weekday changed in the English reference is a date error wherever the Serbian
version names its own month or weekday: in both scripts, ekavian and ijekavian, in every
case, with prepositions, as an adjective, an ordinal day or a Roman month. Croatian and
Bosnian month names are read in those languages.

Our own news-style sentences (none from an evaluation set), English and Serbian Latin; the
Cyrillic version is the same sentence in the other script (tests/support/serbian_script.py).
Each faithful pair gives no number or date error; the English side with its month or
weekday replaced by another gives a date error (not a warning)."""

from __future__ import annotations

import re

import pytest
from support.news_pairs import number_date_errors
from support.serbian_script import to_cyrillic

from checker.model import SegmentPair
from checker.pipeline import check_pair

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SERBIAN = [
    ("The new rules take effect in January.", "Nova pravila stupaju na snagu u januaru."),
    ("Exports fell sharply in February.", "Izvoz je naglo opao februara."),
    ("The company reported its results in March.", "Kompanija je rezultate objavila martom."),
    ("The bridge was opened on 1 April.", "Most je otvoren prvog aprila."),
    ("The bridge was opened on April 21.", "Most je otvoren dvadeset prvog aprila."),
    ("The strike ended on 3 May.", "Štrajk je okončan 3-eg maja."),
    ("The festival opens on 12 June.", "Festival se otvara 12-og juna."),
    ("The July figures were better than expected.", "Julski podaci su bolji od očekivanog."),
    ("In the August heat, the river dried up.", "Tokom avgustovske žege reka je presušila."),
    ("The September session was postponed.", "Septembarska sednica je odložena."),
    ("He was appointed on 1 November 2018.", "Imenovan je 1. XI 2018. godine."),
    ("The museum reopened on 20 October.", "Muzej je ponovo otvoren 20. 10."),
    ("Applications close on 31 December.", "Prijave traju do 31.12."),
    ("The report was published on 5 January 2021.", "Izveštaj je objavljen 5. jan. 2021."),
    ("Prices rose in December and January.", "Cene su rasle u decembru i januaru."),
    ("The plant will stay closed until August.", "Fabrika će ostati zatvorena do augusta."),
    ("The court will rule on Monday.", "Sud će presuditi u ponedeljak."),
    ("The court will rule on Monday.", "Sud će presuditi u ponedjeljak."),
    ("Shops are closed on Mondays.", "Prodavnice ponedeljkom ne rade."),
    ("The talks lasted from Monday to Friday.", "Pregovori su trajali od ponedeljka do petka."),
    ("It rained heavily last Thursday.", "Prošlog četvrtka padala je jaka kiša."),
    ("The market is open on Wednesdays.", "Pijaca radi sredom."),
    ("The square is crowded on Fridays.", "Trg je pun ljudi petkovima."),
    ("The minister resigned on Wednesday.", "Ministar je podneo ostavku u sredu."),
    ("The minister resigned on Wednesday.", "Ministar je podnio ostavku u srijedu."),
    ("Wednesday was the hottest day.", "Srijeda je bila najtoplji dan."),
    ("The vote is scheduled for Sunday.", "Glasanje je zakazano za nedelju."),
    ("The vote is scheduled for Sunday.", "Glasanje je zakazano za nedjelju."),
    ("Since Sunday, the border has been closed.", "Od nedjelje je granica zatvorena."),
    ("The bakery does not open on Sundays.", "Pekara nedeljom ne radi."),
    ("The Saturday match was cancelled.", "Subotnja utakmica je otkazana."),
    ("The Tuesday meeting lasted four hours.", "Sastanak u utorak trajao je četiri sata."),
    ("The results will be known by Friday.", "Rezultati će biti poznati do petka."),
    ("The fire broke out on Saturday evening.", "Požar je izbio u subotu uveče."),
    ("The ferry sank early on Tuesday.", "Trajekt je potonuo rano u utorak."),
    ("He spoke to reporters on Thursday, 3 March.",
     "Novinarima se obratio u četvrtak, 3. marta."),
    ("The meeting is on Tuesday, 5 May.", "Sastanak je u uto. 5. maja."),
]

# Bosnian and Croatian write the Croatian month names; Croatian says "tjedan" for a week, so
# "nedjelja" is Sunday there alone
OTHERS = [
    ("hr", "The strike began on 28 February.", "Štrajk je počeo 28. veljače."),
    ("hr", "Sales fell in December.", "Prodaja je pala u prosincu."),
    ("hr", "The October talks failed.", "Listopadski pregovori su propali."),
    ("hr", "He was appointed on 1 November 2018.", "Imenovan je 1. XI 2018."),
    ("hr", "Sunday was calm.", "Nedjelja je bila mirna."),
    ("hr", "It happened in June.", "To se dogodilo u junu."),
    ("bs", "The plant was founded in August 1970.", "Tvornica je osnovana u kolovozu 1970."),
    ("bs", "The plant was founded in August 1970.", "Tvornica je osnovana u augustu 1970."),
    ("bs", "The session ended on 3 January.", "Sjednica je završena 3. siječnja."),
    ("bs", "The vote is scheduled for Sunday.", "Glasanje je zakazano za nedjelju."),
]


def _changed(english: str) -> str:
    """The English sentence with its first month or weekday name replaced by another."""
    for names in (MONTHS, WEEKDAYS):
        for i, name in enumerate(names):
            if re.search(rf"\b{name}(?=s?\b)", english):  # "Mondays" too
                return re.sub(rf"\b{name}(?=s?\b)", names[(i + 3) % len(names)], english,
                              count=1)
    raise AssertionError(f"no month or weekday in {english!r}")


def _date_errors(english: str, lang: str, version: str) -> list[str]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f.message for f in check_pair(pair)
            if f.category == "date" and f.severity == "error"]


CASES = [("sr", en, sr) for en, sr in SERBIAN] + [
    ("sr-Cyrl", en, to_cyrillic(sr)) for en, sr in SERBIAN] + OTHERS


@pytest.mark.parametrize(("lang", "english", "version"), CASES)
def test_the_faithful_pair_gives_no_number_or_date_error(lang, english, version):
    assert number_date_errors(english, lang, version) == []


@pytest.mark.parametrize(("lang", "english", "version"), CASES)
def test_a_changed_english_month_or_weekday_is_a_date_error(lang, english, version):
    assert _date_errors(_changed(english), lang, version) != []


def test_a_cyrillic_roman_month_with_cyrillic_letters_is_compared():
    """Cyrillic text types the Roman numeral with the Cyrillic letters that look alike."""
    version = "Именован је 1. \u0425I 2018. године."  # Cyrillic Х, Latin I
    assert number_date_errors("He was appointed on 1 November 2018.", "sr-Cyrl", version) == []
    assert _date_errors("He was appointed on 1 February 2018.", "sr-Cyrl", version) != []


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
def test_a_clock_time_after_u_with_a_dot_is_compared(lang):
    version = "Седница почиње у 15.30." if lang == "sr-Cyrl" else "Sednica počinje u 15.30."
    assert number_date_errors("The session starts at 3.30 p.m.", lang, version) == []
    assert number_date_errors("The session starts at 4.30 p.m.", lang, version) != []


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
def test_a_week_said_with_the_ijekavian_word_answers_no_weekday(lang):
    """ "prošle nedjelje" after a reference that says "last week": a week, no Sunday."""
    version = "Cijene su porasle prošle nedjelje."
    version = to_cyrillic(version) if lang == "sr-Cyrl" else version
    assert number_date_errors("Prices rose last week.", lang, version) == []


@pytest.mark.parametrize("lang", ["sr", "sr-Cyrl"])
def test_a_year_with_its_case_ending_is_compared_as_the_year(lang):
    version = "Tokom 2018-e izvoz je porastao."
    version = to_cyrillic(version) if lang == "sr-Cyrl" else version
    assert number_date_errors("Exports grew in 2018.", lang, version) == []
    assert number_date_errors("Exports grew in 2017.", lang, version) != []
