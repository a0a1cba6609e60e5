"""`checker.facts.digits`: the fast path of `fold_mixed_scripts` answers as the reading
character by character does."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.facts.digits import (
    _digit_table,
    _fold_mixed_words,
    _script,
    _script_patterns,
    fold_mixed_scripts,
    normalise,
)

# Sentences with and without a word typed in two scripts (Latin j, a, o among Cyrillic;
# Greek omicron in a Latin word; digits and underscores beside letters).
SAMPLES = [
    "Plain ASCII text, 2024.",
    "Über 3.000 Menschen gingen am Dienstag auf die Straße.",
    "Мирни протест одржан је 5. јула у Београду.",
    "Мирни протест одржан је 5. jула у Београду.",  # Latin j in a Cyrillic word
    "Протест в мaе: 300 человек.",  # Latin a in a Cyrillic word
    "The ΝΑΤΟ summit met in Brussels.",  # Greek letters only: one script per word
    "The NΑTO summit met in Brussels.",  # Greek Alpha inside a Latin word
    "Η σύνοδος του NATO στις Βρυξέλλες.",
    "Η σύνοδος του NAΤO στις Βρυξέλλες.",  # Greek Tau inside a Latin word in Greek text
    "COVID-19 и SARS_CoV_2 — кириллица и latin рядом.",
    "слово_word и 12abcабв",  # underscore parts words; digits do not
    "日本語の文と Ελληνικά и русский.",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_path_answers_as_slow_path(text: str) -> None:
    assert fold_mixed_scripts(text) == _fold_mixed_words(text)


def test_mixed_words_are_folded() -> None:
    assert fold_mixed_scripts("одржан 5. jула") == "одржан 5. јула"
    assert fold_mixed_scripts("The NΑTO summit") == "The NATO summit"


def test_fast_path_on_real_lines() -> None:
    """Every line of the seed story, in every language, and each with a twin letter of
    another script put into one of its words."""
    seeds = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"
    lines = [line for path in sorted(seeds.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines
    swaps = {"a": "а", "o": "о", "е": "e", "о": "o", "ο": "o", "α": "a"}
    for line in lines:
        assert fold_mixed_scripts(line) == _fold_mixed_words(line)
        for k, char in enumerate(line):
            if char in swaps:
                mixed = line[:k] + swaps[char] + line[k + 1 :]
                assert fold_mixed_scripts(mixed) == _fold_mixed_words(mixed)
                break


def test_letter_classes_follow_script() -> None:
    """Two letters of the pattern's classes make a mixed word exactly when `_script` gives
    them two different scripts, for every letter of the Basic Multilingual Plane."""
    probes = {"Latn": "a", "Cyrl": "д", "Grek": "λ"}
    scripts = _script_patterns()
    latin, cyrillic, greek, mixed_word = (scripts.latin, scripts.cyrillic, scripts.greek,
                                          scripts.mixed_word)
    for code in range(0x80, 0x10000):
        char = chr(code)
        script = _script(char)
        for other, probe in probes.items():
            mixed = bool(mixed_word.search(probe + char))
            assert mixed == (script is not None and script != other), (hex(code), other)
        for name, letter in (("Latn", latin), ("Cyrl", cyrillic), ("Grek", greek)):
            assert bool(letter.match(char)) == (script == name), hex(code)
        assert bool(scripts.cyrillic_or_greek.match(char)) == (script in ("Cyrl", "Grek"))


def test_normalise_reads_every_digit_its_table_changes() -> None:
    """The quick check before translating lets through every character the table changes,
    in and outside the Basic Multilingual Plane (mathematical digits)."""
    table = _digit_table()
    for code in table:
        text = "x" + chr(code) + "é"
        assert normalise(text) == text.translate(table), hex(code)
    assert normalise("١٢٣ و 𝟙𝟚") == "123 و 12"
    assert normalise("Straße 𝄞") == "Straße 𝄞"


def test_a_sentence_is_prepared_once_for_all_its_extractors() -> None:
    """Numbers, dates and names of one sentence each normalise and lower it: the second
    asks get the first answer (the same string object), and the answers are those of a
    fresh preparation."""
    from checker.facts.digits import lower_same_length

    text = "İstanbul'da 3 Mart'ta ١٢ kişi"
    assert normalise(text) is normalise(text)
    assert lower_same_length(text) is lower_same_length(text)
    assert normalise.__wrapped__(text) == normalise(text) == "İstanbul'da 3 Mart'ta 12 kişi"
    assert lower_same_length(text) == lower_same_length.__wrapped__(text)
    assert len(lower_same_length(text)) == len(text)


def test_lower_case_keeps_offsets_as_lowering_each_character_does():
    """A text with "İ" (two characters in lower case) is lowered through a table: the same
    as lowering it a character at a time, "İ" a plain "i" (its dot is a combining mark in
    lower case), no final sigma."""
    import random

    from checker.facts.digits import lower_same_length

    rng = random.Random(3)
    chars = "İIiıΣσςAΑÄäŞş ."
    for _ in range(500):
        text = "İ" + "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        expected = "".join(c.lower()[0] for c in text)
        assert lower_same_length.__wrapped__(text) == expected
        assert len(expected) == len(text)
    assert lower_same_length("İSTANBUL ΟΔΟΣ") == "istanbul οδοσ"


def test_a_capital_dotted_i_lowers_to_a_plain_i_in_place() -> None:
    from checker.facts.digits import lower_same_length
    from checker.facts.numbers import extract

    assert lower_same_length("İki İSTANBUL") == "iki istanbul"
    assert [f.value for f in extract("İki gün sonra 300 kişi geldi.", "tr")] == [2, 300]
