"""A place said by the name of its language (checker/compare/language_names.py)."""

from __future__ import annotations

from checker.compare.language_names import said_by_language_name
from checker.model import Fact


def _wales(text: str) -> Fact:
    start = text.index("威尔士")
    return Fact("entity", "威尔士", "cldr:gbwls", start, start + 3, kind="concept")


def test_language_name_says_the_place():
    fact = _wales("威尔士农民")
    assert said_by_language_name(fact, "zh", "Welsh farmers protested.", "en")


def test_other_language_or_part_of_word_does_not():
    fact = _wales("威尔士农民")
    assert not said_by_language_name(fact, "zh", "Scottish farmers protested.", "en")
    assert not said_by_language_name(fact, "zh", "The Welshman protested.", "en")


def test_language_without_such_endings_is_not_read():
    fact = Fact("entity", "Wales", "cldr:gbwls", 0, 5, kind="concept")
    assert not said_by_language_name(fact, "en", "威尔士语", "zh")
