"""CLDR's names in a language's locale of another script (checker/glossary/cldr_tables.py):
Chinese reads the Traditional locale's names that hold a character Simplified text never
writes ("德國" Germany), not those that are Simplified words too ("中美", Central America
in Traditional, is "China and the US" in Simplified text)."""

from __future__ import annotations

from checker.glossary.cldr_tables import cldr_cities, cldr_names, other_script_names


def test_traditional_names_with_their_own_characters_are_read():
    names = dict((label, code) for code, label in cldr_names("zh"))
    assert names["德國"] == "DE"
    assert names["德国"] == "DE"
    assert names["梵蒂岡"] == "VA"
    assert "紐約" in {city for _, city in cldr_cities("zh")}


def test_traditional_names_that_are_simplified_words_are_not():
    traditional = {label for _, label in other_script_names("zh", "territories")}
    assert "中美" not in traditional
    assert "中美" not in {label for _, label in cldr_names("zh")}


def test_a_language_of_one_script_has_no_other_names():
    assert other_script_names("de", "territories") == []
