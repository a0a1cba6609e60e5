"""Clock times whose half of the day is said on both sides: twelve hours apart they are a
change ("9 p.m." against "9 uur 's ochtends"), while a side that leaves the half unsaid
("om negen uur") still answers either half. Our own sentences."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair


def _date_findings(english: str, lang: str, version: str) -> list[Finding]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f for f in check_pair(pair) if f.category == "date"]


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("The night train leaves at 9 p.m.", "nl",
         "De nachttrein vertrekt om 9 uur 's ochtends."),
        ("The night train leaves at 9 p.m.", "sr", "Noćni voz polazi u 9 ujutru."),
        ("The night train leaves at 9 p.m.", "sr-Cyrl", "Ноћни воз полази у 9 ујутру."),
        ("The night train leaves at 21:00.", "nl", "De nachttrein vertrekt om 09:00."),
        ("The bakery opens at 7 a.m.", "nl", "De bakkerij gaat om 7 uur 's avonds open."),
        ("The bakery opens at 7 a.m.", "sr", "Pekara se otvara u 19:00."),
        ("The bakery opens at 07:30.", "de", "Die Bäckerei öffnet um 19:30 Uhr."),
    ],
)
def test_both_halves_said_and_twelve_hours_apart_is_a_change(english, lang, version):
    errors = [f for f in _date_findings(english, lang, version) if f.severity == "error"]
    assert [f.kind for f in errors] == ["changed"]


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("The night train leaves at 9 p.m.", "nl", "De nachttrein vertrekt om 9 uur."),
        ("The night train leaves at nine.", "nl", "De nachttrein vertrekt om 21:00."),
        ("The night train leaves at 9 p.m.", "sr", "Noćni voz polazi u 9 sati."),
        ("The bakery opens at 7 a.m.", "nl", "De bakkerij gaat om 7 uur 's ochtends open."),
        ("The bakery opens at 7 a.m.", "sr", "Pekara se otvara u 7 ujutru."),
        ("The bakery opens at 7:30.", "de", "Die Bäckerei öffnet um 19:30 Uhr."),
    ],
)
def test_a_half_said_on_one_side_only_is_no_change(english, lang, version):
    assert _date_findings(english, lang, version) == []


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("Sednica počinje u tri i petnaest.", "sr", "T03:15"),
        ("Trajekt isplovljava u osam i četvrt.", "hr", "T08:15"),
        ("Седница почиње у три и петнаест.", "sr-Cyrl", "T03:15"),
        ("Autobus kreće u šest i četrdeset pet ujutru.", "bs", "T06:45"),
        ("Koncert počinje u devet i deset, a završava se kasno.", "sr", "T09:10"),
    ],
)
def test_serbo_croatian_minutes_after_the_clock_preposition(text, lang, time):
    assert [(f.kind, f.value) for f in analyse(text, lang)] == [("time", time)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fond je narastao na tri i četvrt miliona evra.", "sr"),
        ("Projekat je uložen u tri i po miliona stanova.", "sr"),
        ("Pomoć je stigla u tri i petnaest sela.", "sr"),
    ],
)
def test_serbo_croatian_hour_and_minutes_without_the_clock_are_numbers(text, lang):
    assert all(f.kind != "time" for f in analyse(text, lang))


def test_serbian_quarter_past_against_another_english_time():
    english = "The ferry leaves at 8:30 a.m."
    errors = [f for f in _date_findings(english, "sr", "Trajekt polazi u osam i četvrt.")
              if f.severity == "error"]
    assert [f.kind for f in errors] == ["changed"]
    assert _date_findings("The ferry leaves at 8:15.", "sr",
                          "Trajekt polazi u osam i četvrt.") == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The polls close at 8 in the evening.", "T20:00"),
        ("The raid began at two in the morning.", "T02:00"),
        ("The ferry docks at 4 o'clock in the afternoon.", "T16:00"),
    ],
)
def test_english_hour_with_its_half_of_the_day_in_words(text, time):
    assert [(f.kind, f.value) for f in analyse(text, "en")] == [("time", time)]


def test_english_count_before_morning_without_at_stays_a_count():
    assert [f.kind for f in analyse("Two in the morning shift were hurt.", "en")] == [
        "cardinal"]


def test_english_evening_hour_against_a_dutch_morning_hour():
    errors = [f for f in _date_findings("The polls close at 8 in the evening.", "nl",
                                        "De stembureaus sluiten om 8 uur 's ochtends.")
              if f.severity == "error"]
    assert [f.kind for f in errors] == ["changed"]
