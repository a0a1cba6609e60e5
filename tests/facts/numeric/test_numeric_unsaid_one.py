"""A bare unit of time before "and" and a count of a smaller unit is one of it
(checker/facts/numeric/unsaid_one.py): "minutu i pet sekundi" is 1 minute and 5 seconds."""

from __future__ import annotations

import pytest

from checker.context import CheckContext
from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair


def _counts(text: str, lang: str) -> list[tuple[object, str | None]]:
    return sorted((f.value, f.unit) for f in analyse(text, lang) if f.category == "number")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Za to mu je trebala minuta i pet sekundi.", "hr", [(1, "minute"), (5, "second")]),
    ("Vožnja do zračne luke traje sat i 20 minuta.", "hr", [(1, "hour"), (20, "minute")]),
    ("Opsada je trajala godinu i dva mjeseca.", "hr", [(1, "year"), (2, "month")]),
    ("The climb took a minute and five seconds.", "en", [(1, "minute"), (5, "second")]),
])
def test_bare_unit_before_a_smaller_count_is_one(text, lang, expected):
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a count before the noun is read with it, never as a second "one"
    ("Čekali su dva sata i 20 minuta.", "hr", [(2, "hour"), (20, "minute")]),
    # no smaller count after the connector: no number
    ("Cijeli dan i noć padala je kiša.", "hr", []),
    # a larger unit after the connector: the noun is no measure of one
    ("Ostao je minutu i dvije godine kasnije se vratio.", "hr", [(2, "year")]),
])
def test_no_unsaid_one_otherwise(text, lang, expected):
    assert _counts(text, lang) == expected


def test_faithful_and_drifted_pair():
    english = "The winner finished 1 minute and 5 seconds ahead of the rest."
    faithful = "Pobjednik je u cilj stigao minutu i pet sekundi ispred ostalih."
    run = CheckContext()

    def findings(reference: str, version: str, severities: tuple[str, ...]) -> list[str]:
        pair = SegmentPair("t", "en", reference, "hr", version)
        return [f.message for f in check_pair(pair, run)
                if f.category == "number" and f.severity in severities]

    assert findings(english, faithful, ("error", "warning")) == []
    drifted = faithful.replace("minutu i pet", "dvije minute i pet")
    assert findings(english, drifted, ("error",)) != []
    assert findings(english.replace("1 minute", "2 minutes"), faithful, ("error",)) != []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The rescue took several hours and 20 minutes.", "en"),
        ("Crews searched for a few days and 6 hours before the storm broke.", "en"),
        ("The dispute dragged on for many years and 3 months.", "en"),
        ("Spasavanje je trajalo nekoliko sati i 20 minuta.", "sr"),
        ("Potraga je trajala par dana i 6 sati.", "hr"),
        ("Die Bergung dauerte mehrere Stunden und 20 Minuten.", "de"),
        ("Die Suche dauerte ein paar Tage und 6 Stunden.", "de"),
        ("Les négociations ont duré plusieurs années et 3 mois.", "fr"),
        ("O resgate levou várias horas e 20 minutos.", "pt"),
        ("El rescate duró varias horas y 20 minutos.", "es"),
    ],
)
def test_a_noun_counted_by_a_vague_quantity_is_no_one(text, lang):
    """"several hours and 20 minutes" says hours of no number: no "one" is read."""
    assert [f.value for f in analyse(text, lang)] == [
        f.value for f in analyse(text, lang) if f.value != 1]


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("The operation lasted two hours and 20 minutes.", "sr",
         "Operacija je trajala sat i 20 minuta."),
        ("The operation lasted an hour and 20 minutes.", "sr",
         "Operacija je trajala sat i 25 minuta."),
        ("The flight was delayed by two hours and 10 minutes.", "de",
         "Der Flug hatte eine Stunde und 10 Minuten Verspätung."),
    ],
)
def test_a_changed_count_beside_an_unsaid_one_stays_an_error(english, lang, version):
    pair = SegmentPair("t", "en", english, lang, version)
    errors = [f for f in check_pair(pair) if f.category == "number" and f.severity == "error"]
    assert errors != []
