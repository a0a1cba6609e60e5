"""Reading gaps of single languages, closed by grammar: the night before a weekday, shares
said as "one in five", spans said as one word. Our own sentences: each faithful pair gives
no number or date error, and a change planted in the English gives one."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors

from checker.facts import extract_facts

NIGHT_BEFORE = [
    ("ru", "Fire crews worked through Wednesday night with 12 engines.",
     "Пожарные работали в ночь на четверг, задействовав 12 машин."),
    ("sr", "Fire crews worked through Wednesday night with 12 engines.",
     "Vatrogasci su radili u noći na četvrtak sa 12 vozila."),
    ("sr", "Fire crews worked through Wednesday night with 12 engines.",
     "Ватрогасци су радили у ноћи на четвртак са 12 возила."),
    ("hr", "Fire crews worked through Wednesday night with 12 engines.",
     "Vatrogasci su radili u noći na četvrtak s 12 vozila."),
    ("bg", "Fire crews worked through Wednesday night with 12 engines.",
     "Пожарникарите работиха в нощта срещу четвъртък с 12 машини."),
    ("mk", "Fire crews worked through Wednesday night with 12 engines.",
     "Пожарникарите работеа во ноќта спроти четврток со 12 возила."),
    ("pl", "Fire crews worked through Wednesday night with 12 engines.",
     "Strażacy pracowali w nocy na czwartek z 12 wozami."),
]


@pytest.mark.parametrize(("lang", "english", "version"), NIGHT_BEFORE)
def test_the_night_before_a_weekday_names_no_certain_day(lang: str, english: str,
                                                         version: str) -> None:
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(english.replace("12", "15"), lang, version) != []
    # either day: the evening's (Wednesday) or the morning's (Thursday); another is a change
    assert number_date_errors(english.replace("Wednesday", "Thursday"), lang, version) == []
    assert number_date_errors(english.replace("Wednesday night", "overnight"), lang,
                              version) == []
    assert number_date_errors(english.replace("Wednesday", "Sunday"), lang, version) != []


@pytest.mark.parametrize(
    ("lang", "english", "version"),
    [
        ("ru", "The talks ended on Thursday.", "Переговоры завершились в четверг."),
        ("sr", "The talks ended on Thursday.", "Pregovori su završeni u četvrtak."),
    ],
)
def test_a_weekday_without_the_night_is_still_read(lang: str, english: str,
                                                    version: str) -> None:
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(english.replace("Thursday", "Friday"), lang, version) != []


ONE_IN_FIVE = [
    ("sr", "Svaki peti birač ostao je kod kuće."),
    ("sr", "Сваки пети бирач остао је код куће."),
    ("sr", "Jedan od pet birača ostao je kod kuće."),
    ("hr", "Svaki peti birač ostao je kod kuće."),
    ("bs", "Jedan od pet birača ostao je kod kuće."),
    ("uk", "Один із п'яти виборців залишився вдома."),
    ("bg", "Всеки пети избирател остана вкъщи."),
    ("el", "Ένας στους πέντε ψηφοφόρους έμεινε σπίτι."),
    ("nl", "Eén op de vijf kiezers bleef thuis."),
    ("tr", "Her beş seçmenden biri evde kaldı."),
    ("tr", "5 seçmenden biri evde kaldı."),
]


@pytest.mark.parametrize(("lang", "version"), ONE_IN_FIVE)
def test_one_in_five_is_the_share_a_percentage_gives(lang: str, version: str) -> None:
    assert number_date_errors("20% of voters stayed home.", lang, version) == []
    assert number_date_errors("One in five voters stayed home.", lang, version) == []
    assert number_date_errors("One in six voters stayed home.", lang, version) != []


@pytest.mark.parametrize(
    ("lang", "version"),
    [("sr", "Svaki treći birač ostao je kod kuće."), ("sr", "Dvoje od troje dece je zdravo.")],
)
def test_other_shares_keep_their_counts(lang: str, version: str) -> None:
    english = ("One in three voters stayed home." if "birač" in version
               else "Two in three children are healthy.")
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(english.replace("three", "four"), lang, version) != []


SPANS = [
    # (language, English, the same English with the span changed, version)
    ("uk", "The repairs took six months.", "The repairs took nine months.",
     "Ремонт тривав півроку."),
    ("uk", "The rescue took 48 hours.", "The rescue took 72 hours.",
     "Рятувальна операція тривала дві доби."),
    ("uk", "The rescue took five days.", "The rescue took six days.",
     "Рятувальна операція тривала п'ять діб."),
    ("el", "After an eight-hour meeting, they agreed.", "After a ten-hour meeting, they agreed.",
     "Μετά από οκτάωρη σύσκεψη, συμφώνησαν."),
    ("el", "A two-hour trip.", "A three-hour trip.", "Ένα δίωρο ταξίδι."),
]


@pytest.mark.parametrize(("lang", "english", "changed", "version"), SPANS)
def test_a_span_said_in_one_word_is_its_count(lang: str, english: str, changed: str,
                                              version: str) -> None:
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(changed, lang, version) != []


def test_storeys_are_no_hours() -> None:
    assert number_date_errors("An eight-storey building collapsed.", "el",
                              "Κατέρρευσε ένα οκταώροφο κτίριο.") == []
    assert facts_of("Ένα οκταώροφο κτίριο και ένα διωρόφου σπιτιού.", "el") == []


def facts_of(text: str, lang: str) -> list:
    return extract_facts(text, lang, ("number", "date"))


@pytest.mark.parametrize(
    ("english", "changed", "version"),
    [
        ("The club signed 12 players in ten.", "The club signed 12 players in nine.",
         "O clube contratou 12 jogadores em dez."),
        ("Of the 40 bridges, the town repaired ten.", "Of the 40 bridges, the town repaired eight.",
         "Das 40 pontes, a cidade reparou dez."),
        ("The shop opened on 10 December.", "The shop opened on 11 December.",
         "A loja abriu a 10 dez."),
    ],
)
def test_a_cut_month_that_is_a_number_word_is_a_month_only_beside_a_day(
        english: str, changed: str, version: str) -> None:
    assert number_date_errors(english, "pt", version) == []
    assert number_date_errors(changed, "pt", version) != []


def test_a_short_weekday_ending_its_clause_needs_a_day_word_before() -> None:
    assert [f.value for f in facts_of("A primeira ponte caiu e a segunda, mais nova, ficou.",
                                      "pt")] == [2]
    assert [f.value for f in facts_of("Na segunda, a ponte reabriu.", "pt")] == ["Monday"]
    assert [f.value for f in facts_of("Segunda, 5 de maio, a ponte reabriu.", "pt")
            ] == ["Monday", "--05-05"]
    assert [f.value for f in facts_of("A ponte abre de segunda a sexta.", "pt")
            ] == ["Monday", "Friday"]
    assert number_date_errors("The first bridge fell and the second one, newer, stayed.", "pt",
                              "A primeira ponte caiu e a segunda, mais nova, ficou.") == []


def test_a_share_stays_its_counts_where_the_other_side_says_its_part_as_a_count() -> None:
    english = "The firm lost money in three of the last four quarters."
    version = "Firma je gubila novac u tri od četiri poslednja kvartala."
    assert number_date_errors(english, "sr", version) == []
    assert number_date_errors(english.replace("three", "two"), "sr", version) != []
