"""Where places lie: one inside another, a country in its continent, a city of the gazetteer
spelt the language's way (checker/compare/place_geography.py)."""

from support.pair_findings import entity_findings

from checker.compare.place_geography import city_of, places_overlap
from checker.model import Fact


def test_a_place_inside_another_is_no_sure_change():
    assert places_overlap("cldr:gbsct", "cldr:GB")  # Scotland in the United Kingdom
    assert places_overlap("city:Europe/Paris", "cldr:FR")  # a capital and its country
    assert places_overlap("city:Europe/Paris", "cldr:FR")  # a time-zone city and its country
    assert not places_overlap("cldr:gbsct", "cldr:gbeng")
    assert not places_overlap("city:Europe/Paris", "cldr:DE")


def test_a_country_in_its_continent_is_no_sure_change():
    assert places_overlap("cldr:150", "cldr:PL")  # Poland lies in Europe
    assert places_overlap("cldr:019", "cldr:BR")  # Brazil in the Americas
    assert not places_overlap("cldr:142", "cldr:PL")  # Poland is not in Asia
    # Said of a whole continent in the reference, of a country in it in the version: no
    # error; of a country on another continent: a sure change.
    said = ("The firm sells gas across Europe.", "Die Firma verkauft Gas in ganz Polen.", "de")
    assert ("changed", "error") not in entity_findings(*said)
    other = ("The firm sells gas across Asia.", "Die Firma verkauft Gas in ganz Polen.", "de")
    assert ("changed", "error") in entity_findings(*other)


def test_a_city_spelt_the_albanian_way_is_a_city():
    def city(text: str) -> frozenset[int]:
        return city_of(Fact("entity", text, text.lower(), 0, len(text), kind="initial"), "sq")

    # Albanian writes the w of a foreign name as u: the gazetteer spells it with a w.
    assert city("Uashingtoni") and city("Uashingtoni") == city("Uashington")
    assert not city("Uasha")
    # A city swapped for it is a change; the same city spelt the Albanian way is said.
    assert ("changed", "error") in entity_findings(
        "Madrid has long opposed the new tax, he said.",
        "Ai tha se Uashingtoni e ka kundërshtuar prej kohësh taksën e re.", "sq")
    assert ("changed", "error") not in entity_findings(
        "Washington has long opposed the new tax, he said.",
        "Ai tha se Uashingtoni e ka kundërshtuar prej kohësh taksën e re.", "sq")


def test_a_country_and_its_city_of_the_same_name_are_one_place() -> None:
    from checker.compare.place_geography import country_named_by_city

    assert country_named_by_city("cldr:DJ", "city:Africa/Djibouti")
    assert country_named_by_city("city:Asia/Singapore", "cldr:SG")
    assert not country_named_by_city("cldr:FR", "city:Europe/Paris")  # a capital, not its name
    assert not country_named_by_city("cldr:SO", "city:Africa/Djibouti")


def test_a_country_said_by_its_city_of_the_same_name_with_a_preposition_glued_on() -> None:
    # Amharic spells the country "ጂቡቲ" and the city "ጅቡቲ"; "በጅቡቲ" (in Djibouti) is the
    # city's. Written for this test: Chinese companies are building a port in Djibouti.
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    version = "የቻይና ኩባንያዎች በጅቡቲ አዲስ ወደብ እየገነቡ ነው።"

    def errors(english: str) -> list[str]:
        return [f.message for f in check_pair(SegmentPair("t", "en", english, "am", version))
                if f.category == "entity" and f.severity == "error"]

    assert not errors("Chinese companies are building a new port in Djibouti.")
    assert errors("Chinese companies are building a new port in Somalia.")  # the drift
