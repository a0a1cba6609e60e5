"""Czech "mil" is short for millions ("5 mil. Kč") and, in CLDR's unit data, the miles of
"5 mil" (the genitive plural of "míle"): without the abbreviation's dot and more words after
it, which of the two is not sure, so a difference is a warning; with them ("5 mil. Kč",
"2 mil. korun") it is millions, compared as such; Polish "5 mil" is only miles. The
sentences are the team's own writing."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def _numbers(english: str, lang: str, version: str) -> list[str]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f.severity for f in check_pair(pair) if f.category == "number"]


@pytest.mark.parametrize(("english", "version"), [
    ("The boat drifted 5 miles from the shore.", "Člun se vzdálil 5 mil od břehu."),
    ("The boat drifted 8 km from the shore.", "Člun se vzdálil 5 mil od břehu."),
    ("The storm passed 40 miles east of the island.", "Bouře prošla 40 mil východně od ostrova."),
])
def test_mil_without_its_dot_is_millions_or_miles_so_never_an_error(english, version):
    assert "error" not in _numbers(english, "cs", version)


@pytest.mark.parametrize(("english", "version", "old", "new"), [
    ("The new hall cost 5 million crowns.", "Nová hala stála 5 mil. Kč.", "5 million",
     "6 million"),
    ("The town will get 2 million crowns for the school.",
     "Město dostane na školu 2 mil. korun.", "2 million", "3 million"),
    ("The region will get 5 million euros.", "Kraj dostane 5 mil. EUR.", "5 million",
     "7 million"),
])
def test_mil_with_its_dot_and_a_currency_is_millions(english, version, old, new):
    lang = "sk" if "Kraj" in version else "cs"
    assert _numbers(english, lang, version) == []
    assert "error" in _numbers(english.replace(old, new, 1), lang, version)


def test_polish_mil_is_only_miles():
    assert "error" not in _numbers("The road is 5 miles long.", "pl", "Droga ma 5 mil długości.")
    assert "error" in _numbers("The road is 7 miles long.", "pl", "Droga ma 5 mil długości.")
