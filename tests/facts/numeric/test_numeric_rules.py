"""Per-language rules of the number reader: built for every language, read-only, and the
only place of the package that reads language data."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import checker.facts.numeric as numeric
from checker.facts.numeric import rules
from checker.lang import available_languages

PACKAGE = Path(numeric.__file__).parent


@pytest.mark.parametrize("lang", available_languages())
def test_rules_build_for_every_language(lang: str) -> None:
    r = rules(lang)
    assert r.digits.search("in 2022") is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.spaceless = not r.spaceless  # type: ignore[misc]


def test_first_words_of_number_phrases() -> None:
    assert {"twenty", "hundred", "third"} <= rules("en").first_words


def test_language_data_is_read_only_in_rules() -> None:
    readers = sorted(
        path.name
        for path in PACKAGE.glob("*.py")
        if re.search(r"^from checker\.lang\b|\bdata\(", path.read_text(encoding="utf-8"), re.M)
    )
    assert readers == ["rules.py"]
