"""Two-character cities of China in Chinese text, read only after a word that says a place
comes (checker/facts/home_places.py). Our own sentences."""

from __future__ import annotations

from checker.facts.entities import extract
from checker.facts.home_places import home_cities, home_territory


def _cities(text: str) -> list[str]:
    return [text[a:b] for a, b in home_cities(text, "zh", [])]


def test_home_territory_is_cldr_likely_territory():
    assert home_territory("zh") == "CN"


def test_city_after_place_word():
    assert _cities("论坛周三在洛阳举行。") == ["洛阳"]
    assert _cities("来自宜宾的运动员进入决赛。") == ["宜宾"]


def test_no_city_without_place_word():
    # The same characters with nothing saying a place comes: too many common words.
    assert _cities("洛阳的牡丹很有名。") == []


def test_no_city_before_common_noun_suffix():
    # "在中山大学": a university's name, which English may give otherwise.
    assert _cities("研讨会在中山大学举行。") == []


def test_no_city_for_a_language_without_place_words():
    assert home_cities("in Luoyang", "en", []) == []


def test_extracted_as_paired_name():
    """A likely city; "reading" where the segmenter tags it as a place too (reported
    alone, checker/facts/tagged_names.py), "paired" where it cuts the words otherwise."""
    facts = [f for f in extract("会议在洛阳举行。", "zh") if f.text == "洛阳"]
    assert [f.kind for f in facts] == ["reading"]
    facts = [f for f in extract("他去年在吉安置了新家。", "zh") if f.text == "吉安"]
    assert [f.kind for f in facts] == ["paired"]


def _names(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract(text, "zh") if f.kind != "concept"]


def test_foreign_city_of_two_characters_after_its_country():
    # The country named first makes the two characters its city (checker/facts/
    # home_places.py, `cities_after_country`), also after "capital" or "eastern city".
    assert _names("日本大阪举办了博览会。") == [("大阪", "name")]
    assert ("戈马", "name") in _names("刚果（金）东部城市戈马落入武装之手。")


def test_no_city_after_a_country_it_does_not_lie_in():
    # Osaka is no city of Vietnam; two characters after a country that are a common word
    # stay unread.
    assert ("大阪", "name") not in _names("越南大阪举办了博览会。")
    assert _names("日本政府宣布了新计划。") == []
