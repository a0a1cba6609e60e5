"""Last, this and next week, month and year ("last week", "в следующем году", "上周",
"내년에") read from CLDR's relative names and each language's data: compared only with the
same unit said so on the other side. Our own sentence pairs: each faithful one without a
date finding, each changed one an error; a weekday or a year against "last week" or "last
year" is no error."""

from __future__ import annotations

import pytest
from support.news_pairs import (
    assert_version_twin_an_error,
    number_date_errors,
    number_date_findings,
)

LAST_WEEK = "The minister resigned last week."
NEXT_YEAR = "Elections will be held next year."
THIS_MONTH = "Prices rose sharply this month."
LAST_YEAR = "Sales fell in March last year."

# (English, language, version, the period in it, another period planted there)
CASES = [
    (LAST_WEEK, "de", "Der Minister ist letzte Woche zurückgetreten.", "letzte", "nächste"),
    (LAST_WEEK, "fr", "Le ministre a démissionné la semaine dernière.", "dernière", "prochaine"),
    (LAST_WEEK, "es", "El ministro dimitió la semana pasada.", "la semana pasada",
     "la próxima semana"),
    (LAST_WEEK, "ru", "Министр ушёл в отставку на прошлой неделе.", "прошлой", "следующей"),
    (LAST_WEEK, "tr", "Bakan geçen hafta istifa etti.", "geçen", "gelecek"),
    (LAST_WEEK, "sr", "Ministar je podneo ostavku prošle nedelje.", "prošle", "sledeće"),
    (LAST_WEEK, "ar", "استقال الوزير الأسبوع الماضي.", "الماضي", "المقبل"),
    (LAST_WEEK, "zh", "部长上周辞职。", "上周", "下周"),
    (LAST_WEEK, "ko", "장관은 지난주 사임했다.", "지난주", "다음 주"),
    (NEXT_YEAR, "de", "Die Wahlen finden nächstes Jahr statt.", "nächstes", "letztes"),
    (NEXT_YEAR, "fr", "Les élections auront lieu l'année prochaine.", "prochaine", "dernière"),
    (NEXT_YEAR, "ru", "Выборы пройдут в следующем году.", "следующем", "прошлом"),
    (NEXT_YEAR, "tr", "Seçimler gelecek yıl yapılacak.", "gelecek", "geçen"),
    (NEXT_YEAR, "zh", "选举将于明年举行。", "明年", "去年"),
    (NEXT_YEAR, "ar", "ستجرى الانتخابات العام المقبل.", "المقبل", "الماضي"),
    (NEXT_YEAR, "ko", "선거는 내년에 치러진다.", "내년에", "작년에"),
    (NEXT_YEAR, "sr", "Izbori će biti održani sledeće godine.", "sledeće", "prošle"),
    (NEXT_YEAR, "sq", "Zgjedhjet do të mbahen vitin e ardhshëm.", "e ardhshëm", "e kaluar"),
    (NEXT_YEAR, "pl", "Wybory odbędą się w przyszłym roku.", "przyszłym", "zeszłym"),
    (NEXT_YEAR, "it", "Le elezioni si terranno l'anno prossimo.", "prossimo", "scorso"),
    (THIS_MONTH, "ru", "Цены резко выросли в этом месяце.", "этом", "прошлом"),
    (THIS_MONTH, "ko", "이달 물가가 크게 올랐다.", "이달", "지난달"),
    (THIS_MONTH, "zh", "本月价格大幅上涨。", "本月", "上月"),
    (THIS_MONTH, "de", "Die Preise sind diesen Monat stark gestiegen.", "diesen",
     "vergangenen"),
    (LAST_YEAR, "ru", "Продажи упали в марте прошлого года.", "прошлого", "этого"),
    (LAST_YEAR, "de", "Der Umsatz ist im März des vergangenen Jahres gesunken.", "vergangenen",
     "kommenden"),
    (LAST_YEAR, "tr", "Satışlar geçtiğimiz yıl mart ayında düştü.", "geçtiğimiz", "bu"),
]


@pytest.mark.parametrize(("english", "lang", "version", "old", "new"), CASES)
def test_a_period_said_from_now(english: str, lang: str, version: str, old: str,
                                new: str) -> None:
    assert_version_twin_an_error(english, lang, version, old, new)


@pytest.mark.parametrize(("lang", "version"), [
    ("de", "Der Minister ist am Dienstag zurückgetreten."),
    ("ru", "Министр ушёл в отставку во вторник."),
    ("fr", "Le ministre a démissionné le mois dernier."),
    ("ko", "장관은 작년에 사임했다."),
])
def test_a_weekday_or_another_unit_is_no_error(lang: str, version: str) -> None:
    # The version says when otherwise ("on Tuesday"), or names another unit: the unit is
    # compared only with itself, and a weekday added is at most a warning.
    assert number_date_errors(LAST_WEEK, lang, version) == []


def test_a_year_in_digits_against_last_year_is_no_error() -> None:
    assert number_date_errors("Sales fell last year.", "de", "Der Umsatz ist 2023 gesunken.") == []


def test_albanian_years_are_no_last_year() -> None:
    # CLDR's one-word "vjet" (last year) is also "years": "12 vjet" is an age.
    assert number_date_findings("The boy is 12 years old.", "sq", "Djali është 12 vjet.") == []


@pytest.mark.parametrize(("english", "lang", "version", "drifted"), [
    # "上周六" is last Saturday: the weekday, not "上周" (last week) before a stray "六"
    ("The report was released last Saturday.", "zh", "报告于上周六发布。",
     "The report was released on Wednesday."),
    # "sledeće nedelje" is next week or next Sunday: the weekday where the reference names
    # one and says nothing of a week
    ("They face the leaders next Sunday.", "sr", "Sledeće nedelje se sastaju sa liderima.",
     "They face the leaders next Tuesday."),
    ("They face the leaders next week.", "sr", "Sledeće nedelje se sastaju sa liderima.",
     "They face the leaders last week."),
])
def test_a_weekday_inside_a_relative_week(english: str, lang: str, version: str,
                                          drifted: str) -> None:
    assert number_date_errors(english, lang, version) == []
    assert number_date_errors(drifted, lang, version) != []
