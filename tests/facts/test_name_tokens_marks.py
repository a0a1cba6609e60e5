"""A word's combining marks are inside it: Devanagari vowel signs are not \\w in Python's
`re`, and a Hindi name was cut at each one ("भारत" read as "भ" and "रत")."""

from __future__ import annotations

from checker.facts.entities import extract
from checker.facts.name_tokens import tokens
from checker.glossary.gazetteer import find_written


def test_devanagari_word_is_one_token() -> None:
    assert [t.text for t in tokens("भारत में बाढ़ आई", "hi")] == ["भारत", "में", "बाढ़", "आई"]


def test_hindi_country_names_are_read() -> None:
    values = [f.value for f in extract("जर्मनी और फ्रांस ने रूस से बात की।", "hi")]
    assert values == ["cldr:DE", "cldr:FR", "cldr:RU"]


def test_hindi_city_with_vowel_signs_is_found_whole() -> None:
    text = "वे मुंबई से चेन्नई गए।"
    assert [text[a:b] for a, b in find_written(text, "hi", [])] == ["मुंबई", "चेन्नई"]
