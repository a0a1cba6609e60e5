"""Fractions said in words ("a third", "zwei Drittel", "üçte bir", "三分之一", "3분의 1")
against each other and against percentages: our own sentence pairs, each faithful one
without a number error, each changed one an error."""

from __future__ import annotations

import pytest
from support.news_pairs import assert_version_twin_an_error, number_date_errors

from checker.facts.numeric import analyse

THIRD = "A third of the voters stayed at home."
TWO_THIRDS = "Two-thirds of the budget goes to salaries."

# (English, language, version, the fraction in it, another fraction planted there)
CASES = [
    (THIRD, "de", "Ein Drittel der Wähler blieb zu Hause.", "Ein Drittel", "Ein Viertel"),
    (THIRD, "fr", "Un tiers des électeurs est resté chez lui.", "Un tiers", "Un quart"),
    (THIRD, "ru", "Треть избирателей осталась дома.", "Треть", "Четверть"),
    (THIRD, "tr", "Seçmenlerin üçte biri evde kaldı.", "üçte", "dörtte"),
    (THIRD, "sr", "Trećina birača ostala je kod kuće.", "Trećina", "Četvrtina"),
    (THIRD, "ar", "بقي ثلث الناخبين في منازلهم.", "ثلث", "ربع"),
    (THIRD, "zh", "三分之一的选民待在家里。", "三分", "四分"),
    (THIRD, "pl", "Jedna trzecia wyborców została w domu.", "trzecia", "czwarta"),
    (THIRD, "ko", "유권자의 3분의 1이 집에 머물렀다.", "3분의", "4분의"),
    (TWO_THIRDS, "de", "Zwei Drittel des Haushalts fließen in Gehälter.", "Zwei Drittel",
     "Drei Viertel"),
    (TWO_THIRDS, "ru", "Две трети бюджета уходит на зарплаты.", "Две трети", "Три четверти"),
    (TWO_THIRDS, "pl", "Dwie trzecie budżetu idą na pensje.", "Dwie trzecie", "Trzy czwarte"),
    (TWO_THIRDS, "tr", "Bütçenin üçte ikisi maaşlara gidiyor.", "üçte ikisi", "dörtte üçü"),
    (TWO_THIRDS, "ko", "예산의 3분의 2가 급여로 쓰인다.", "3분의 2가", "4분의 3이"),
]


@pytest.mark.parametrize(("english", "lang", "version", "old", "new"), CASES)
def test_a_fraction_in_words(english: str, lang: str, version: str, old: str, new: str) -> None:
    assert_version_twin_an_error(english, lang, version, old, new)


@pytest.mark.parametrize(("lang", "version"), [
    ("de", "33 Prozent der Wähler blieben zu Hause."),
    ("ru", "33% избирателей остались дома."),
    ("zh", "33%的选民待在家里。"),
    ("ko", "유권자의 33%가 집에 머물렀다."),
])
def test_a_third_against_its_percentage(lang: str, version: str) -> None:
    assert number_date_errors(THIRD, lang, version) == []
    assert number_date_errors(THIRD, lang, version.replace("33", "25")) != []


def test_a_korean_fraction_against_a_percentage() -> None:
    version = "유권자의 3분의 1이 집에 머물렀다."
    assert number_date_errors("33 percent of the voters stayed at home.", "ko", version) == []
    assert number_date_errors("25 percent of the voters stayed at home.", "ko", version) != []


def test_minutes_are_no_korean_fraction() -> None:
    # "3분의 휴식": a three minutes' break; no numerator follows the mark.
    facts = analyse("3분의 휴식 후 경기가 재개됐다.", "ko")
    assert [(f.value, f.kind) for f in facts] == [(3, "cardinal")]
    facts = analyse("유권자의 3분의 1이 집에 머물렀다.", "ko")
    assert [(f.text, f.kind) for f in facts] == [("3분의 1", "fraction")]
