"""Names in Latin-script languages without a folder, read from CLDR, GeoNames and
simplemma: Galician, Basque, Estonian, Afrikaans and Maltese.

Our own news sentences (tests/data/news_names_latin_no_folder.json, the team's own writing,
none from an evaluation set), in English and as each press writes them: CLDR's territory
names and the cities' exonyms ("Londres", "Xenebra", "Varssavisse"), Basque case endings
glued to names ("Londresera", "Kenyako": read off the known place name they start with,
`checker.glossary.known_prefixes`), Maltese articles glued with a hyphen ("fil-Kenja": CLDR's
"il-Kenja" read bare too) or elided with an apostrophe ("f'Moska"). Every faithful pair
gives no name error; each place, country, person or organisation replaced by another of its
kind, in the version or in the English, gives one, except KNOWN_UNREAD (strict xfail)."""

from __future__ import annotations

from typing import get_args

import pytest
from support.news_pairs import news_set
from support.news_suite import NUMBER_DATE, NewsSuite

from checker.glossary.cldr_tables import glued_articles, without_glued_article
from checker.glossary.known_prefixes import known_prefix
from checker.model import Category
from checker.translit import strip_affixes

NEWS = news_set("news_names_latin_no_folder")
ENGLISH, VERSIONS = NEWS.english, NEWS.versions

# (language, key, old text), on either side: swaps still read as two warnings (a name
# missing, one added) or not at all. People swapped for people of another name ("Angela
# Merkel" for "Ursula von der Leyen") and organisations' acronyms written otherwise in the
# language ("OTAN", "NBE", "NAVO") are of no kind both sides certainly share; the gazetteer
# has no Venice of 100,000 people, and a version's first word that no word list reads is a
# name only as a case form of a city or as a city of a million people ("Firenze" first in
# its sentence may as well be a common word there).
PEOPLE = {("merkel_vienna", "Angela Merkel"), ("putin_xi", "Xi Jinping"),
          ("guterres_gaza", "António Guterres")}
ACRONYMS = {("finland_nato", "NATO"), ("eu_sanctions", "EU")}
KNOWN_UNREAD = {
    *{(lang, key, old) for lang in VERSIONS for key, old in
      PEOPLE | ACRONYMS | {("venice_fee", "Venice")}
      if (lang, key) != ("eu", "putin_xi")},
    *{(lang, "venice_fee", old) for lang, old in (
        ("gl", "Venecia"), ("et", "Veneetsia"), ("af", "Venesië"), ("mt", "Venezja"))},
    ("eu", "merkel_vienna", "Angela Merkelek"),
    ("gl", "finland_nato", "OTAN"), ("eu", "finland_nato", "NATOn"),
    ("et", "finland_nato", "NATOga"), ("af", "finland_nato", "NAVO"),
    ("gl", "zelensky_kyiv", "Zelenski"),  # a surname alone: warned
    ("eu", "japan_trade", "Brasilekin"),  # "Txilerekin": Chile is "Txile"
    ("eu", "pope_rome", "Erroman"),  # "Napolin": Naples is no known name
    ("mt", "pope_rome", "Ruma"), ("mt", "who_nigeria", "Niġerja"),
    ("mt", "biden_warsaw", "Joe Biden"), ("mt", "cairo_talks", "Cairo"),
}
# every category of checker.model.Category but numbers and dates
NAMES = tuple(category for category in get_args(Category) if category not in NUMBER_DATE)
SUITE = NewsSuite(NEWS, categories=NAMES, gaps=KNOWN_UNREAD,
                  gap_reason="not read as a sure swap")
_name_errors = SUITE.errors

test_the_set_is_complete = SUITE.complete_test(sentences=30, english_changes=30,
                                               with_folder=False)
test_a_faithful_pair_gives_no_name_error = SUITE.faithful_test()
test_a_name_swapped_in_the_version_is_an_error = SUITE.version_change_test()
test_a_name_swapped_in_the_english_is_an_error = SUITE.english_change_test()


@pytest.mark.parametrize(("word", "name"), [
    ("londresera", "londres"), ("kenyako", "kenya"), ("errusiari", "errusia"),
    ("stockholmen", "stockholm"), ("lisboatik", "lisboa"), ("nigerian", "nigeria"),
    ("nigeria", None),  # a known name itself: never "niger" + "ia"
    ("irakasle", None),  # "teacher": no name longer than its ending starts it
    ("txostena", None)])
def test_a_basque_ending_is_read_off_the_known_name_it_follows(word: str, name: str | None
                                                               ) -> None:
    assert known_prefix(word, "eu") == name


def test_a_known_prefix_is_read_only_where_no_data_gives_endings() -> None:
    """Estonian's endings come from simplemma's list; Basque has none: only Basque reads
    them off known names, and a language with a folder never does."""
    from checker.lang.profile import profile

    assert profile("eu").names.endings_by_known_prefix
    assert not profile("et").names.endings_by_known_prefix
    assert not profile("de").names.endings_by_known_prefix


@pytest.mark.parametrize(("label", "bare"), [
    ("il-Kenja", "Kenja"), ("l-Etjopja", "Etjopja"), ("Il-Brażil", "Brażil"),
    ("Guinea-Bissau", "Guinea-Bissau"), ("Timor-Leste", "Timor-Leste"),
    ("Cap-Vert", "Cap-Vert"), ("o-va Kuka", "o-va Kuka")])
def test_a_glued_article_is_taken_off_a_cldr_name(label: str, bare: str) -> None:
    assert without_glued_article(label, frozenset({"il", "l"})) == bare


def test_the_glued_articles_are_read_from_cldr() -> None:
    """Maltese glues its articles to the names; French and Esperanto write words joined
    by a hyphen ("Cap-Vert", "Nov-Zelando"), no article."""
    from babel import Locale

    assert {"il", "l"} <= glued_articles(tuple(Locale.parse("mt").territories.values()))
    for lang in ("fr", "eo", "et"):
        assert not glued_articles(tuple(Locale.parse(lang).territories.values()))


@pytest.mark.parametrize(("lang", "word", "bare"), [
    ("mt", "f'Moska", "Moska"), ("mt", "b'Malta", "Malta"),
    ("mt", "f'xahar", "f'xahar"),  # no capital after it: no name
    ("ga", "bPáras", "Páras"), ("ga", "hÉireann", "Éireann"),  # Irish mutations
    ("zu", "neBrazil", "Brazil"), ("zu", "eLondon", "London"),  # Zulu prefixes
    ("zu", "Brazil", "Brazil"),
    ("uz", "O'zbekiston", "O'zbekiston"),  # a capital letter with its apostrophe
    ("de", "f'Moska", "f'Moska")])  # only languages without a folder
def test_an_elided_word_before_a_capital_is_cut_off(lang: str, word: str, bare: str) -> None:
    assert strip_affixes(word, lang) == bare


def test_maltese_places_after_a_fused_article() -> None:
    """"fil-Kenja" (in Kenya) is Kenya; "fil-Etjopja" for Kenya is a sure change."""
    english = "Aid workers reached Kenya on Monday."
    version = "Il-ħaddiema tal-għajnuna waslu fil-Kenja nhar it-Tnejn."
    assert _name_errors(english, "mt", version) == []
    assert _name_errors(english, "mt", version.replace("Kenja", "Etjopja"))


@pytest.mark.parametrize(("lang", "english", "version", "old", "new"), [
    ("ga", "The talks took place in Paris.", "Bhí na cainteanna ar siúl i bPáras.",
     "bPáras", "mBeirlín"),
    ("zu", "The president arrived in London.", "UMongameli ufike eLondon.",
     "eLondon", "eParis")])
def test_a_place_after_a_glued_prefix(lang: str, english: str, version: str, old: str,
                                      new: str) -> None:
    """Irish "i bPáras" (in Paris), Zulu "eLondon" (in London): the place is read; another
    place behind the same prefix is a sure change."""
    assert _name_errors(english, lang, version) == []
    assert _name_errors(english, lang, version.replace(old, new))
