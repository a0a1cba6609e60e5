"""Names in their case forms in languages without a folder: Estonian, Belarusian, Uzbek and
Esperanto, read from CLDR, the gazetteer and simplemma (checker/lang/no_folder.py,
checker/glossary/known_prefixes.py).

Our own news sentences (tests/data/news_names_cases_no_folder.json, the team's own writing,
none from an evaluation set), in English and as each press writes them, with cities,
countries and people in many cases: Estonian endings after a linking vowel ("Jaapaniga"),
Belarusian case endings in place of a name's last vowels ("у Варшаве", "з Германіі"),
Uzbek suffixes ("Berlindan", "Parijga"), Esperanto's "-io" for CLDR's "-ujo" ("Japanio")
and its accusative ("Tokion"). Every faithful pair gives no name error; each name replaced
in the English by another of its kind gives one, except KNOWN_UNREAD (strict xfail)."""

from __future__ import annotations

from typing import get_args

import pytest
from support.news_pairs import news_set
from support.news_suite import NUMBER_DATE, NewsSuite

from checker.lang import available_languages
from checker.model import Category

NEWS = news_set("news_names_cases_no_folder")
KNOWN_UNREAD = {
    # Belarusian: a name of three letters ("Рыме", Rome), a consonant changed before the
    # ending ("Канадзе", "Празе") or a vowel dropped ("Егіпце"); "Харкава" for "Харкаў"
    ("be", "rome_pilgrims", "english"), ("be", "canada_fires", "english"),
    ("be", "prague_conference", "english"), ("be", "egypt_truce", "english"),
    ("be", "zelensky_kharkiv", "english"),
    # Estonian: the genitive's "e" before an ending ("Vilniusesse", "Egiptuses")
    ("et", "riga_train", "english"), ("et", "egypt_truce", "english"),
    # Estonian "Milano" (Milan's) first in its sentence: a city's name as written there may
    # as well be a common word of a language without a word list, so it is not read
    ("et", "milan_fashion", "english"),
    # Uzbek: "Rim" (three letters), "Jeneva" and "Xarkiv" no data knows, two people's
    # names side by side read as one ("Makron Jo Bayden")
    ("uz", "rome_pilgrims", "english"), ("uz", "armenia_geneva", "english"),
    ("uz", "zelensky_kharkiv", "english"), ("uz", "macron_biden", "english"),
    # Esperanto: "Barato" for CLDR's "Hindujo"
    ("eo", "norway_india", "english"),
}
NAMES = tuple(category for category in get_args(Category) if category not in NUMBER_DATE)
SUITE = NewsSuite(NEWS, categories=NAMES, gaps=KNOWN_UNREAD,
                  gap_reason="not read as a sure swap")
_name_errors = SUITE.errors
_name_findings = SUITE.findings

test_a_faithful_pair_gives_no_name_error = SUITE.faithful_test()
test_a_name_swapped_in_the_english_is_an_error = SUITE.english_change_test()


def test_the_set_is_complete() -> None:
    """Forty sentences or more, each with a change planted in the English, in four
    languages none of which has a folder."""
    assert len(NEWS.english) >= 40
    assert {key for key, _, _ in NEWS.english_changes} == set(NEWS.english)
    assert set(NEWS.versions) == {"et", "be", "uz", "eo"}
    assert not set(NEWS.versions) & set(available_languages())
    assert NEWS.problems() == []


@pytest.mark.parametrize(("lang", "english", "version", "old", "new"), [
    ("be", "The talks were held in Austria.", "Перамовы прайшлі ў Аўстрыі.", "Austria",
     "Australia"),
    ("be", "The talks were held in Australia.", "Перамовы прайшлі ў Аўстраліі.", "Australia",
     "Austria"),
    ("be", "Exports to Slovakia grew.", "Экспарт у Славакію вырас.", "Slovakia", "Slovenia"),
    ("be", "The team flew to Vienna.", "Каманда паляцела ў Вену.", "Vienna", "Venice"),
    ("eo", "He was born in Austria.", "Li naskiĝis en Aŭstrio.", "Austria", "Australia"),
    ("et", "The envoy stayed in Iran.", "Saadik viibis Iraanis.", "Iran", "Iraq"),
    ("et", "The envoy travelled to Austria.", "Saadik sõitis Austriasse.", "Austria",
     "Australia"),
    ("uz", "The delegation flew to Austria.", "Delegatsiya Avstriyaga uchdi.", "Austria",
     "Australia"),
])
def test_two_names_that_share_a_beginning_are_never_one(lang: str, english: str, version: str,
                                                       old: str, new: str) -> None:
    """The faithful pair gives no name finding; the English naming the other country or
    city that starts with the same letters gives an error."""
    assert [f.message for f in _name_findings(english, lang, version)
            if f.severity != "info"] == []
    assert _name_errors(english.replace(old, new), lang, version)


def test_a_territory_suffix_the_press_writes_otherwise_is_learned_from_the_word_list() -> None:
    """Esperanto's word list holds "Japanio", "Francio"... as words of their own beside
    CLDR's "Japanujo", "Francujo": "-io" (and "-ion", with the accusative) stands for
    "-ujo"; no other language's list gives such a pair for enough names."""
    from checker.lang.no_folder import name_endings, territory_suffix_variants

    assert territory_suffix_variants("eo", name_endings("eo")) == {"io": "ujo", "ion": "ujo"}
    for lang in ("et", "gl", "ga", "cy", "af", "be"):
        assert territory_suffix_variants(lang, name_endings(lang)) == {}, lang


def test_a_linking_vowel_before_an_ending_is_learned_from_the_word_list() -> None:
    """Estonian puts its genitive's "i" between a name and an ending ("Jaapaniga": with
    Japan) for enough names in its word list: "iga", "ita" are endings too."""
    from checker.lang.no_folder import name_endings

    endings = name_endings("et")
    assert {"iga", "ita", "ga", "ta"} <= set(endings)
    assert "iiks" not in endings  # no linking letter doubled before an ending that has it
    assert name_endings("eo") == ("n",)


@pytest.mark.parametrize(("lang", "english", "version", "old", "new"), [
    ("eo", "The minister visited Japan.", "La ministro vizitis Japanion.", "Japan", "China"),
    ("eo", "Trade with France grew.", "La komerco kun Francio kreskis.", "France", "Italy"),
    ("et", "The minister signed a treaty with Japan.",
     "Minister allkirjastas Jaapaniga lepingu.", "Japan", "China"),
    ("be", "The minister flew to Germany.", "Міністр паляцеў у Германію.", "Germany",
     "Poland"),
    ("be", "The minister returned from Warsaw.", "Міністр вярнуўся з Варшавы.", "Warsaw",
     "Vienna"),
])
def test_a_name_in_a_case_form_is_its_name(lang: str, english: str, version: str, old: str,
                                          new: str) -> None:
    """The faithful pair gives no name finding; another name in the English, an error."""
    assert [f.message for f in _name_findings(english, lang, version)
            if f.severity != "info"] == []
    assert _name_errors(english.replace(old, new), lang, version)
