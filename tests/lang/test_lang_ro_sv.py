"""Romanian and Swedish: their folders start from what CLDR, num2words and simplemma give
(as a language without a folder is read) and add what those lack: noon and midnight words
("la prânz", "mitt på dagen"), the hour word before the hour ("la ora 21", "klockan 21")
and hours listed after it ("klockan 16 och 21": 4 p.m. and 9 p.m.), "mai" (May, or more)
read as May only beside a day or year, "luni" after a count as months ("18 luni"), "o
duzină" and "ett dussin" (a dozen), "kilo" (kilograms), Swedish weekday compounds
("måndagskvällen", "i fredags") and Romanian weekdays with their article ("vinerea").

Our own news sentences (tests/data/news_ro_sv.json, none from an evaluation set), in
English and as Romanian and Swedish newsroom translators write them. Every faithful pair
gives no number, date or name error and no warning; each change planted in the version or
in the English gives an error, except the few in NOT_SEEN (strict xfails)."""

from __future__ import annotations

import pytest
from support.news_pairs import news_set

from checker.lang import available_languages
from checker.model import Finding, SegmentPair
from checker.pipeline import check_pair

NEWS = news_set("news_ro_sv")
ENGLISH, VERSIONS = NEWS.english, NEWS.versions
VERSION_CHANGES, ENGLISH_CHANGES = NEWS.version_changes, NEWS.english_changes

# (language, key, old text): changes no reader makes an error of
NOT_SEEN = {
    # a country adjective changed into another's is not compared (no language does)
    ("ro", "us_soldiers", "americani"), ("sv", "us_soldiers", "amerikanska"),
    ("ro", "europe_capitals", "europene"), ("sv", "europe_capitals", "europeiska"),
    # "one minute" and "a quarter" are not read on the English side
    ("ro", "minute_silence", "un minut"), ("sv", "minute_silence", "en tyst minut"),
    ("ro", "quarter_voters", "Un sfert"), ("sv", "quarter_voters", "En fjärdedel"),
}


def _findings(english: str, lang: str, version: str) -> list[Finding]:
    pair = SegmentPair("t", "en", english, lang, version)
    return [f for f in check_pair(pair) if f.category in ("number", "date", "entity")]


def _case(lang: str, key: str, old: str, new: str, side: str) -> object:
    marks = []
    if (lang, key, old) in NOT_SEEN:
        marks = [pytest.mark.xfail(strict=True, reason="not compared")]
    return pytest.param(lang, key, old, new, id=f"{side}-{lang}-{key}-{new}", marks=marks)


FAITHFUL = [(lang, key) for lang, by_key in VERSIONS.items() for key in by_key]
IN_VERSION = [_case(lang, key, old, new, "version")
              for lang, found in VERSION_CHANGES.items() for key, old, new in found]
IN_ENGLISH = [_case(lang, key, old, new, "english")
              for key, old, new in ENGLISH_CHANGES for lang in VERSIONS]


def test_the_set_is_complete() -> None:
    assert len(ENGLISH) >= 60 and len(ENGLISH_CHANGES) >= 15
    for lang in VERSIONS:
        assert lang in available_languages()
        assert {key for key, _, _ in VERSION_CHANGES[lang]} == set(ENGLISH), lang
    assert NEWS.problems() == []


@pytest.mark.parametrize(("lang", "key"), FAITHFUL, ids=[f"{la}-{k}" for la, k in FAITHFUL])
def test_a_faithful_pair_gives_no_error_or_warning(lang: str, key: str) -> None:
    found = _findings(ENGLISH[key], lang, VERSIONS[lang][key])
    assert [f.message for f in found if f.severity != "info"] == []


@pytest.mark.parametrize(("lang", "key", "old", "new"), IN_VERSION)
def test_a_change_planted_in_the_version_gives_an_error(lang: str, key: str, old: str,
                                                        new: str) -> None:
    version = VERSIONS[lang][key].replace(old, new, 1)
    assert any(f.severity == "error" for f in _findings(ENGLISH[key], lang, version))


@pytest.mark.parametrize(("lang", "key", "old", "new"), IN_ENGLISH)
def test_a_change_planted_in_the_english_gives_an_error(lang: str, key: str, old: str,
                                                        new: str) -> None:
    english = ENGLISH[key].replace(old, new, 1)
    assert any(f.severity == "error" for f in _findings(english, lang, VERSIONS[lang][key]))


@pytest.mark.parametrize(("lang", "version"), [
    ("ro", "Prețurile au crescut mai mult decât se aștepta."),
    ("ro", "Compania nu mai are clienți."),
    ("ro", "El a petrecut 18 luni în închisoare."),
    ("ro", "Au trecut nouă luni de la alegeri."),
])
def test_homographs_of_dates_are_no_date_alone(lang: str, version: str) -> None:
    from checker.facts.numeric import analyse

    assert [f.text for f in analyse(version, lang) if f.kind in ("month", "weekday")] == []
