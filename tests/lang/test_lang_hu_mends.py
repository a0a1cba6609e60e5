"""Hungarian review mends, each with the drifted twin still an error: "-as/-es" after digits
is a decade only before the plural of "év" ("a 90-es években"; "a 20-as busz" is bus number
20), "kétszer annyi" (twice as many) counts no people, a date in spaced digits
("2023. 01. 05.") is one sentence and one date, and a name with its family name first
("Kovács Péter") is found where the other side names the family name alone.
The sentences are the team's own writing."""

from __future__ import annotations

import pytest

from checker.context import CheckContext
from checker.facts.numeric import analyse
from checker.model import Document, SegmentPair
from checker.pipeline import analyse as analyse_document
from checker.pipeline import check_pair

RUN = CheckContext()


def _findings(reference: str, version: str, severity: str = "error") -> list[str]:
    pair = SegmentPair("t", "en", reference, "hu", version)
    return [f.message for f in check_pair(pair, RUN) if f.severity == severity]


@pytest.mark.parametrize(("text", "facts"), [
    ("A 20-as busz ma nem jár.", [("cardinal", 20)]),
    ("A 7-es villamos húsz percet késett.", [("cardinal", 7), ("cardinal", 20)]),
    ("Egy 2020-as felmérés szerint nőttek az árak.", [("year", "2020")]),
    ("A 90-es években a város gyorsan nőtt.", [("decade", "1990")]),
    ("Az 1990-es évek elején a gyár bezárt.", [("decade", "1990")]),
    ("A 80-as és 90-es években sokan elköltöztek.", [("decade", "1980"), ("decade", "1990")]),
    ("A 60-as, 70-es években a kikötő forgalmas volt.", [("decade", "1960"), ("decade", "1970")]),
    ("A hatvanas években épült a híd.", [("decade", "1960")]),
    ("A 20-as éveiben járó férfit kórházba vitték.", [("decade", "1920")]),
    ("A cég a 90-es évtizedben gyorsan nőtt.", [("decade", "1990")]),
])
def test_an_adjective_of_a_number_is_no_decade(text, facts):
    assert [(f.kind, f.value) for f in analyse(text, "hu")] == facts


@pytest.mark.parametrize(("english", "version", "old", "new"), [
    ("Bus number 20 does not run today.", "A 20-as busz ma nem jár.", "20", "30"),
    ("According to a 2020 survey, prices rose.", "Egy 2020-as felmérés szerint nőttek az árak.",
     "2020", "2021"),
    ("The city grew fast in the 1990s.", "A 90-es években a város gyorsan nőtt.", "1990s",
     "1980s"),
    ("Many people moved away in the 1980s and 1990s.",
     "A 80-as és 90-es években sokan elköltöztek.", "1980s", "1970s"),
    ("Three times as many people came as last year.",
     "Háromszor annyi ember jött el, mint tavaly.", "Three", "Four"),
    ("Twice as many passengers are expected.", "Kétszer annyi utast várnak.", "Twice",
     "Three times"),
    ("The decision was made on 5 January 2023.", "A döntés 2023. 01. 05-én született.",
     "5 January", "6 January"),
    ("The session began on 5 January 2023 in Pécs.",
     "Az ülés 2023. 01. 05. napján kezdődött Pécsett.", "January", "February"),
])
def test_faithful_pair_is_clean_and_its_drifted_twin_an_error(english, version, old, new):
    assert _findings(english, version) == []
    assert old in english
    assert _findings(english.replace(old, new, 1), version) != []


def test_twice_as_many_counts_no_people():
    (fact,) = analyse("Kétszer annyi ember jött el.", "hu")
    assert (fact.value, fact.unit) == (2, None)
    (fact,) = analyse("Két ember jött el.", "hu")
    assert (fact.value, fact.unit) == (2, "person")


@pytest.mark.parametrize("text", [
    "A döntés 2023. 01. 05-én született.",
    "Az ülés 2023. 01. 05. napján kezdődött.",
    "A szerződést 2024. 3. 15-én írták alá.",
])
def test_a_spaced_digit_date_is_one_sentence_and_one_date(text):
    doc = analyse_document(Document("x", text, "hu", "given"))
    assert [s.text for s in doc.sentences] == [text]
    assert [f.kind for f in analyse(text, "hu")] == ["date"]


def test_a_year_alone_still_ends_its_sentence():
    doc = analyse_document(Document("x", "A terv célja 2030. Jövőre indul.", "hu", "given"))
    assert len(doc.sentences) == 2


@pytest.mark.parametrize(("english", "version"), [
    ("Kovacs said the plan was ready.", "Kovács Péter szerint a terv kész."),
    ("Peter Kovacs said the plan was ready.", "Kovács szerint a terv kész."),
    ("Peter Kovacs said the plan was ready.", "Kovács Péter szerint a terv kész."),
    ("Peter Kovacs said the plan was ready.", "Péter Kovács szerint a terv kész."),
    ("Peter Kovacs said the plan was ready. Kovacs added that work would start in May.",
     "Kovács szerint a terv kész. Kovács Péter hozzátette, hogy a munka májusban indul."),
])
def test_a_family_name_first_or_alone_is_the_same_person(english, version):
    assert _findings(english, version, "error") == []
    assert not [m for m in _findings(english, version, "warning") if "name" in m]
    assert not [m for m in _findings(english, version, "info") if "name" in m]


@pytest.mark.parametrize(("english", "version"), [
    ("Peter Kovacs said the plan was ready.", "Nagy Péter szerint a terv kész."),
    ("Mayor Peter Kovacs met the minister.", "Nagy Péter polgármester találkozott a miniszterrel."),
])
def test_another_family_name_is_a_changed_name(english, version):
    assert _findings(english, version) != []


def test_another_given_name_beside_the_family_name_is_not_found():
    assert _findings("John Kovacs said the plan was ready.", "Kovács Péter szerint a terv kész.",
                     "info") != []
