"""A person swapped for another with the same given name, where the English surname is
also a common word ("Grant", "Baker", "Smith"): the transcribed full name is compared
whole, surname included (our own news sentences, Ukrainian and other languages). The
faithful pair gains no finding; the drifted twin is an error."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

# (language, English, version, English with another surname planted)
CASES = [
    ("uk", "Sarah Baker will lead the inquiry, the ministry said.",
     "Розслідування очолить Сара Бейкер, повідомило міністерство.",
     "Sarah Grant will lead the inquiry, the ministry said."),
    ("uk", "John Smith, the mayor, opened the new bridge on Monday.",
     "Мер Джон Сміт у понеділок відкрив новий міст.",
     "John Baker, the mayor, opened the new bridge on Monday."),
    ("uk", "The striker Tom Baker scored twice in the second half.",
     "Нападник Том Бейкер забив двічі у другому таймі.",
     "The striker Tom Smith scored twice in the second half."),
    ("ru", "Sarah Baker will lead the inquiry, the ministry said.",
     "Расследование возглавит Сара Бейкер, сообщило министерство.",
     "Sarah Grant will lead the inquiry, the ministry said."),
    ("sr", "The budget was approved by a committee chaired by Emily Smith.",
     "Budžet je odobrio odbor kojim predsedava Emili Smit.",
     "The budget was approved by a committee chaired by Emily Baker."),
]


def entity_findings(english: str, lang: str, text: str) -> list:
    pair = SegmentPair("own", "en", english, lang, text)
    return [f for f in check_pair(pair) if f.category == "entity"]


@pytest.mark.parametrize(("lang", "english", "version", "drifted"), CASES)
def test_surname_that_is_a_common_word(lang, english, version, drifted):
    assert entity_findings(english, lang, version) == []
    assert any(f.severity == "error" for f in entity_findings(drifted, lang, version))


def test_surname_transcribed_is_the_same_person():
    # "Cook" is a common word too; "Кука" is its transcription, inflected: one person.
    found = entity_findings("According to James Cook, the ship sank in minutes.", "uk",
                            "За словами Джеймса Кука, корабель затонув за лічені хвилини.")
    assert not any(f.severity == "error" for f in found)


def test_translated_place_word_is_no_surname():
    # "County" is translated ("Bölgesi"), not transcribed: no person swapped.
    found = entity_findings("Schools in Pasco County closed on Monday.", "tr",
                            "Pasco Bölgesi'ndeki okullar pazartesi günü kapandı.")
    assert not any(f.severity == "error" for f in found)


def test_place_name_with_a_common_word_keeps_quiet():
    # "Bridge" is a common word of a place's name, not a surname: the French names the
    # ground as English does.
    assert entity_findings("The Stamford Bridge crowd cheered Frank Lampard.", "fr",
                           "Le public de Stamford Bridge a acclamé Frank Lampard.") == []
