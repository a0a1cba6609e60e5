"""Date facts as calendar values, in every language's forms."""

from __future__ import annotations

import datetime

import pytest
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.facts import dates
from checker.facts.numeric import analyse


def values(text: str, lang: str) -> list:
    """The date values read, leaving out the part of a month ("early", "sonunda": tested in
    tests/facts/numeric/test_numeric_seasons.py) and the relative week, month or year ("this
    year": tested in tests/compare/test_compare_relative_periods.py)."""
    return [f.value for f in dates.extract(text, lang) if f.kind not in ("month_part", "period")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("in February 2022", "en", ["2022-02"]),
        ("im Februar 2021", "de", ["2021-02"]),
        ("en febrero de 2022", "es", ["2022-02"]),
        ("en février 2022", "fr", ["2022-02"]),
        ("в январе 2022 года", "ru", ["2022-01"]),
        ("u februaru 2022. godine", "sr", ["2022-02"]),
        ("у фебруару 2022. године", "sr-Cyrl", ["2022-02"]),
        ("Şubat 2022'de", "tr", ["2022-02"]),
        ("në shkurt të vitit 2022", "sq", ["2022-02"]),
        ("في فبراير/ شباط 2022", "ar", ["2022-02"]),
        ("June 20", "en", ["--06-20"]),
        ("20 juin", "fr", ["--06-20"]),
        ("am 19. Juli", "de", ["--07-19"]),
        ("el 15 de agosto de 1962", "es", ["1962-08-15"]),
        ("26 июля", "ru", ["--07-26"]),
        ("24 Şubat 2022", "tr", ["2022-02-24"]),
        ("6月20日", "zh", ["--06-20"]),
        ("2022年2月24日", "zh", ["2022-02-24"]),
        ("Am ersten November", "de", ["--11-01"]),
        ("in April", "en", ["--04"]),
        ("у марту", "sr-Cyrl", ["--03"]),
        ("二月初", "zh", ["--02"]),
        ("June 20, 2021", "en", ["2021-06-20"]),
    ],
)
def test_days_months_years(text: str, lang: str, expected: list) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "weekday"),
    [
        ("on Thursday", "en", "Thursday"),
        ("am Donnerstag", "de", "Thursday"),
        ("u četvrtak", "sr", "Thursday"),
        ("у четвртак", "sr-Cyrl", "Thursday"),
        ("Perşembe günü", "tr", "Thursday"),
        ("të enjten", "sq", "Thursday"),
        ("el jueves", "es", "Thursday"),
        ("jeudi", "fr", "Thursday"),
        ("в четверг", "ru", "Thursday"),
        ("الخميس", "ar", "Thursday"),
        ("周二", "zh", "Tuesday"),
        ("Donnerstagabend", "de", "Thursday"),
        ("cuma günü", "tr", "Friday"),  # lower case: "günü" (day) says it is the weekday
        ("pazar sabahı", "tr", "Sunday"),
    ],
)
def test_weekdays_in_their_forms(text: str, lang: str, weekday: str) -> None:
    assert values(text, lang) == [weekday]


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("14:30", "en", "T14:30"),
        ("14.30 Uhr", "de", "T14:30"),
        ("3:40 p.m.", "en", "T15:40"),
        ("The meeting starts at 3 p.m.", "en", "T15:00"),
        ("at 3.30 p.m.", "en", "T15:30"),
        ("at 11 pm", "en", "T23:00"),
        ("at 9 a.m.", "en", "T09:00"),
        ("12 h 00 GMT", "fr", "T12:00"),
        ("1200 GMT", "en", "T12:00"),
        ("15时50分", "zh", "T15:50"),
    ],
)
def test_times(text: str, lang: str, time: str) -> None:
    assert values(text, lang) == [time]


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("in 1985", "en", "1985"),
        ("1985年", "zh", "1985"),
        ("en 2010", "fr", "2010"),
        ("2022 yılında", "tr", "2022"),
        ("в 2020 году", "ru", "2020"),
        ("the 1980s", "en", "1980"),
        ("dans les années 70", "fr", "1970"),
    ],
)
def test_years_and_decades(text: str, lang: str, year: str) -> None:
    assert values(text, lang) == [year]


def test_words_that_look_like_dates_but_are_not() -> None:
    assert values("May I come in?", "en") == []
    assert values("ranije ove nedelje", "sr") == []  # "nedelja" is also "week"
    assert values("sept jours", "fr") == []  # "sept" is seven before it is September
    assert values("ocak başında", "tr") == []  # "ocak" the stove, "Ocak" the month
    assert values("三个月", "zh") == []  # three months is a duration
    assert values("pazar yerinde", "tr") == []  # "pazar" the market, with no "günü"
    assert values("cuma namazı", "tr") == []  # the Friday prayer is no date


@pytest.mark.parametrize(
    ("text", "value"),
    [("2019 年 3 月", "2019-03"), ("3 月 8 日", "--03-08"), ("在 2001 年", "2001")],
)
def test_a_space_between_digits_and_a_spaceless_script_is_typography(
    text: str, value: str
) -> None:
    facts = dates.extract(text, "zh")
    assert [f.value for f in facts] == [value]
    assert facts[0].text == text[facts[0].start : facts[0].end]  # offsets of the sentence


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("am 24.02.2022", "de", "2022-02-24"),
        ("on 2/24/2022", "en", "2022-02-24"),
        ("le 24/02/2022", "fr", "2022-02-24"),
        ("2022-02-24", "sr", "2022-02-24"),
        ("24.02.22", "ru", "2022-02-24"),
    ],
)
def test_numeric_dates_in_the_language_order(text: str, lang: str, date: str) -> None:
    assert values(text, lang) == [date]


# Languages with a data folder and some without one: CLDR names carry most of the way.
BABEL_LANGS = [
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "tr",
    "sr",
    "hr",
    "bs",
    "sq",
    "ru",
    "uk",
    "pl",
    "cs",
    "el",
    "ar",
    "fa",
    "hi",
    "zh",
    "ja",
    "mk",
    "bg",
    "he",
    "hu",
    "ko",
    "lt",
    "lv",
    "sv",
    "da",
    "fi",
    "ro",
    "sk",
    "sl",
    "id",
    "vi",
    "az",
    "ka",
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(BABEL_LANGS),
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)),
    st.sampled_from(["long", "medium", "full"]),
)
def test_babel_dates_read_back_as_calendar_values(
    lang: str, day: datetime.date, width: str
) -> None:
    text = format_date(day, format=width, locale=lang)
    facts = dates.extract(text, lang)
    assert [f.value for f in facts if f.kind != "weekday"] == [day.isoformat()], text
    if width == "full":
        assert [f.value for f in facts if f.kind == "weekday"] == [day.strftime("%A")], text


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Enflasyon ekimde yüzde 61,5'e yükseldi.", "tr", "--10"),
        ("şubattan beri", "tr", "--02"),
        ("Ocakta kar yağdı", "tr", "--01"),
    ],
)
def test_month_names_with_glued_case_endings(text: str, lang: str, value: str) -> None:
    assert [f.value for f in dates.extract(text, lang)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Martin ile Ayşe İzmir'e döndü.",  # "-in" after "mart" breaks vowel harmony: a name
        "Martin'in ekibi finale kaldı.",
        "Marta'nın kitabı yeniden basıldı.",  # an ending, then an apostrophe: a name's stem
        "Ekimo'nun şirketi büyüdü.",
    ],
)
def test_a_name_that_starts_like_a_turkish_month_is_no_month(text: str) -> None:
    assert dates.extract(text, "tr") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fiyatlar martta yine arttı.", "--03"),
        ("Proje martın sonunda bitti.", "--03"),
        ("Temmuzun ilk haftası sıcak geçti.", "--07"),
        ("Eylülde okullar açılıyor.", "--09"),
        ("Salının planı değişti.", "Tuesday"),
        ("Toplantı cumartesiye ertelendi.", "Saturday"),
        ("Karar 9 Mart'ta açıklandı.", "--03-09"),
    ],
)
def test_turkish_month_and_weekday_case_forms_in_harmony_are_dates(text: str,
                                                                   value: str) -> None:
    assert values(text, "tr") == [value]


def test_a_case_form_of_a_month_takes_no_day_after_it() -> None:
    # "in December, 5 people": the 5 is a count, not the fifth
    assert [f.value for f in dates.extract("aralıkta 5 kişi", "tr")] == ["--12"]


def test_a_word_that_is_a_month_only_when_capitalised_keeps_its_case_forms_apart() -> None:
    assert dates.extract("pazarda alışveriş", "tr") == []
    assert dates.extract("ocakta yemek", "tr") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("in the post-9/11 era", "en", "--09-11"), ("le 9/11", "fr", "--11-09")],
)
def test_two_part_numeric_dates(text: str, lang: str, value: str) -> None:
    facts = dates.extract(text, lang)
    assert [(f.kind, f.value) for f in facts] == [("numeric_day", value)]


def test_a_pair_that_is_not_a_date_in_every_order_is_two_numbers() -> None:
    assert dates.extract("we work 24/7", "en") == []
    assert dates.extract("24/7", "fr") == []


def test_a_number_glued_to_a_word_before_a_month_is_a_day() -> None:
    facts = dates.extract("les années de l’après-11 septembre 2001", "fr")
    assert [f.value for f in facts] == ["2001-09-11"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("地震は1月1日午後4時10分に発生した。", "ja", "T16:10"), ("下午4时", "zh", "T16:00")],
)
def test_an_afternoon_word_before_the_time(text: str, lang: str, value: str) -> None:
    assert value in [f.value for f in dates.extract(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يبدأ الموسم ليناير المقبل", ["--01"]),  # "ل" (for) on the month
        ("تأجل الاجتماع لأغسطس", ["--08"]),
        ("وصل الوفد بمارس 2020", ["2020-03"]),
    ],
)
def test_arabic_dates_are_read_after_every_proclitic(text: str, expected: list) -> None:
    assert values(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # case forms made from CLDR's names with the language's declared endings
        ("Γεννήθηκε τον Σεπτέμβριο.", "el", "--09"),
        ("Έφυγε τον Μάη.", "el", "--05"),
        ("Ο αγώνας του Σαββάτου ακυρώθηκε.", "el", "Saturday"),
        ("Η ψηφοφορία της Παρασκευής ακυρώθηκε.", "el", "Friday"),
        ("ΤΗ ΔΕΥΤΕΡΑ έκλεισαν οι τράπεζες.", "el", "Monday"),
        ("Састају се петком.", "sr-Cyrl", "Friday"),
        ("Sastaju se subotom.", "sr", "Saturday"),
        ("Суботња утакмица је отказана.", "sr-Cyrl", "Saturday"),
        ("На јулским изборима странка је победила.", "sr-Cyrl", "--07"),
        ("Martovski protesti su počeli.", "sr", "--03"),
        ("На декабрьских выборах партия победила.", "ru", "--12"),
        ("Пятничные дебаты смотрели миллионы.", "ru", "Friday"),
        ("Воскресным утром шторм ушёл.", "ru", "Sunday"),
        ("Они встречаются по средам.", "ru", "Wednesday"),
        ("Липнева зустріч завершилася.", "uk", "--07"),
        ("Суботня гра відбулася.", "uk", "Saturday"),
        ("Stuhia goditi mbrëmjen e së premtes.", "sq", "Friday"),
        ("Vendimi i së hënës ka rëndësi.", "sq", "Monday"),
        ("They meet on Fridays.", "en", "Friday"),
        # soft adjective endings after "nj"; Albanian definite nominative; plural habits
        ("Gosti su slavili u subotnjem finalu.", "sr", "Saturday"),
        ("После суботњег финала навијачи су славили.", "sr-Cyrl", "Saturday"),
        ("E premtja solli erëra të forta në bregdet.", "sq", "Friday"),
        ("E diela kaloi pa shi.", "sq", "Sunday"),
        ("Gara e ditës së shtunë u anulua.", "sq", "Saturday"),
        ("Stuhia e natës së premte shkaktoi dëme.", "sq", "Friday"),
        ("Tregu është i hapur të dielave.", "sq", "Sunday"),
        ("Ata takohen të enjteve në mbrëmje.", "sq", "Thursday"),
        ("A feira abre aos sábados de manhã.", "pt", "Saturday"),
        ("O museu fecha às segundas-feiras.", "pt", "Monday"),
        ("La biblioteca cierra los domingos.", "es", "Sunday"),
    ],
)
def test_case_forms_and_adjectives_of_month_and_weekday_names(
    text: str, lang: str, value: str
) -> None:
    assert values(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Η τρίτη θέση πήγε στην Ιταλία.", "el"),  # the third place: an ordinal, lower case
        ("Η πέμπτη φορά ήταν η τελευταία.", "el"),
        ("Средняя цена выросла.", "ru"),  # "average", not Wednesday
        ("Середня ціна зросла.", "uk"),
        ("Ostao je nedelju dana.", "sr"),  # a week, not Sunday
        ("Drita e hënës ishte e ndritshme.", "sq"),  # the moon's light
        ("Hëna ishte e plotë mbi fshat.", "sq"),  # the moon, without the weekday's article
        ("Os advogados recorreram da decisão.", "pt"),  # a plural that ends like "sábados"
        ("Los abogados apelaron la decisión.", "es"),
    ],
)
def test_words_shaped_like_case_forms_of_dates_are_not_dates(text: str, lang: str) -> None:
    assert values(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("U noći između subote i nedelje izbio je požar.", "sr", ["Saturday", "Sunday"]),
        ("Сајам траје од петка до недеље.", "sr-Cyrl", ["Friday", "Sunday"]),
        ("Nedelje i ponedeljka prodavnice ne rade.", "sr", ["Sunday", "Monday"]),
        ("Ostao je tri nedelje i vratio se u petak.", "sr", ["Friday"]),  # weeks
        ("U subotu i pet ljudi je došlo.", "sr", ["Saturday"]),  # "pet": five
        ("Nedelje uveče počela je kiša.", "sr", ["Sunday"]),  # a time of day after it
        ("Прошле недеље ујутру пао је снег.", "sr-Cyrl", ["Sunday"]),
        ("Vidimo se u pet uveče.", "sr", ["T17:00"]),  # at five in the evening: a time
        ("Prošle nedelje je padala kiša.", "sr", []),  # last week
    ],
)
def test_a_weekday_that_is_also_a_word_is_a_weekday_in_a_list_of_weekdays(
    text: str, lang: str, expected: list
) -> None:
    assert values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Састанак је у сриједу.", "sr-Cyrl", "Wednesday"),  # ijekavian, CLDR sr_Latn_BA
        ("Od ponedjeljka važe nove mjere.", "sr", "Monday"),
    ],
)
def test_serbian_ijekavian_weekdays(text: str, lang: str, value: str) -> None:
    assert values(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote is on Sept. 5, 2018.", "2018-09-05"),  # en_GB's "Sept", with its dot
        ("It opened on Aug. 14.", "--08-14"),
        ("The Nov. 6 elections were close.", "--11-06"),
    ],
)
def test_english_month_abbreviations_with_their_dot(text: str, value: str) -> None:
    assert values(text, "en") == [value]


def test_a_full_stop_after_a_month_name_ends_the_date() -> None:
    assert values("It happened in May. 5 people died.", "en") == ["--05"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The curfew starts at midnight.", "en", "T00:00"),
        ("Le couvre-feu commence à minuit.", "fr", "T00:00"),
        ("Полицијски час почиње у поноћ.", "sr-Cyrl", "T00:00"),
        ("The talks resume at noon.", "en", "T12:00"),
        ("The talks resume at 12 noon.", "en", "T12:00"),
        ("Переговоры возобновятся в полдень.", "ru", "T12:00"),
    ],
)
def test_midnight_and_noon_are_times(text: str, lang: str, value: str) -> None:
    assert set(values(text, lang)) == {value}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ils sont partis l'après-midi.", "fr"), ("Stigli su posle podne.", "sr")],
)
def test_afternoon_words_are_no_noon(text: str, lang: str) -> None:
    assert values(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He studied there in the eighties.", "en"),
        ("Er studierte dort in den Achtzigern.", "de"),
        ("درس هناك في الثمانينيات.", "ar"),
        ("درس هناك في ثمانينيات القرن العشرين.", "ar"),  # the century is the decade's
        ("他在上世纪八十年代在那里学习。", "zh"),
        ("他在20世纪80年代在那里学习。", "zh"),
    ],
)
def test_decades_said_with_a_tens_word(text: str, lang: str) -> None:
    assert [(f.value, f.kind) for f in analyse(text, lang)] == [("1980", "decade")]


def test_a_year_before_the_decade_mark_is_the_year() -> None:
    assert values("他在1980年代在那里学习。", "zh") == ["1980"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Utakmica počinje u 2 posle podne.", "sr", "T14:00"),
        ("Утакмица почиње у 8 увече.", "sr-Cyrl", "T20:00"),
        ("Ndeshja fillon në orën 2 të pasdites.", "sq", "T14:00"),
        ("تبدأ المباراة الساعة 2 مساءً.", "ar", "T14:00"),
        ("Maç öğleden sonra saat 2'de başlıyor.", "tr", "T14:00"),
        ("比赛于周六下午三点开始。", "zh", "T15:00"),
        ("晚上八点半开会。", "zh", "T20:30"),
    ],
)
def test_afternoon_hours_said_with_words(text: str, lang: str, value: str) -> None:
    assert [v for v in values(text, lang) if v.startswith("T")] == [value]


def test_an_hour_mark_after_a_lone_numeral_is_no_time_without_an_afternoon_word() -> None:
    assert values("他提出三点要求。", "zh") == []  # three points, not three o'clock


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Закон ухвалили минулої п’ятниці.", "uk", "Friday"),
        ("Засідання перенесли до середи.", "uk", "Wednesday"),
        ("Зустріч почнеться о 8 вечора.", "uk", "T20:00"),
        ("Встреча начнётся в 8 вечера.", "ru", "T20:00"),
    ],
)
def test_ukrainian_and_russian_case_forms_and_evening_hours(
    text: str, lang: str, value: str
) -> None:
    assert values(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Γεννήθηκε τη δεκαετία του '80.", "el"), ("Γεννήθηκε τη δεκαετία του 80.", "el")],
)
def test_greek_decades(text: str, lang: str) -> None:
    assert [(f.value, f.kind) for f in analyse(text, lang)] == [("1980", "decade")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("A conferência foi adiada para esta semana: nesta sexta, disse ele.", "pt", "Friday"),
        ("O jogo é sexta à noite.", "pt", "Friday"),
        ("Konferans ekim ayında yapılacak.", "tr", "--10"),
        ("Konferans ekim ortasında yapılacak.", "tr", "--10"),
    ],
)
def test_words_around_a_name_that_make_it_a_date(text: str, lang: str, value: str) -> None:
    assert values(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # Albanian: a month in -k takes the definite endings -u, -ut, -un
        ("Festivali mbyllet në fund të korrikut.", "sq", "--07"),
        ("Korriku ishte muaji më i nxehtë.", "sq", "--07"),
        ("Punimet vazhduan gjatë gjithë korrikun.", "sq", "--07"),
        ("Qyteti pret turistë deri në fund të janarit.", "sq", "--01"),
        # Turkish: the buffer "y" of the accusative, the genitive and the comitative
        ("Herkes Cumartesiyi bekliyordu.", "tr", "Saturday"),
        ("Salının sonuçları belli oldu.", "tr", "Tuesday"),
        ("Toplantı pazartesiyle başlayan haftaya ertelendi.", "tr", "Monday"),
        # Portuguese: a part of the day before the short weekday
        ("O acidente aconteceu na noite de quarta em Lisboa.", "pt", "Wednesday"),
        ("Os bombeiros chegaram na manhã de sexta ao local.", "pt", "Friday"),
        # ... and the first day of a span of days
        ("A biblioteca abre de terça a sábado.", "pt", "Tuesday Saturday"),
        ("O museu fecha de segunda à quarta.", "pt", "Monday Wednesday"),
    ],
)
def test_case_and_definite_forms_of_month_and_weekday_names(
    text: str, lang: str, value: str
) -> None:
    assert values(text, lang) == value.split()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Foi a quinta vez.", "pt"),
        ("Ficou na sexta posição.", "pt"),
        ("Ela foi a segunda a chegar.", "pt"),
        ("ekim yapılan tarla", "tr"),
    ],
)
def test_the_same_words_without_that_context_are_no_dates(text: str, lang: str) -> None:
    assert values(text, lang) == []


@pytest.mark.parametrize(("text", "month"), [
    ("The vote is now planned for mid-March.", "--03"),
    ("Harvest starts in early-May this year.", "--05"),
])
def test_an_ambiguous_month_after_a_hyphenated_context_word_is_a_month(text, month):
    # "march" and "may" are verbs too; "mid-" says the month as surely as "in ".
    assert values(text, "en") == [month]


def test_a_framed_weekday_needs_a_month_word_or_a_digit() -> None:
    """`DateLexicon` passes over the framed weekday abbreviations of a sentence with no
    month word and no digit: neither frame accepts one there (every seed sentence, with its
    digits taken out, in every language with framed forms)."""
    import re
    from pathlib import Path

    from checker.facts.digits import lower_same_length, normalise
    from checker.lang import available_languages

    seeds = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"
    lines = [re.sub(r"\d", "", line) for path in sorted(seeds.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += ["pet, mart i pet osoba", "чт, пт, (木), kt.", "do, zo"]
    checked = 0
    for lang in available_languages():
        lexicon = dates.date_lexicon(lang)
        if lexicon.framed_pattern is None:
            continue
        for line in lines:
            low = lower_same_length(normalise(line))
            low = dates.fold_accents(low) if lexicon.fold else low
            for m in lexicon.framed_pattern.finditer(low):
                checked += 1
                assert not dates._framed_before(low, m.end(1), [])
                assert not dates._framed_after(low, m, [])
    assert checked


def test_a_number_word_before_a_full_stop_is_no_month_cut_short() -> None:
    facts = analyse("Από τους δώδεκα φιναλίστ, οι γυναίκες ήταν οκτώ.", "el")
    assert [(f.category, f.value) for f in facts] == [("number", 12), ("number", 8)]


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # two days of one month: a night across them, a span with its articles
        ("A ponte fechou na noite de 7 para 8 de março.", "pt", ["--03-07", "--03-08"]),
        ("El puente cerró entre el 7 y el 9 de marzo.", "es", ["--03-07", "--03-09"]),
    ],
)
def test_two_days_of_one_month_in_portuguese_and_spanish(text: str, lang: str,
                                                         days: list) -> None:
    assert sorted(f.value for f in analyse(text, lang) if f.category == "date") == days


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The festival opens on Friday 11 and Saturday 12 July.", "en"),
        ("Das Festival beginnt am Freitag, 11. und Samstag, 12. Juli.", "de"),
        ("Le festival ouvre vendredi 11 et samedi 12 juillet.", "fr"),
    ],
)
def test_a_day_after_a_weekday_before_another_weekday_and_its_date(text: str, lang: str) -> None:
    """Each weekday names its own day of the month said once at the end."""
    facts = analyse(text, lang)
    assert sorted(f.value for f in facts if f.kind == "date") == ["--07-11", "--07-12"]
    assert [f for f in facts if f.kind == "cardinal" or f.kind == "ordinal"] == []


def test_a_count_before_a_weekday_and_its_date_stays_a_count() -> None:
    facts = analyse("They sold 11 and Saturday 12 July more.", "en")
    assert [f.value for f in facts if f.kind == "cardinal"] == [11]
