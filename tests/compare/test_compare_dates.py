"""Date comparison of aligned pairs (`checker.compare.dates`), on sentences of our own."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def date_findings(ref: str, ver: str, ver_lang: str) -> list[tuple[str, str]]:
    pair = SegmentPair("t", "en", ref, ver_lang, ver)
    return [(f.severity, f.kind) for f in check_pair(pair) if f.category == "date"]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The quiz show is on Channel 5 on Tuesday at 8 p.m.",
         "Die Quizshow läuft auf Channel 5 am Thursday um 20 Uhr.", "de"),
        ("The market opens on Saturday mornings.",
         "Le marché ouvre le Monday matin.", "fr"),
    ],
)
def test_a_weekday_left_in_the_reference_language_that_differs_is_changed(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert date_findings(ref, ver, ver_lang) == [("error", "changed")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("Shops cut prices for Black Friday.",
         "Die Geschäfte senkten die Preise zum Black Friday.", "de"),
        ("The quiz show is on Channel 5 on Tuesday at 8 p.m.",
         "Die Quizshow läuft auf Channel 5 am Tuesday um 20 Uhr.", "de"),
    ],
)
def test_a_weekday_left_in_the_reference_language_answers_the_same_weekday(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert date_findings(ref, ver, ver_lang) == []


def test_a_lower_case_english_word_in_the_version_is_no_weekday() -> None:
    # only the reference's capitalised wide names are read in the version
    assert date_findings(
        "The band played on Friday.", "Die Band spielte ihr Lied sunday morning.", "de"
    ) == [("warning", "missing")]


def test_a_weekday_in_a_run_of_words_that_lost_their_spaces_is_compared() -> None:
    assert date_findings(
        "The minister said on Monday that the fair would open.",
        "قالالوزيرللصحفيينيومالخميسأنالمعرض سيفتح.",
        "ar",
    ) == [("error", "changed")]


def test_an_arabic_ordinal_hour_is_compared_as_a_time() -> None:
    same = SegmentPair("t", "en", "The match starts at 7 p.m.", "ar",
                       "تنطلق المباراة في الساعة السابعة مساءً.")
    assert [f for f in check_pair(same) if f.category == "date"] == []
    moved = SegmentPair("t", "en", "The match starts at 9 p.m.", "ar",
                        "تنطلق المباراة في الساعة السابعة مساءً.")
    assert [(f.rule, f.severity) for f in check_pair(moved) if f.category == "date"] == [
        ("date.changed", "error")
    ]


def test_a_greek_day_range_with_the_article_of_its_second_day() -> None:
    pair = SegmentPair("t", "en", "The fair runs from 4 to 7 May.", "el",
                       "Η έκθεση διαρκεί από τις 4 έως τις 7 Μαΐου.")
    assert [f for f in check_pair(pair) if f.category in ("date", "number")] == []


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The strike starts on Tuesday.", "A greve começa na 3.ª feira.", "pt"),
        ("A fifth of the flights were cancelled.", "Um quinto dos voos foi cancelado.", "pt"),
        ("A fifth of the flights were cancelled.", "Ακυρώθηκε το ένα πέμπτο των πτήσεων.", "el"),
    ],
)
def test_portuguese_and_greek_forms_read_alike(ref: str, ver: str, ver_lang: str) -> None:
    pair = SegmentPair("t", "en", ref, ver_lang, ver)
    assert [f for f in check_pair(pair) if f.category in ("date", "number")] == []


# Serbian "nedelja" is Sunday and the week, "nedeljni" Sunday's and weekly: against a
# reference that names a weekday and no week, the translator wrote the weekday
@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The team will play its rivals next Saturday.",
         "Tim će igrati sa rivalima sledeće nedelje.", "sr"),
        ("The team will play its rivals next Saturday.",
         "Тим ће играти са ривалима следеће недеље.", "sr-Cyrl"),
        # typed with a Latin "e" (a look-alike letter of another script) in the word
        ("The minister arrived in Belgrade last Monday.",
         "Министар је стигао у Београд прошле н\u0065деље.", "sr-Cyrl"),
        ("Talks resumed in Novi Sad on Thursday.",
         "Разговори су настављени у Новом Саду у н\u0065дељу.", "sr-Cyrl"),
        ("He will start in Tuesday's cup final.", "On će igrati u nedeljnom finalu kupa.", "sr"),
        ("Rain fell on Monday morning.", "Kiša je pala u nedeljno jutro.", "sr"),
    ],
)
def test_a_weekday_against_the_word_for_sunday_and_week_is_changed(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert date_findings(ref, ver, ver_lang) == [("error", "changed")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The team will play its rivals next Sunday.",
         "Tim će igrati sa rivalima sledeće nedelje.", "sr"),
        ("He will start in Sunday's cup final.", "On će igrati u nedeljnom finalu kupa.", "sr"),
        ("Rain fell on Sunday morning.", "Kiša je pala u nedeljno jutro.", "sr"),
        ("The minister arrived in Belgrade last Sunday.",
         "Министар је стигао у Београд прошле н\u0065деље.", "sr-Cyrl"),
        ("Talks resumed in Novi Sad on Sunday.",
         "Разговори су настављени у Новом Саду у н\u0065дељу.", "sr-Cyrl"),
        # the reference says "week": the word is the week
        ("The team will play its rivals next week.",
         "Tim će igrati sa rivalima sledeće nedelje.", "sr"),
        ("The weekly magazine printed the interview on Tuesday.",
         "Nedeljni magazin je u utorak objavio intervju.", "sr"),
        ("The strike began on Friday and ended last week.",
         "Štrajk je počeo u petak, a završio se prošle nedelje.", "sr"),
    ],
)
def test_the_word_for_sunday_and_week_read_by_the_reference_is_no_error(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert date_findings(ref, ver, ver_lang) == []


@pytest.mark.parametrize(
    ("ref", "ver"),
    [
        # a count before it, or CLDR's word for counted days after it: weeks, never Sunday
        ("The team will play its rivals on Saturday, two weeks later.",
         "Tim će igrati sa rivalima dve nedelje kasnije."),
        ("On Tuesday, the court ruled within seven days.", "Sud je presudio za nedelju dana."),
    ],
)
def test_the_word_for_week_counted_is_never_a_changed_weekday(ref: str, ver: str) -> None:
    assert ("error", "changed") not in date_findings(ref, ver, "sr")


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "expected"),
    [
        # both sides say the half of the day: a drift
        ("The curfew starts at midnight.", "Die Ausgangssperre beginnt um Mitternacht.", "de", []),
        ("The curfew starts at noon.", "Die Ausgangssperre beginnt um Mitternacht.", "de",
         [("error", "changed")]),
        ("The polls closed at midnight.", "Birališta su zatvorena u podne.", "sr",
         [("error", "changed")]),
        # one side's clock leaves the half open: twelve hours apart is one time
        ("The curfew starts at midnight.", "Die Ausgangssperre beginnt um 12 Uhr.", "de", []),
        ("The ferry leaves at 5:30 p.m.", "Die Fähre legt um 5.30 Uhr ab.", "de", []),
    ],
)
def test_midnight_and_noon_are_twelve_hours_apart_only_where_a_side_leaves_the_half_open(
    ref: str, ver: str, ver_lang: str, expected: list[tuple[str, str]]
) -> None:
    assert date_findings(ref, ver, ver_lang) == expected


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "faithful"),
    [
        # the changed month is named on the other side for another day: the day, the same
        # on both sides, is the changed date (not a month missing and a day added)
        ("The summit was moved from July 4 to June 12.",
         "Samit je pomeren sa 4. juna na 12. jun.", "sr", False),
        ("The summit was moved from June 4 to June 12.",
         "Samit je pomeren sa 4. juna na 12. jun.", "sr", True),
        ("The festival runs from September 3 to August 12.",
         "Festival traje od 3. do 12. avgusta.", "sr", False),
        ("The festival runs from August 3 to August 12.",
         "Festival traje od 3. do 12. avgusta.", "sr", True),
        ("The summit was moved from July 4 to June 12.",
         "Der Gipfel wurde vom 4. Juni auf den 12. Juni verschoben.", "de", False),
        # two days of two months, each said on both sides: nothing changed
        ("She was born on July 4 and her brother on June 4.",
         "Ona je rođena 4. jula, a njen brat 4. juna.", "sr", True),
    ],
)
def test_a_day_whose_month_the_other_side_names_for_another_day(
    ref: str, ver: str, ver_lang: str, faithful: bool
) -> None:
    errors = [f for f in date_findings(ref, ver, ver_lang) if f[0] == "error"]
    assert errors == ([] if faithful else [("error", "changed")])


def test_a_day_said_alone_on_both_sides_is_compared() -> None:
    pair = SegmentPair("t", "pt", "A votação é no próximo dia 27.", "pt-BR",
                       "A votação é no próximo dia 28.")
    assert [f.severity for f in check_pair(pair) if f.category == "date"] == ["error"]
    same = SegmentPair("t", "pt", "A votação é no próximo dia 27.", "pt-BR",
                       "A votação será no próximo dia 27.")
    assert [f for f in check_pair(same) if f.category in ("date", "number")] == []


def test_twelve_in_the_morning_is_no_midnight() -> None:
    for lang, version in (("es", "La ceremonia empezó a las 12 de la mañana del domingo."),
                          ("cs", "Obřad začal ve 12 hodin dopoledne v neděli.")):
        pair = SegmentPair("t", "en", "The ceremony began at 12 p.m. on Sunday.", lang, version)
        assert [f for f in check_pair(pair) if f.severity == "error"] == [], lang
    pair = SegmentPair("t", "en", "The ceremony began at 12:30 a.m. on Sunday.", "pt",
                       "A cerimônia começou à 1h30 de domingo.")
    assert [f.severity for f in check_pair(pair) if f.category == "date"] == ["error"]
