"""A date on one side read as a number on the other, an ordinal against a count, and a
clock time written on a 12-hour clock without its "p.m.": one fact each, compared."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def findings(ref: str, ver: str, ver_lang: str) -> list[tuple[str, str, str]]:
    pair = SegmentPair("t", "en", ref, ver_lang, ver)
    return [
        (f.severity, f.category, f.kind)
        for f in check_pair(pair)
        if f.category in ("number", "date")
    ]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The bridge opened at 4 p.m. on Monday.", "Le pont a ouvert lundi à 16 h.", "fr"),
        ("The ferry leaves at 7.15pm.", "Trajekt polazi u 7.15 uveče.", "sr"),
        ("The ferry leaves at 7.15pm.", "Trageti niset në orën 7:15 të mbrëmjes.", "sq"),
        ("The law of 1994 was changed.", "“1994 年法”被修改了。", "zh"),
        ("The mill was built in the 1890s.", "Die Mühle wurde in den 1890er Jahren gebaut.", "de"),
        ("The driver, in her 30s, was unhurt.", "Водителю, около 30 лет, не пострадала.", "ru"),
        ("The goal came in the 12th minute.", "Il gol è arrivato al 12° minuto.", "it"),
    ],
)
def test_one_fact_read_as_two_kinds_is_no_finding(ref: str, ver: str, ver_lang: str) -> None:
    assert findings(ref, ver, ver_lang) == []


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "category"),
    [
        ("The bridge opened at 5 p.m. on Monday.", "Le pont a ouvert lundi à 16 h.", "fr", "date"),
        ("The law of 1996 was changed.", "“1994 年法”被修改了。", "zh", "date"),
        (
            "The mill was built in the 1870s.",
            "Die Mühle wurde in den 1890er Jahren gebaut.",
            "de",
            "date",
        ),
        ("The driver, in her 40s, was unhurt.", "司机30多岁，没有受伤。", "zh", "date"),
        ("The goal came in the 14th minute.", "进球发生在 12 分钟。", "zh", "number"),
        ("The ferry left at 7:40 a.m.", "渡轮于上午7时20分出发。", "zh", "date"),
        ("The goal came in the 14th minute.", "Gol 12. dakikada geldi.", "tr", "number"),
    ],
)
def test_one_fact_read_as_two_kinds_that_differs_is_changed(
    ref: str, ver: str, ver_lang: str, category: str
) -> None:
    assert findings(ref, ver, ver_lang) == [("error", category, "changed")]


def test_two_leftover_numbers_are_not_forced_onto_a_time() -> None:
    # two candidate numbers for one time: not certain which, so no error is made up
    found = findings(
        "The ferry leaves at 5 p.m.", "Le traversier part à 16 h avec 3 camions.", "fr"
    )
    assert ("error", "date", "changed") not in found


def test_a_time_with_minutes_is_not_answered_by_a_bare_hour() -> None:
    # "3:35" into a game against "3 minutes 35 seconds": the 3 alone is no clock time
    found = findings("The opener came on 3:35.", "首开纪录是在3分35秒。", "zh")
    assert ("error", "date", "changed") not in found


def test_an_ordinal_in_words_is_not_paired_with_a_count_in_digits() -> None:
    # a reading of one side in words is not sure enough to call a digit count changed
    found = findings(
        "She won her third title in 2 years.", "Elle a gagné son titre 2 en 2 ans.", "fr"
    )
    assert ("error", "number", "changed") not in found


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "expected"),
    [
        # the metres drifted: the version's metres are their counterpart, not the feet's
        # (which the version, its 20 m taken by the change, then no longer says)
        (
            "The diver went down about 200 meters (66 feet).",
            "Ronilac se spustio oko 20 metara.",
            "sr",
            [("error", "number", "changed"), ("warning", "number", "missing")],
        ),
        # both units in the reference, one in the version: nothing is missing
        ("The village is 50 miles (80 km) away.", "Selo je udaljeno 80 km.", "sr", []),
        # a range takes the unit written after its second number
        (
            "They expect 2 to 4 inches of snow.",
            "Ожидается от 5 до 10 см снега.",
            "ru",
            [("info", "number", "converted")],
        ),
    ],
)
def test_quantities_given_in_two_units(
    ref: str, ver: str, ver_lang: str, expected: list
) -> None:
    assert findings(ref, ver, ver_lang) == expected


def test_a_language_without_number_words_is_said_once_per_document() -> None:
    # Hausa has no number words in a profile, num2words or CLDR's spell-out rules: say so,
    # once, where the English writes a number in words ("forty")
    pair = SegmentPair("t", "en", "He sent 30 soldiers. Then forty more.", "ha",
                       "Ya aika sojoji 30. Sannan ya ƙara arba'in.")
    unread = [f for f in check_pair(pair) if f.kind == "unread"]
    assert [(f.severity, f.category) for f in unread] == [("warning", "number")]
    # every number in digits on both sides: nothing is left unread
    pair = SegmentPair("t", "en", "He sent 30 soldiers. Then 40 more.", "ha",
                       "Ya aika sojoji 30. Sannan ya ƙara 40.")
    assert [f for f in check_pair(pair) if f.kind == "unread"] == []
    # Georgian has no folder, but CLDR spells its numbers: nothing to say
    pair = SegmentPair("t", "en", "He sent 30 soldiers. Then 40 more.", "ka",
                       "მან 30 ჯარისკაცი გაგზავნა. შემდეგ კიდევ 40.")
    assert [f for f in check_pair(pair) if f.kind == "unread"] == []
    assert findings("He sent 30 soldiers.", "Er schickte 30 Soldaten.", "de") == []


@pytest.mark.parametrize(
    "ver",
    ["Aos quase 70 anos, ainda corre maratonas.", "Aos 64 anos, ainda corre maratonas."],
)
def test_an_age_within_or_nearly_closing_a_decade_answers_it(ver: str) -> None:
    assert findings("In his late 60s, he still runs marathons.", ver, "pt") == []


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # the version's ordinal is read, its midnight not: a place in a row is no hour
        ("The second round of talks ended at midnight.",
         "Келіссөздердің екінші кезеңі түн ортасында аяқталды.", "kk"),
        ("The third round of talks ended at midnight.",
         "Третий раунд переговоров закончился поздно ночью.", "ru"),
    ],
)
def test_an_ordinal_never_answers_a_clock_time(ref: str, ver: str, ver_lang: str) -> None:
    assert ("error", "date", "changed") not in findings(ref, ver, ver_lang)


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "expected"),
    [
        # a weekday whose CLDR name holds a zero-width non-joiner, which sentences drop
        ("The meeting is on Tuesday.", "جلسه روز سه‌شنبه است.", "fa", []),
        ("The meeting is on Thursday.", "جلسه روز سه‌شنبه است.", "fa",
         [("error", "date", "changed")]),
        # an hour after midnight is that hour in the morning, not a midnight of its own
        ("The fire broke out at 2 a.m.", "Požar je izbio u dva sata posle ponoći.", "sr", []),
        ("The fire broke out at 2 a.m.", "Пожар је избио у 2 сата после поноћи.", "sr", []),
        ("The fire broke out at 3 a.m.", "Požar je izbio u dva sata posle ponoći.", "sr",
         [("error", "date", "changed")]),
        ("The fire broke out at 2 a.m.", "Пожарът избухна в 2 часа след полунощ.", "bg", []),
        # Korean myriads against the English scale word; a planted change is an error
        ("About 25,000 people live in the town.", "이 마을에는 약 2만 5천 명이 산다.", "ko", []),
        ("About 26,000 people live in the town.", "이 마을에는 약 2만 5천 명이 산다.", "ko",
         [("error", "number", "changed")]),
        ("The budget is 1.2 trillion won.", "예산은 1조 2천억 원이다.", "ko", []),
    ],
)
def test_unseen_language_pairs(ref: str, ver: str, ver_lang: str, expected: list) -> None:
    assert findings(ref, ver, ver_lang) == expected


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # years that do not run forward are read as two numbers on the reference side
        ("The 1921-19 drought ruined the farms.", "Die Dürre von 1917 bis 1919 ruinierte die Höfe.",
         "de"),
        ("The 1921-19 drought ruined the farms.", "Suša (1917-19) je uništila farme.", "sr"),
        ("The 1919-19 drought ruined the farms.", "La sécheresse de 1917-1919 a ruiné les fermes.",
         "fr"),
    ],
)
def test_a_range_of_years_read_as_numbers_is_compared_year_by_year(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert findings(ref, ver, ver_lang) == [("error", "date", "changed")]


def test_a_range_of_years_read_the_same_on_both_sides_is_no_finding() -> None:
    assert findings("The 1917-19 drought ruined the farms.", "Suša (1917-19) je uništila farme.",
                    "sr") == []


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # a short count turned into four digits reads as a year only by its form
        ("Residents should dial 112 if they smell gas.",
         "Anwohner sollen die 1120 wählen, wenn sie Gas riechen.", "de"),
        ("Residents should dial 112 if they smell gas.",
         "Stanovnici treba da pozovu 1120 ako osete gas.", "sr"),
        ("The choir has 115 singers on stage.", "Koro sahnede 1150 şarkıcıyla çıktı.", "tr"),
    ],
)
def test_a_count_written_as_four_digits_is_a_changed_number(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert findings(ref, ver, ver_lang) == [("error", "number", "changed")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "expected"),
    [
        # a year said with its preposition is a year: no count answers it
        ("The 1999 reform cut 40 jobs.", "Реформа сократила 40 рабочих мест.", "ru",
         [("warning", "date", "missing")]),
        # the year's side has a count of its own left: that count is the counterpart
        ("The 1999 reform cut 40 jobs.", "Реформа сократила 41 рабочее место.", "ru",
         [("error", "number", "changed"), ("warning", "date", "missing")]),
        ("Residents should dial 112 if they smell gas.",
         "Anwohner sollen die 112 wählen, wenn sie Gas riechen.", "de", []),
    ],
)
def test_a_bare_year_is_a_count_only_against_a_lone_count(
    ref: str, ver: str, ver_lang: str, expected: list
) -> None:
    assert findings(ref, ver, ver_lang) == expected


# a clock-style span against the same span counted in hours and minutes (and seconds)
SPANS_AS_TIMES = [
    ("The ferry crossing took 3:40.", "Переправа заняла 3 часа 40 минут.", "ru", "3:40", "3:45"),
    ("The ferry crossing took 3:40.", "La traversée a duré 3 heures et 40 minutes.", "fr",
     "3:40", "4:40"),
    ("She ran the course in 3:12:45.", "Sie lief die Strecke in 3 Stunden, 12 Minuten und "
     "45 Sekunden.", "de", "3:12:45", "3:18:45"),
]


@pytest.mark.parametrize(("ref", "ver", "ver_lang", "old", "new"), SPANS_AS_TIMES)
def test_a_span_as_a_clock_time_is_its_hours_and_minutes(
    ref: str, ver: str, ver_lang: str, old: str, new: str
) -> None:
    assert findings(ref, ver, ver_lang) == []
    assert ("error", "date", "changed") in findings(ref.replace(old, new), ver, ver_lang)


# "nearly forty" is under forty: the late thirties, never the forties
@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "same"),
    [
        ("The skipper, in his late 30s, sailed alone.", "Шкипер, которому под сорок, плыл один.",
         "ru", True),
        ("The skipper, in his late 40s, sailed alone.", "Шкипер, которому под сорок, плыл один.",
         "ru", False),
        ("The skipper, in his 30s, sailed alone.", "Le skipper, presque quarante ans, naviguait "
         "seul.", "fr", True),
        ("The skipper, in his 40s, sailed alone.", "Le skipper, presque quarante ans, naviguait "
         "seul.", "fr", False),
    ],
)
def test_nearly_a_round_age_is_the_decade_before(ref: str, ver: str, ver_lang: str,
                                                 same: bool) -> None:
    errors = [f for f in findings(ref, ver, ver_lang) if f[0] == "error"]
    assert (errors == []) is same


def test_a_span_as_a_clock_time_against_hours_and_minutes_in_chinese() -> None:
    ref, ver = "The ferry crossing took 3:40.", "渡轮航行用时3小时40分钟。"
    assert findings(ref, ver, "zh") == []
    assert ("error", "date", "changed") in findings(ref.replace("3:40", "3:50"), ver, "zh")


def test_about_the_next_round_age_is_an_unsure_change() -> None:
    """ "about 40" for "in his 30s": the late thirties, or forty; a warning, not silence."""
    ver = "Le skipper, une quarantaine d'années, naviguait seul."
    assert findings("The skipper, in his 40s, sailed alone.", ver, "fr") == []
    assert findings("The skipper, in his 30s, sailed alone.", ver, "fr") == [
        ("warning", "date", "changed")]


@pytest.mark.parametrize(
    ("ver", "ver_lang"),
    [("她以4分12秒跑完了一英里。", "zh"),
     ("Sie lief die Meile in 4 Minuten und 12 Sekunden.", "de")],
)
def test_a_race_time_as_a_clock_time_against_minutes_and_seconds(ver: str,
                                                                  ver_lang: str) -> None:
    ref = "She ran the mile in 4:12."
    assert findings(ref, ver, ver_lang) == []
    assert ("error", "date", "changed") in findings(ref.replace("4:12", "4:21"), ver, ver_lang)


def test_minutes_and_seconds_in_chinese_against_english_counts() -> None:
    ref = "She ran the mile in 4 minutes and 12 seconds."
    assert findings(ref, "她以4分12秒跑完了一英里。", "zh") == []
    assert findings(ref, "她以5分12秒跑完了一英里。", "zh") != []


# a four-digit count with its qualifier or a counted thing after a word that also opens a
# year ("más de", "cerca de"): read as a year only by its form, so a changed count of the
# other side is a changed number, not a missing number and an extra year
FOUR_DIGIT_COUNTS = [
    ("More than 1500 soldiers crossed the river.",
     "Más de 1500 soldados cruzaron el río.", "es"),
    ("More than 1500 soldiers crossed the river.",
     "Mais de 1500 soldados atravessaram o rio.", "pt"),
    ("More than 1500 soldiers crossed the river.",
     "Plus de 1500 soldats ont traversé la rivière.", "fr"),
    ("More than 1500 soldiers crossed the river.",
     "Više od 1500 vojnika prešlo je reku.", "sr"),
    ("More than 1500 soldiers crossed the river.",
     "Више од 1500 војника прешло је реку.", "sr-Cyrl"),
    ("Some 1800 people live in the valley.", "Cerca de 1800 pessoas vivem no vale.", "pt"),
    # the ending a year also takes ("'den"), then a bound after: more than 1500
    ("More than 1500 soldiers crossed the river.", "1500'den fazla asker nehri geçti.", "tr"),
]


@pytest.mark.parametrize(("ref", "ver", "ver_lang"), FOUR_DIGIT_COUNTS)
def test_a_four_digit_count_read_as_a_year_is_no_finding(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert findings(ref, ver, ver_lang) == []


@pytest.mark.parametrize(("ref", "ver", "ver_lang"), FOUR_DIGIT_COUNTS)
def test_a_changed_four_digit_count_read_as_a_year_is_a_changed_number(
    ref: str, ver: str, ver_lang: str
) -> None:
    planted = ref.replace("1500", "1700").replace("1800", "1900")
    assert findings(planted, ver, ver_lang) == [("error", "number", "changed")]
    changed_version = ver.replace("1500", "1300").replace("1800", "1600")
    assert findings(ref, changed_version, ver_lang) == [("error", "number", "changed")]


def test_a_year_and_a_count_of_one_sentence_stay_apart() -> None:
    # a real year and a real count both said: only leftovers pair, nothing is made up
    ref = "In 2019, 1500 people marched in the capital."
    assert findings(ref, "En 2019, 1500 personas marcharon en la capital.", "es") == []
    found = findings(ref, "En 2019, 1700 personas marcharon en la capital.", "es")
    assert found == [("error", "number", "changed")]
