"""Kinds of names from data: CLDR places, the gazetteer's cities, titles, organisation
words, place words."""

import pytest
from support.pair_findings import entity_findings

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


# A city swapped for another, in every language of the profile, with the version's
# city inflected or in its own script: one sure change. The faithful twin: no finding.
SWAPS = [
    ("The talks were held in {} on Monday.", "Warsaw", "Kyiv",
     "Переговори відбулися у Києві в понеділок.", "uk"),
    ("The festival opens in {} next week.", "Prague", "Lviv",
     "Фестиваль відкривається у Львові наступного тижня.", "uk"),
    ("The mayor of {} spoke on Friday.", "Cardiff", "Moscow", "Мэр Москвы выступил в пятницу.",
     "ru"),
    ("The summit will take place in {}.", "Zagreb", "Belgrade", "Самит ће се одржати у Београду.",
     "sr-Cyrl"),
    ("The ship docked in {} on Sunday.", "Hamburg", "Antwerp",
     "Het schip meerde zondag aan in Antwerpen.", "nl"),
    ("Thousands marched in {} on Sunday.", "Athens", "Thessaloniki",
     "Χιλιάδες διαδήλωσαν στη Θεσσαλονίκη την Κυριακή.", "el"),
    ("The flight from {} was cancelled.", "Valencia", "Seville",
     "El vuelo desde Sevilla fue cancelado.", "es"),
    ("The envoy arrived in {} on Monday.", "Jakarta", "Belfast",
     "وصل المبعوث إلى بلفاست يوم الاثنين.", "ar"),
    ("The envoy arrived in {} on Monday.", "Prague", "Belfast", "特使周一抵达贝尔法斯特。", "zh"),
    # CLDR exemplar cities a word list knows as common words ("lisboa" written in lower
    # case, "praga" a plague, "Афины" read as a common noun), kept as the gazetteer's.
    ("The minister flew to {} yesterday.", "Madrid", "Lisbon", "O ministro voou ontem para Lisboa.",
     "pt"),
    ("The talks resume in {} on Monday.", "Vienna", "Prague",
     "As negociações recomeçam em Praga na segunda-feira.", "pt"),
    ("Protesters gathered in {}.", "Rome", "Athens", "Протестующие собрались в Афинах.", "ru"),
]


@pytest.mark.parametrize(("template", "swapped", "said", "version", "lang"), SWAPS)
def test_a_city_swapped_for_another_is_a_sure_change(template, swapped, said, version, lang):
    assert entity_findings(template.format(swapped), version, lang) == [("changed", "error")]
    assert entity_findings(template.format(said), version, lang) == []


def test_one_city_in_two_scripts_is_said():
    # "Beijing" is no CLDR exemplar city: the gazetteer knows it is "Pékin".
    assert entity_findings("The envoy returned to Beijing.", "L'émissaire est retourné à Pékin.",
                           "fr") == []


@pytest.mark.parametrize(("swapped", "said", "version", "lang"), [
    ("England", "Scotland", "Sie will den Sport in Schottland voranbringen.", "de"),
    ("Wales", "Scotland", "Она хочет развивать спорт в Шотландии.", "ru"),
    ("Scotland", "Wales", "Ajo dëshiron ta çojë sportin përpara në Uells.", "sq"),
])
def test_two_subdivisions_of_one_country_are_two_places(swapped, said, version, lang):
    # Both lie in the United Kingdom; neither contains the other: a sure change.
    template = "She wants to move the sport forward in {}."
    assert entity_findings(template.format(swapped), version, lang) == [("changed", "error")]
    assert entity_findings(template.format(said), version, lang) == []


def test_a_region_named_by_a_word_of_a_country_name_is_no_sure_change():
    # Russian CLDR names the region "Микронезия" and the country "Федеративные Штаты
    # Микронезии"; English names the country "Micronesia".
    faithful = ("A ferry sank off Micronesia.", "У берегов Микронезии затонул паром.", "ru")
    assert ("changed", "error") not in entity_findings(*faithful)
    swapped = ("A ferry sank off Micronesia.", "У берегов Полинезии затонул паром.", "ru")
    assert ("changed", "error") in entity_findings(*swapped)


def test_serbian_dz_is_the_english_j_of_a_name():
    from checker.translit import key, skeleton

    assert skeleton(key("Džef", "sr")) == skeleton(key("Jeff", "en"))
    assert skeleton(key("Џеф", "sr-Cyrl")) == skeleton(key("Jeff", "en"))
    pair = ("Senator Jeff Flake asked for an inquiry.", "Senator Džef Flejk je tražio istragu.",
            "sr")
    assert ("changed", "error") not in entity_findings(*pair)


def test_a_word_of_a_currency_name_is_no_place():
    # "Sterlin" is a word of CLDR's Turkish name of the pound ("İngiliz sterlini"): with a
    # locative ending it is the money, not a place; a city with one stays a place.
    out = kinds("Fiyat geçen hafta 9 Sterlin'de kaldı ve Trabzon'da da aynıydı.", "tr")
    assert out["Sterlin"] is None
    assert out["Trabzon"] == PLACE
    assert entity_findings("Sales in the UK stayed at £9 billion last year.",
                           "Geçen yıl satışlar 9 milyar Sterlin'de kaldı.", "tr") == [
        ("missing", "warning"), ("extra", "info")]
