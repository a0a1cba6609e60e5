"""Words of names and how two of them match (checker/compare/name_words.py)."""

from __future__ import annotations

from checker.compare.name_words import WordSearch, fact_words, word_match, words_of
from checker.model import Fact


def _word(text: str, lang: str):
    return words_of(text, lang)[0]


def test_a_translated_acronym_keeps_its_letters_in_another_order():
    assert word_match(_word("OTAN", "fr"), _word("NATO", "en"))
    assert not word_match(_word("OTAN", "fr"), _word("UNICEF", "en"))


def test_a_name_under_a_case_ending_matches_its_plain_form():
    assert word_match(_word("Beogradu", "sr"), _word("Beograd", "sr"))
    assert not word_match(_word("Beogradu", "sr"), _word("Zagreb", "hr"))


def test_neighbours_written_as_one_are_a_word_too():
    keys = [w.key for w in words_of("Lake side", "en")]
    assert "lakeside" in keys


def test_word_search_answers_each_distinct_word_once():
    search = WordSearch(words_of("Jens Stoltenberg spoke", "en"), 65.0)
    name = Fact("entity", "Stoltenberg", "stoltenberg", 0, 11, kind="name")
    assert all(map(search, fact_words(name, "en")))
    assert len(search.found) == 1
    other = Fact("entity", "Solberg", "solberg", 0, 7, kind="name")
    assert not any(map(search, fact_words(other, "en")))


def test_words_that_transliterate_alike_match_however_short():
    # Ukrainian ю is "ju" where English says "yu" ("Hugh", Г'ю); "Kane" says "kein" (Кейн).
    assert word_match(_word("Г'ю", "uk"), _word("Hugh", "en"))
    assert word_match(_word("Кейном", "uk"), _word("Kane", "en"))
    assert not word_match(_word("Г'ю", "uk"), _word("Hans", "en"))
    assert not word_match(_word("Кейном", "uk"), _word("Cole", "en"))


def test_ukrainian_g_is_english_h_and_g():
    assert word_match(_word("Грант", "uk"), _word("Grant", "en"))
    assert word_match(_word("Гаррі", "uk"), _word("Harry", "en"))
    assert not word_match(_word("Грант", "uk"), _word("Brand", "en"))
