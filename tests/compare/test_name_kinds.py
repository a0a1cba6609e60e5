"""Kinds of names from data: CLDR places, titles, organisation words, place words."""

from checker.compare.name_kinds import ORGANISATION, PERSON, PLACE, name_kind
from checker.context import CheckContext
from checker.facts import entities
from checker.model import Sentence

RUN = CheckContext()


def kinds(text: str, lang: str) -> dict[str, str | None]:
    sentence = Sentence(0, text, 0, len(text), 1, 1, 0)
    return {
        f.text: name_kind(f, sentence, lang, RUN) for f in entities.extract(text, lang, RUN)
    }


def test_places_people_and_organisations():
    out = kinds("Mrs Hollowell met the Green Party in Madrid and in Blorvik.", "en")
    assert out["Madrid"] == PLACE  # a CLDR exemplar city
    assert out["Mrs Hollowell"] == PERSON  # a title
    assert out["Green Party"] == ORGANISATION  # an organisation word
    assert out["Blorvik"] == PLACE  # after "in"


def test_acronym_of_a_territory_name_is_a_place_and_unknown_words_have_no_kind():
    out = kinds("The UAE sent Blorvik a letter.", "en")
    assert out["UAE"] == PLACE
    assert out.get("Blorvik") is None


def test_places_cldr_lacks_are_places_by_language_data():
    # The countries of the UK (CLDR subdivisions, which Babel does not ship).
    out = kinds("The deal between Scotland and Wales was signed.", "en")
    assert out["Scotland"] == PLACE and out["Wales"] == PLACE
    out = kinds("Соглашение Шотландии и Уэльса подписано.", "ru")
    assert out["Шотландии"] == PLACE and out["Уэльса"] == PLACE
    out = kinds("Shtetet e Bashkuara dhe Skocia nënshkruan marrëveshjen.", "sq")
    assert out["Shtetet e Bashkuara"] == PLACE and out["Skocia"] == PLACE
    out = kinds("苏格兰和威尔士签署了协议。", "zh")
    assert out["苏格兰"] == PLACE and out["威尔士"] == PLACE


def test_a_place_inside_another_is_no_sure_change():
    from checker.compare.name_kinds import places_overlap

    assert places_overlap("cldr:gbsct", "cldr:GB")  # Scotland in the United Kingdom
    assert places_overlap("city:Europe/Paris", "cldr:FR")  # a capital and its country
    assert places_overlap("city:Europe/Paris", "cldr:FR")  # a time-zone city and its country
    assert not places_overlap("cldr:gbsct", "cldr:gbeng")
    assert not places_overlap("city:Europe/Paris", "cldr:DE")
