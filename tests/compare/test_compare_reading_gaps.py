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
