"""Two kinds of time every language reads by data: noon and midnight (CLDR's day-period
names where the language declares no word for them, `day_periods.noon_and_midnight`),
and bare hours listed after a clock time ("klockan 16 och 21", `times._listed_hours`);
and a weekday name right after a count that the language counts as a unit ("18 luni").
Our own sentences (none from an evaluation set): each faithful pair gives no error and
no date or number warning, each drifted twin an error."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.facts.numeric.day_periods import noon_and_midnight
from checker.model import SegmentPair
from checker.pipeline import check_pair

# (language, English, faithful version, drifted version)
PAIRS = [
    ("ro", "The vote ended at midday.", "Votul s-a încheiat la prânz.",
     "Votul s-a încheiat la miezul nopții."),
    ("sv", "The vote ended at midday.", "Omröstningen avslutades mitt på dagen.",
     "Omröstningen avslutades vid midnatt."),
    ("sv", "The curfew starts at midnight.", "Utegångsförbudet börjar vid midnatt.",
     "Utegångsförbudet börjar mitt på dagen."),
    ("de", "The talks resumed at noon.", "Die Gespräche wurden um Mittag fortgesetzt.",
     "Die Gespräche wurden um Mitternacht fortgesetzt."),
    ("fi", "The border closes at midnight.", "Raja suljetaan keskiyöllä.",
     "Raja suljetaan keskipäivällä."),
    ("ca", "The ceasefire began at midnight.", "L'alto el foc va començar a mitjanit.",
     "L'alto el foc va començar a les dues."),
    ("sv", "Extra trains run at 4 p.m. and 9 p.m.", "Extratåg går klockan 16 och 21.",
     "Extratåg går klockan 16 och 22."),
    ("sv", "A curfew was imposed from 9 p.m. to 6 a.m.",
     "Ett utegångsförbud infördes mellan klockan 21 och 6.",
     "Ett utegångsförbud infördes mellan klockan 21 och 7."),
    ("ro", "Shops may open between 8 a.m. and 8 p.m.",
     "Magazinele pot fi deschise între orele 8 și 20.",
     "Magazinele pot fi deschise între orele 8 și 22."),
    ("ro", "The polls close at 9 p.m.", "Secțiile de votare se închid la ora 21.",
     "Secțiile de votare se închid la ora 22."),
    ("ro", "He spent 18 months in prison.", "El a petrecut 18 luni în închisoare.",
     "El a petrecut 16 luni în închisoare."),
    ("fr", "It airs on BBC Radio 4 on Sunday.", "L'émission passe sur BBC Radio 4 dimanche.",
     "L'émission passe sur BBC Radio 4 samedi."),
]


def _findings(english: str, lang: str, version: str) -> list:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f for f in check_pair(pair) if f.category in ("number", "date")]


@pytest.mark.parametrize(("lang", "english", "faithful", "drifted"), PAIRS)
def test_faithful_agrees_and_drift_is_an_error(lang: str, english: str, faithful: str,
                                               drifted: str) -> None:
    assert [f.message for f in _findings(english, lang, faithful)
            if f.severity != "info"] == []
    assert any(f.severity == "error" for f in _findings(english, lang, drifted))


def test_a_count_listed_after_an_hour_is_no_hour() -> None:
    english = "The curfew starts at 9 p.m. and 20 people were fined."
    version = "Interdicția începe la ora 21 și 20 de persoane au fost amendate."
    assert [f.message for f in _findings(english, "ro", version) if f.severity != "info"] == []


def test_cldr_noon_and_midnight_leave_out_what_names_another_period() -> None:
    assert noon_and_midnight(("fr",)) == {"minuit": "T00:00"}  # "midi" is in "après-midi"
    assert "ночі" not in noon_and_midnight(("uk",))  # "at night" too
    assert noon_and_midnight(("uk",))["північ"] == "T00:00"
    assert "amiază" not in noon_and_midnight(("ro",))  # "după-amiază" is the afternoon
    assert noon_and_midnight(("ro",))["la amiază"] == "T12:00"


def test_a_weekday_after_its_preposition_is_the_day_after_any_number() -> None:
    english = "The show airs on Radio 4 on Sunday at 11.15."
    version = "Emisija se emituje na radiju 4 u nedelju u 11.15."
    assert [f.message for f in _findings(english, "sr", version) if f.severity != "info"] == []
    drifted = english.replace("Sunday", "Friday")
    assert any(f.severity == "error" for f in _findings(drifted, "sr", version))


def test_several_hours_answered_by_bare_numbers_of_the_24_hour_clock() -> None:
    english = "The concert starts at 9 p.m. and ends at 11 p.m."
    faithful = "Le concert commence à 21 h et se termine à 23 h."
    assert [f.message for f in _findings(english, "fr", faithful) if f.severity != "info"] == []
    drifted = faithful.replace("23 h", "22 h")
    assert any(f.severity != "info" for f in _findings(english, "fr", drifted))


@pytest.mark.parametrize("text", [
    "The talks began at 3 p.m., 2 hours after the attack.",
    "The talks began at 3 p.m. and 2 hours later they ended.",
])
def test_a_span_of_hours_after_a_clock_time_stays_a_span(text: str) -> None:
    times = [f.value for f in analyse(text, "en") if f.kind == "time"]
    assert times == ["T15:00"]
