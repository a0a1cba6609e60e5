"""Readings of numbers and dates that news translators write differently from English: our
own sentence pairs, each faithful pair silent at error level and each changed one an error."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors

from checker.model import SegmentPair
from checker.pipeline import check_pair


def number_date_findings(english: str, lang: str, version: str) -> list[str]:
    """Every number and date finding of one English pair, any severity."""
    pair = SegmentPair("t", "en", english, lang, version)
    return [f.message for f in check_pair(pair) if f.category in ("number", "date")]


# a year right before a scale word in the plural ("since 1985 thousands of ..."): the year
# stays a year, the scale word alone is a vague "thousands"
YEAR_BEFORE_SCALE = [
    ("Since 1985, thousands of trees have been planted.", "el",
     "Από το 1985 χιλιάδες δέντρα έχουν φυτευτεί."),
    ("Since 1985, thousands of trees have been planted.", "pt",
     "Desde 1985 milhares de árvores foram plantadas."),
    ("Since 1985, thousands of trees have been planted.", "de",
     "Seit 1985 Tausende Bäume gepflanzt wurden."),
]


@pytest.mark.parametrize(("english", "lang", "version"), YEAR_BEFORE_SCALE)
def test_a_year_before_a_scale_word_stays_a_year(english: str, lang: str, version: str) -> None:
    assert number_date_findings(english, lang, version) == []
    assert number_date_errors(english.replace("1985", "1986"), lang, version) != []


# a weekday said twice on one side where the other says it once and another day besides:
# the second mention is a changed day, not an added one
REPEATED_WEEKDAY = [
    ("The market moved from Thursday to Friday this week.", "pt",
     "O mercado passou de quinta-feira para sexta-feira esta semana.", "Friday", "Thursday"),
    ("The market moved from Thursday to Friday this week.", "el",
     "Η λαϊκή μεταφέρθηκε αυτή την εβδομάδα από την Πέμπτη στην Παρασκευή.", "Thursday",
     "Friday"),
    ("The market moved from Thursday to Friday this week.", "de",
     "Der Markt wurde diese Woche von Donnerstag auf Freitag verlegt.", "Friday", "Thursday"),
]


@pytest.mark.parametrize(("english", "lang", "version", "old", "new"), REPEATED_WEEKDAY)
def test_a_weekday_changed_into_the_other_weekday_is_an_error(
    english: str, lang: str, version: str, old: str, new: str
) -> None:
    assert number_date_findings(english, lang, version) == []
    assert number_date_errors(english.replace(old, new), lang, version) != []


def test_a_weekday_said_twice_in_the_version_against_two_days_is_an_error() -> None:
    english = "The market moved from Thursday to Friday this week."
    version = "O mercado passou de quinta-feira para quinta-feira esta semana."
    assert number_date_errors(english, "pt", version) != []
