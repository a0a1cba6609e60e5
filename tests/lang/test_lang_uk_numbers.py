"""Ukrainian number grammar (checker/lang/uk/lex_attrs.py): the collective numbers of the
teens, the singular scale nouns that count alone, and the century in every case."""

from __future__ import annotations

import pytest

from checker.facts.numbers import extract


def _read(text: str) -> list[tuple[str, float]]:
    return [(f.kind, f.value) for f in extract(text, "uk")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Одинадцятеро рятувальників працювали всю ніч.", 11),
        ("Дванадцятеро дітей повернулися додому.", 12),
        ("На зустріч прийшли двадцятеро волонтерів.", 20),
    ],
)
def test_collective_numbers_of_the_teens_and_tens(text: str, value: int) -> None:
    assert _read(text) == [("cardinal", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Понад тисячу глядачів залишили стадіон.", 1000),
        ("Тисяча учасників взяли участь у марафоні.", 1000),
        ("Виставку відвідав мільйон гостей.", 10**6),
        ("Близько мільйона гривень витратили на ремонт.", 10**6),
        ("Банк отримав мільярд доларів.", 10**9),
    ],
)
def test_a_singular_scale_noun_alone_is_one_of_it(text: str, value: int) -> None:
    assert [v for _, v in _read(text)] == [value]


@pytest.mark.parametrize(
    "text",
    ["Тисячі людей вийшли на вулиці.", "Мільйони глядачів дивилися фінал."],
)
def test_a_plural_scale_noun_alone_stays_vague(text: str) -> None:
    assert _read(text) == []


def test_scale_nouns_after_a_number_keep_their_value() -> None:
    assert [v for _, v in _read("Закупили 2,5 мільйона доз і дві тисячі шприців.")] == [
        2_500_000, 2000]


def test_a_century_in_the_instrumental() -> None:
    assert _read("Собор датується XVII століттям.") == [("ordinal", 17)]


def test_noon_in_the_genitive_is_a_clock_time() -> None:
    from checker.facts import dates

    found = dates.extract("Музей працює з полудня до 18:00.", "uk")
    assert sorted(f.value for f in found) == ["T12:00", "T18:00"]
