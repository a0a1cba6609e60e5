"""Month and weekday names as the first part of a compound (`dates.PREFIX_MATCH`): a
compound only where the name is no short word and the rest is a word of its own."""

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
