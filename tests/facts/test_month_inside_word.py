"""A month name read inside a longer word is no month: in Devanagari a vowel sign after
the name's last consonant belongs to the word ("जूनियर", junior, holds the letters of "जून",
June), though Python's `re` counts it no word character. The month said as a word of its
own, or before a postposition, is still read and compared. The sentences are the team's own
writing."""

from __future__ import annotations

import pytest

from checker.facts import dates
from checker.model import SegmentPair
from checker.pipeline import check_pair


def _date_findings(english: str, version: str, lang: str = "hi") -> list[str]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f.severity for f in check_pair(pair) if f.category == "date"]


@pytest.mark.parametrize("text", [
    "जूनियर टीम ने फाइनल में खिताब जीता।",
    "कई जूनियर डॉक्टरों ने काम बंद कर दिया।",
])
def test_a_word_that_holds_a_month_name_is_no_month(text):
    assert [f.value for f in dates.extract(text, "hi")] == []


@pytest.mark.parametrize(("english", "version", "old", "new"), [
    ("The junior team won the title in June.", "जूनियर टीम ने जून में खिताब जीता।",
     "June", "July"),
    ("Junior doctors went on strike in March.", "जूनियर डॉक्टर मार्च में हड़ताल पर गए।",
     "March", "April"),
    ("The junior squad travels to Delhi on 12 June.",
     "जूनियर दल 12 जून को दिल्ली रवाना होगा।", "12 June", "12 May"),
])
def test_the_month_beside_it_is_compared(english, version, old, new):
    assert _date_findings(english, version) == []
    assert "error" in _date_findings(english.replace(old, new, 1), version)


def test_a_junior_team_adds_no_date():
    assert _date_findings("The junior team won the title.", "जूनियर टीम ने खिताब जीता।") == []
