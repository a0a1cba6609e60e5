"""People, places and organisations in Korean and Hindi found by their sound
(checker/spoken_names.py, checker/facts/titled_names.py), on news sentences written for
these tests (tests/data/spoken_names.tsv): English, a Korean and a Hindi translation as a
news agency would write them, and a drift of the English, one name replaced with another
of the same kind. No faithful pair has an error; most drifts are errors."""

from functools import cache
from pathlib import Path

import pytest

from checker.context import CheckContext
from checker.model import SegmentPair
from checker.pipeline import check_pair

_DATA = Path(__file__).parent.parent / "data" / "spoken_names.tsv"
_COLUMN = {"ko": 1, "hi": 2}
# Drifts found as errors when these tests were written (84 of 114 in Korean, 78 in
# Hindi): the rest are a name the data does not read (a city the gazetteer lacks in the
# script, an organisation by its meaning, a name English reads as common words: "Jimmy
# Carter"), a lone name without a title (of no known kind), a date, or two names whose
# consonants are too close to tell apart.
_FLOOR = {"ko": 82, "hi": 76}


@cache
def _rows() -> list[list[str]]:
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def _context() -> CheckContext:
    return CheckContext.load(None)


def _errors(english: str, version: str, lang: str) -> list[str]:
    found = check_pair(SegmentPair("t", "en", english, lang, version), _context())
    return [f.message for f in found if f.category == "entity" and f.severity == "error"]


@pytest.mark.parametrize("lang", ["ko", "hi"])
def test_faithful_pairs_have_no_error(lang):
    wrong = [(row[0], errors) for row in _rows()
             if (errors := _errors(row[0], row[_COLUMN[lang]], lang))]
    assert wrong == []


@pytest.mark.parametrize("lang", ["ko", "hi"])
def test_a_name_replaced_is_an_error(lang):
    found = [row[3] for row in _rows()
             if _errors(row[0].replace(row[3], row[4]), row[_COLUMN[lang]], lang)]
    assert len(found) >= _FLOOR[lang]
    # People next to their titles, and places of the data, in either language.
    for name in ("Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Nairobi", "Kathmandu",
                 "Benjamin Netanyahu", "Sergei Lavrov", "Claudia Sheinbaum"):
        assert name in found, name


def test_a_name_changed_is_reported_as_changed():
    row = _rows()[0]  # Macron replaced by Scholz in the English
    drifted = row[0].replace(row[3], row[4])
    for lang in ("ko", "hi"):
        assert any(m.startswith("name changed:") for m in _errors(drifted, row[_COLUMN[lang]],
                                                                  lang))


# Drifts of the version instead: a name of the Korean or Hindi replaced with another
# person's or place's, as a translator's slip would.
_VERSION_DRIFTS = {
    "ko": [("마크롱", "숄츠"), ("스타머", "수낵"), ("네타냐후", "베넷"), ("나이로비", "캄팔라"),
           ("라브로프", "페스코프"), ("밀레이", "보리치"), ("커비", "밀러"), ("카니", "트뤼도"),
           ("도쿄에", "오사카에"), ("푸틴", "메드베데프")],
    "hi": [("मैक्रों", "शोल्ज़"), ("स्टार्मर", "सुनक"), ("नेतन्याहू", "बेनेट"), ("नैरोबी", "कंपाला"),
           ("लावरोव", "पेसकोव"), ("मिलेई", "बोरिक"), ("किर्बी", "मिलर"), ("कार्नी", "ट्रूडो")],
}


@pytest.mark.parametrize("lang", ["ko", "hi"])
def test_a_name_replaced_in_the_version_is_an_error(lang):
    column = _COLUMN[lang]
    for name, other in _VERSION_DRIFTS[lang]:
        row = next(r for r in _rows() if name in r[column])
        assert _errors(row[0], row[column].replace(name, other), lang), (name, other)
