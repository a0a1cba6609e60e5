"""The word for "week" from CLDR's relative week names (`checker.facts.week_words`)."""

from __future__ import annotations

from checker.facts.week_words import day_count_words, says_week, week_stems


def test_the_week_stem_is_shared_by_every_form_cldr_gives() -> None:
    assert "week" in week_stems("en")
    assert {"nedelj", "недељ"} <= week_stems("sr")


def test_a_sentence_says_week_in_any_form() -> None:
    assert says_week("The weekly paper came out.", "en")
    assert says_week("They met two weeks ago.", "en")
    assert not says_week("They met on Tuesday.", "en")


def test_the_words_days_are_counted_with() -> None:
    assert {"dan", "dana"} <= day_count_words("sr")
    assert "days" in day_count_words("en")
