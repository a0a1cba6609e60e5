"""A word typed with a look-alike letter of another script (a Latin "o" in a Cyrillic
weekday, a Cyrillic "е" in a Latin name, a Latin "M" in a Greek month) is read in its own
script before any reader (`checker.pipeline.analyse`, `checker.facts.digits`): the faithful
pair gives no error, the pair whose English says another date, number or name gives one.
The findings quote the text as written. The sentences (tests/data/mixed_scripts.json) are
the team's own writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.facts.digits import _fold_tables, _script, fold_mixed_scripts
from checker.model import SegmentPair
from checker.pipeline import check_pair

PAIRS = json.loads((Path(__file__).parent / "data" / "mixed_scripts.json").read_text(
    encoding="utf-8"))["pairs"]


def _slip(word: str) -> str:
    """`word` with its first letter that has a twin in another script typed in that one
    (Cyrillic and Greek letters as Latin, Latin letters as Cyrillic)."""
    for k, char in enumerate(word):
        table = _fold_tables()["Cyrl" if _script(char) == "Latn" else "Latn"]
        if ord(char) in table:
            return word[:k] + table[ord(char)] + word[k + 1 :]
    raise ValueError(word)


def _errors(english: str, lang: str, version: str) -> list[str]:
    return [f.message for f in check_pair(SegmentPair("t", "en", english, lang, version))
            if f.severity == "error"]


def test_the_set_is_large_and_varied() -> None:
    assert len(PAIRS) >= 40
    assert {"sr-Cyrl", "ru", "uk", "bg", "mk", "kk", "el"} <= {p[0] for p in PAIRS}


@pytest.mark.parametrize(("lang", "english", "version", "word", "old", "new"), PAIRS,
                         ids=[f"{p[0]}-{p[3]}" for p in PAIRS])
def test_a_word_with_a_look_alike_letter_is_read(lang, english, version, word, old, new):
    mixed = version.replace(word, _slip(word), 1)
    assert mixed != version and fold_mixed_scripts(mixed) == version
    assert _errors(english, lang, mixed) == []
    assert _errors(english.replace(old, new, 1), lang, mixed) != []


def test_the_finding_quotes_the_text_as_written() -> None:
    version = "Саммит откроется в " + _slip("среду") + "."
    findings = [f for f in check_pair(SegmentPair(
        "t", "en", "The summit opens on Thursday.", "ru", version)) if f.severity == "error"]
    assert findings
    sides = [side for f in findings for side in (f.reference, f.version) if side is not None]
    quoted = [side for side in sides if side.lang == "ru"]
    assert quoted and all(side.text == version for side in quoted)
    assert all(side.fact in (None, _slip("среду")) for side in quoted)


@pytest.mark.parametrize("text", [
    "Компанија Microsoft отворила је канцеларију у Београду.",  # a whole Latin word
    "Сервис Яndex работает в Казани.",  # letters of both scripts with no twin
    "Beoгрaд",  # as many Latin twins as Cyrillic letters: not a slip
])
def test_a_word_that_really_mixes_scripts_stays(text):
    assert fold_mixed_scripts(text) == text
