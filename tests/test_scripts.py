"""checker/scripts.py: the one place that reads a script off characters."""

import pytest

from checker.scripts import (
    all_latin,
    in_cyrillic_block,
    letter_script,
    text_script,
    text_scripts,
)


@pytest.mark.parametrize(("char", "script"), [
    ("č", "LATIN"), ("ж", "CYRILLIC"), ("λ", "GREEK"), ("中", "CJK"), ("한", "HANGUL"),
    ("ب", "ARABIC"), ("ก", "THAI"), ("\U00017000", ""),  # a Tangut ideograph has no name here
])
def test_letter_script(char: str, script: str) -> None:
    assert letter_script(char) == script


def test_text_script_is_the_first_letters() -> None:
    assert text_script("2025: Приштина and Pristina") == "CYRILLIC"
    assert text_script("«Pristina» — Приштина") == "LATIN"
    assert text_script("12, 34!") == "UNKNOWN"
    assert text_script("\U00017000中") == "UNKNOWN"


def test_text_scripts_are_every_letters() -> None:
    assert text_scripts("ปี 2568 (2025)") == {"THAI"}
    assert text_scripts("Kabul ۱۴۰۴ کابل") == {"LATIN", "ARABIC"}
    assert text_scripts("1404") == set()


def test_all_latin() -> None:
    assert all_latin("Ljubljana, Škofja Loka")
    assert all_latin("ＮＡＴＯ")  # fullwidth Latin letters are named "FULLWIDTH LATIN ..."
    assert not all_latin("Lyon и Лион")
    assert not all_latin("2025")

def test_in_cyrillic_block() -> None:
    assert in_cyrillic_block("Београд 2025")
    assert not in_cyrillic_block("Beograd 2025")
    assert not in_cyrillic_block("\u0500")  # Cyrillic Supplement: no transliteration table reads it
