"""Month and weekday names where they are other words too: as the first part of a
compound (`dates.PREFIX_MATCH`), and short weekday forms that are also ordinals."""

from __future__ import annotations

import pytest

from checker.facts import dates


def _dates(text: str, lang: str) -> list:
    return [(f.kind, f.value) for f in dates.extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Het meisje speelde in de tuin.", "nl", []),
        ("Twee 4-jarige meisjes zijn gevonden.", "nl", []),
        ("De junioren wonnen de beker.", "nl", []),
        ("Die Junioren gewannen in Mainz.", "de", []),
        ("Op zaterdagmiddag 6 mei begon het.", "nl",
         [("weekday", "Saturday"), ("date", "--05-06")]),
        ("Zondags is de winkel dicht.", "nl", [("weekday", "Sunday")]),
        ("Am Freitagabend kam der Zug.", "de", [("weekday", "Friday")]),
        ("Bis zur Märzmitte regnete es.", "de", [("month", "--03")]),
    ],
)
def test_compounds_of_month_and_weekday_names(text: str, lang: str, expected: list) -> None:
    assert _dates(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Portuguese writes weekdays in lower case (CLDR): a capital inside a sentence is
        # a title, and the short form an ordinal
        ("O museu conta a história da Segunda Guerra Mundial.", []),
        ("Visitámos a Quinta das Lágrimas em Coimbra.", []),
        ("Sexta, o governo aprovou o orçamento.", [("weekday", "Friday")]),
        ("O ministro chega na quarta à tarde.", [("weekday", "Wednesday")]),
    ],
)
def test_a_capital_is_no_sign_of_a_weekday_where_weekdays_are_lower_case(
    text: str, expected: list
) -> None:
    assert _dates(text, "pt") == expected


def test_a_capital_still_tells_a_greek_weekday_from_the_ordinal() -> None:
    assert _dates("Η σύνοδος αρχίζει την Τρίτη.", "el") == [("weekday", "Tuesday")]
    assert _dates("Ήταν η τρίτη σύνοδος.", "el") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Požar je izbio prekjuče u Kragujevcu.", "sr", "day_before_yesterday"),
        ("Пожар је избио прекјуче у Крагујевцу.", "sr-Cyrl", "day_before_yesterday"),
        ("Sajam se otvara prekosutra.", "sr", "day_after_tomorrow"),
        ("Zjarri shpërtheu pardje në Durrës.", "sq", "day_before_yesterday"),
        ("Panairi hapet pasnesër.", "sq", "day_after_tomorrow"),
        ("اندلع الحريق أول أمس في المدينة.", "ar", "day_before_yesterday"),
        ("يفتتح المعرض بعد غد.", "ar", "day_after_tomorrow"),
        ("Пожежа спалахнула позавчора в Одесі.", "uk", "day_before_yesterday"),
        ("Ярмарок відкриється післязавтра.", "uk", "day_after_tomorrow"),
    ],
)
def test_the_day_before_yesterday_and_after_tomorrow_are_days_of_their_own(
    text: str, lang: str, expected: str
) -> None:
    assert _dates(text, lang) == [("relative", expected)]
