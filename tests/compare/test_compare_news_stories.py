"""Numbers and dates of our own whole news stories (tests/data/stories/<story>/: en.txt and
faithful el.txt and pt.txt, one sentence a line, written as a newspaper translator would),
and pairs of our own sentences for each reading those stories showed missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.news_pairs import number_date_errors

from checker.model import SegmentPair
from checker.pipeline import CheckOptions, check_pair, check_story

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"


def _story_findings(story: Path, lang: str) -> list:
    report = check_story([story / "en.txt", story / f"{lang}.txt"],
                         CheckOptions(reference="en", translate=False))
    return [f for f in report.findings if f.category in ("number", "date")]


@pytest.mark.parametrize(
    ("story", "lang"),
    [(story.name, version.stem) for story in sorted(STORIES.iterdir())
     for version in sorted(story.glob("*.txt")) if version.stem != "en"],
)
def test_a_faithful_story_gives_no_number_or_date_error(story: str, lang: str) -> None:
    found = _story_findings(STORIES / story, lang)
    assert [f.message for f in found if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        # an ordinal before a century word is a century, as a Roman numeral is: the
        # changed century pairs with the century, not with the version's "second" (half)
        ("The bridge was built in the second half of the 18th century.", "el",
         "Η γέφυρα χτίστηκε στο δεύτερο μισό του 17ου αιώνα."),
        ("The bridge was built in the second half of the 18th century.", "pt",
         "A ponte foi construída na segunda metade do século XVII."),
        # a hot day a degree warmer is no conversion of -43 °F (-41.7 °C) with minus signs unread
        ("The water in the bay reached 43 degrees on Sunday.", "el",
         "Το νερό στον κόλπο έφτασε τους 42 βαθμούς την Κυριακή."),
        ("The water in the bay reached 43 degrees on Sunday.", "pt",
         "A água da baía chegou aos 42 graus no domingo."),
        # Greek spans of years and months in one word
        ("The lake has shrunk steadily over the past 20 years.", "el",
         "Η λίμνη συρρικνώνεται σταθερά την τελευταία τριακονταετία."),
        ("Sales fell in the first eight months of the year.", "el",
         "Οι πωλήσεις μειώθηκαν το πρώτο εννεάμηνο του έτους."),
        # one and a half said with the noun between: "um dia e meio"
        ("The strike lasted 2.5 days in the end.", "pt", "A greve acabou por durar um dia e meio."),
        ("The hearing took 3.5 hours.", "es", "La audiencia duró una hora y media."),
        # a small "τρίτη", "πέμπτη" is the ordinal; only the capitalised word is the weekday
        ("The team finished fourth for the second year in a row.", "el",
         "Η ομάδα τερμάτισε πέμπτη για δεύτερη συνεχή χρονιά."),
        ("The pool reached 32C at noon.", "pt", "A piscina chegou aos 31 graus ao meio-dia."),
        # a number word at the end of a sentence is no month cut short ("οκτώ." and
        # "Οκτω(βρίου).")
        ("Of the twelve finalists, seven were women.", "el",
         "Από τους δώδεκα φιναλίστ, οι γυναίκες ήταν οκτώ."),
    ],
)
def test_a_planted_change_is_an_error(english: str, lang: str, version: str) -> None:
    assert number_date_errors(english, lang, version) != []


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("The bridge was built in the second half of the 17th century.", "el",
         "Η γέφυρα χτίστηκε στο δεύτερο μισό του 17ου αιώνα."),
        ("The bridge was built in the second half of the 17th century.", "pt",
         "A ponte foi construída na segunda metade do século XVII."),
        ("The lake has shrunk steadily over the past 30 years.", "el",
         "Η λίμνη συρρικνώνεται σταθερά την τελευταία τριακονταετία."),
        ("Sales fell in the first nine months of the year.", "el",
         "Οι πωλήσεις μειώθηκαν το πρώτο εννεάμηνο του έτους."),
        ("The club signed the striker on a four-year contract.", "el",
         "Ο σύλλογος απέκτησε τον επιθετικό με τετραετές συμβόλαιο."),
        ("The strike lasted 1.5 days in the end.", "pt", "A greve acabou por durar um dia e meio."),
        ("The hearing took an hour and a half.", "es", "La audiencia duró una hora y media."),
        ("The hearing took 1.5 hours.", "pt", "A audiência durou uma hora e meia."),
        ("The runner-up was a minute behind, and last year's winner came fifth.", "el",
         "Η δεύτερη τερμάτισε ένα λεπτό πίσω, ενώ η περσινή νικήτρια ήρθε πέμπτη."),
        ("The team finished fifth for the second year in a row on Tuesday.", "el",
         "Η ομάδα τερμάτισε πέμπτη για δεύτερη συνεχή χρονιά την Τρίτη."),
        # the Fahrenheit figure beside the Celsius one says the same temperature again
        ("The pool was 31.5 degrees Celsius (88.7F) at noon.", "pt",
         "A piscina estava a 31,5 graus Celsius ao meio-dia."),
    ],
)
def test_a_faithful_pair_gives_no_error(english: str, lang: str, version: str) -> None:
    assert number_date_errors(english, lang, version) == []


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        # a decade and a quarter are units, not ten years or three months
        ("Prices rose in the 1990s.", "el", "Οι τιμές αυξήθηκαν τη δεκαετία του 1990."),
        ("Sales rose 2% in the third quarter.", "el",
         "Οι πωλήσεις αυξήθηκαν 2% το τρίτο τρίμηνο."),
    ],
)
def test_a_unit_word_is_no_count_glued_to_its_unit(english: str, lang: str, version: str) -> None:
    pair_findings = number_date_findings(english, lang, version)
    assert pair_findings == []


def number_date_findings(english: str, lang: str, version: str) -> list[str]:
    """Every number and date finding of one English pair, any severity."""
    pair = SegmentPair("t", "en", english, lang, version)
    return [f.message for f in check_pair(pair) if f.category in ("number", "date")]


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("Most of the old houses date from the 1700s.", "el",
         "Τα περισσότερα παλιά σπίτια χρονολογούνται από τον 18ο αιώνα."),
        ("Most of the old houses date from the 1700s.", "pt",
         "A maioria das casas antigas data do século XVIII."),
    ],
)
def test_a_hundred_years_in_the_decade_form_is_the_century(english: str, lang: str,
                                                          version: str) -> None:
    assert number_date_findings(english, lang, version) == []


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        # the bracketed amount in another currency says the first again: dropped, no drift
        ("The museum will cost $450m (£360m) to build.", "el",
         "Η κατασκευή του μουσείου θα κοστίσει 450 εκατ. δολάρια."),
        ("The museum will cost $450m (£360m) to build.", "pt",
         "A construção do museu vai custar 450 milhões de dólares."),
    ],
)
def test_a_currency_restated_in_brackets_may_be_dropped(english: str, lang: str,
                                                       version: str) -> None:
    assert number_date_findings(english, lang, version) == []


def test_a_restated_currency_still_reports_the_changed_first_amount() -> None:
    found = number_date_findings("The museum will cost $550m (£360m) to build.", "pt",
                                 "A construção do museu vai custar 450 milhões de dólares.")
    assert any("550m" in message for message in found)


def test_a_figure_said_twice_for_every_is_no_added_number() -> None:
    assert number_date_findings("The buses run every 15 minutes.", "pt",
                                "Os autocarros passam de 15 em 15 minutos.") == []


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("The deal was signed the day before yesterday.", "pt",
         "O acordo foi assinado ante-ontem."),
        ("The deal was signed the day before yesterday.", "el", "Η συμφωνία υπογράφηκε προχθές."),
        ("The vote is the day after tomorrow.", "es", "La votación es pasado mañana."),
        ("The vote is the day after tomorrow.", "nl", "De stemming is overmorgen."),
    ],
)
def test_two_days_off_is_its_own_day(english: str, lang: str, version: str) -> None:
    assert number_date_findings(english, lang, version) == []
    nearer = english.replace("the day before yesterday", "yesterday").replace(
        "the day after tomorrow", "tomorrow")
    assert number_date_errors(nearer, lang, version) != []


@pytest.mark.parametrize(
    ("english", "version", "changed"),
    [
        ("A six-year-old boy was found safe.", "Een zesjarig jongetje werd ongedeerd gevonden.",
         "A five-year-old boy was found safe."),
        ("The talks ended at noon.", "De gesprekken eindigden rond het middaguur.",
         "The talks ended at 3pm."),
    ],
)
def test_dutch_compounds_and_noon(english: str, version: str, changed: str) -> None:
    assert number_date_findings(english, "nl", version) == []
    assert number_date_errors(changed, "nl", version) != []
