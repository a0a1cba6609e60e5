"""Clock times (checker/facts/numeric/times.py): a range of dotted times where the
language's decimal mark is a comma, and amounts in English figures that stay amounts."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair


@pytest.mark.parametrize(
    ("text", "lang", "times"),
    [
        ("La biblioteca abre de 8.30 a 14.00.", "es", ["T08:30", "T14:00"]),
        ("Horario de visitas: 10.00-13.30.", "es", ["T10:00", "T13:30"]),
        ("A farmácia funciona das 8.30 às 20.00.", "pt", ["T08:30", "T20:00"]),
        # the hour word after the range: still the clock
        ("El mercado abre de 6.00 a 15.00 horas.", "es", ["T06:00", "T15:00"]),
        ("O mercado abre das 6.00 às 15.00 horas.", "pt", ["T06:00", "T15:00"]),
    ],
)
def test_a_range_of_dotted_clock_times(text: str, lang: str, times: list) -> None:
    assert sorted(f.value for f in analyse(text, lang) if f.kind == "time") == times


@pytest.mark.parametrize(
    "text", ["El billete cuesta de 1.20 a 2.40 euros.", "Het kost 1.20 tot 2.40 dollar."]
)
def test_amounts_in_english_figures_are_no_clock_times(text: str) -> None:
    lang = "es" if "billete" in text else "nl"
    assert [f for f in analyse(text, lang) if f.kind == "time"] == []


def test_the_range_agrees_with_the_english_hours() -> None:
    pair = SegmentPair("t", "en", "The library opens from 8:30 a.m. to 2 p.m.", "es",
                       "La biblioteca abre de 8.30 a 14.00.")
    assert [f for f in check_pair(pair) if f.category in ("number", "date")] == []


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("The shop opened at a quarter past seven.", "en", "T07:15"),
        ("The ferry left at half past 11.", "en", "T11:30"),
        ("The vote closed at a quarter to ten.", "en", "T09:45"),
        ("Der Zug fuhr um Viertel nach sieben ab.", "de", "T07:15"),
        ("Die Sitzung endete um Viertel vor zehn.", "de", "T09:45"),
        ("Wir treffen uns um halb acht.", "de", "T07:30"),
    ],
)
def test_minutes_said_in_words_before_the_hour(text: str, lang: str, time: str) -> None:
    facts = analyse(text, lang)
    assert [f.value for f in facts if f.kind == "time"] == [time]
    assert [f for f in facts if f.category == "number"] == []  # "a quarter" is no count


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("Tren sabah yediyi çeyrek geçe kalktı.", "tr", "T07:15"),
        ("Oturum ona çeyrek kala başladı.", "tr", None),  # "ona" is also "to him": not read
        ("Oturum dokuza çeyrek kala başladı.", "tr", "T08:45"),
        ("Mağaza saat ikide kapandı.", "tr", "T02:00"),
        ("وصل القطار في الساعة السابعة والربع.", "ar", "T07:15"),
        ("بدأ الاجتماع في العاشرة إلا ربعا.", "ar", "T09:45"),
        ("Treni u nis në orën shtatë e një çerek.", "sq", "T07:15"),
    ],
)
def test_minutes_said_in_words_after_the_hour(text: str, lang: str, time: str | None) -> None:
    facts = analyse(text, lang)
    assert [f.value for f in facts if f.kind == "time"] == ([time] if time else [])


def test_an_hour_in_words_after_the_hour_word_is_a_clock_time_not_a_span() -> None:
    assert [f.value for f in analyse("Toplantı saat dörtte bitti.", "tr")] == ["T04:00"]
    assert [(f.kind, f.value) for f in analyse("Toplantı dört saat sürdü.", "tr")] == [
        ("cardinal", 4)]


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("Dyqani mbyllet në orën shtatë e gjysmë.", "sq", "T07:30"),
        ("银行九点半开门。", "zh", "T09:30"),
        ("The ferry leaves at 7.15pm.", "en", "T19:15"),  # a decimal-looking time stays one
    ],
)
def test_half_past_an_hour_in_words(text: str, lang: str, time: str) -> None:
    assert [f.value for f in analyse(text, lang) if f.kind == "time"] == [time]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("هبطت الطائرة في الساعة التاسعة و40 دقيقة.", "T09:40"),
        ("بدأ البث في الساعة السابعة و15 دقيقة مساءً.", "T19:15"),
        ("الساعة التاسعة والربع مساءً", "T21:15"),
    ],
)
def test_an_arabic_ordinal_hour_and_its_minutes(text: str, time: str) -> None:
    assert [f.value for f in analyse(text, "ar") if f.kind == "time"] == [time]
    assert [f for f in analyse(text, "ar") if f.category == "number"] == []


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("Музей закрывается в половине шестого.", "ru", "T05:30"),  # half of the sixth hour
        ("Автобус приходит без четверти семь.", "ru", "T06:45"),
        ("Урок начинается в четверть второго.", "ru", "T01:15"),
        ("Otobüs yedi buçukta kalkıyor.", "tr", "T07:30"),  # at half past seven
        ("Ders saat on bir buçukta bitti.", "tr", "T11:30"),
        ("Prodavnica se zatvara u 19,45 časova.", "sr", "T19:45"),  # comma before the hour word
        ("Predstava počinje u 20,15 h.", "sr", "T20:15"),
        ("Trajekt isplovljava u četvrt do šest.", "sr", "T05:45"),
        ("Трајект исплована у четврт до шест.", "sr", "T05:45"),
        ("Вистава починається о пів на сьому.", "uk", "T06:30"),  # half towards the 7th hour
        ("Вистава почалася о чверть на сьому.", "uk", "T06:15"),
    ],
)
def test_half_and_quarter_hours_and_comma_clock_times(text: str, lang: str, time: str) -> None:
    assert [f.value for f in analyse(text, lang) if f.kind == "time"] == [time]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("Faiz yüzde altı buçukta sabit kaldı.", "tr", None),  # a percent, no clock time
     ("Vožnja traje 3,5 sata.", "sr", None),  # a decimal of hours, no clock time
     ("Popravka je trajala 1,25 sati.", "sr", None)],
)
def test_halves_and_decimals_that_are_no_clock_times(text: str, lang: str, value: None) -> None:
    assert [f.value for f in analyse(text, lang) if f.kind == "time"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Поездка заняла 3 часа 40 минут.", "ru"),
        ("Le trajet a pris 3 heures et 40 minutes.", "fr"),
        ("Udhëtimi zgjati 3 orë e 40 minuta.", "sq"),
        ("The trip took 3 hours, 40 minutes.", "en"),
        # Serbian's clock preposition "u" makes them a clock time; "za" (in) a span
        ("Vožnja je trajala 3 sata i 40 minuta.", "sr"),
        ("Stigli su za 3 sata i 40 minuta.", "sr"),
    ],
)
def test_hours_before_counted_minutes_are_a_span(text: str, lang: str) -> None:
    """ "3 часа 40 минут": hours and minutes counted, not the clock time 3:00 and a count
    of 40 (the hour word alone is a clock time: "в 3 часа")."""
    facts = [(f.value, f.unit) for f in analyse(text, lang) if f.category in ("number", "date")]
    assert facts == [(3, "hour"), (40, "minute")]


@pytest.mark.parametrize(
    ("text", "lang", "times"),
    [
        # the clock article, an hour in words and its half, quarter or time of day
        ("O comboio parte às nove e meia.", "pt", ["T09:30"]),
        ("O comboio parte às nove e um quarto.", "pt", ["T09:15"]),
        ("O comboio parte às dez menos um quarto.", "pt", ["T09:45"]),
        ("O trem parte um quarto para as onze.", "pt", ["T10:45"]),
        ("O comboio parte às cinco da tarde.", "pt", ["T17:00"]),
        ("O comboio parte às cinco da manhã.", "pt", ["T05:00"]),
        ("El tren sale a las nueve y media.", "es", ["T09:30"]),
        ("El tren sale a la una y media.", "es", ["T01:30"]),
        ("El tren sale a las nueve y cuarto.", "es", ["T09:15"]),
        ("El tren sale a las diez menos cuarto.", "es", ["T09:45"]),
        ("El tren sale a las cinco de la tarde.", "es", ["T17:00"]),
    ],
)
def test_a_clock_time_in_portuguese_and_spanish_words(text: str, lang: str,
                                                     times: list) -> None:
    assert sorted(f.value for f in analyse(text, lang) if f.kind == "time") == times


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("O prémio foi entregue às duas equipas.", "pt"),
        ("Entre dez e quinze barcos ficaram danificados.", "pt"),
        ("El premio se entregó a las dos empresas.", "es"),
    ],
)
def test_a_whole_number_after_the_clock_article_is_no_time(text: str, lang: str) -> None:
    assert [f for f in analyse(text, lang) if f.kind == "time"] == []


def test_the_morning_words_of_a_time_are_no_tomorrow() -> None:
    facts = analyse("El tren llegó a las 6 de la mañana.", "es")
    assert [(f.kind, f.value) for f in facts] == [("time", "T06:00")]


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("The ferry crossing takes 7 hours in winter.", "en", 7),
        ("The archive stays sealed for 9 hours.", "en", 9),
        ("The vote is counted within 24 hours.", "en", 24),
        ("Le tunnel reste fermé pendant 11 heures.", "fr", 11),
        ("La grève a duré 24 heures.", "fr", 24),
        ("Склад разгрузили за 6 часов.", "ru", 6),
        ("Поезд стоял 24 часа.", "ru", 24),
        ("La carretera estuvo cortada durante 8 horas.", "es", 8),
        ("Most je bio zatvoren tokom 5 sati.", "sr", 5),
        ("De brug was binnen 3 uur hersteld.", "nl", 3),
        ("Rruga u mbyll për 6 orë.", "sq", 6),
        # a time of day after a plural that counts hours: still a count
        ("The class runs for 3 hours in the afternoon.", "en", 3),
        ("Stigli su za 3 sata.", "sr", 3),
    ],
)
def test_a_count_of_hours_is_no_clock_time(text: str, lang: str, count: int) -> None:
    facts = analyse(text, lang)
    assert [f for f in facts if f.kind == "time"] == []
    assert [f.value for f in facts if f.kind != "season"] == [count]  # "in winter": a season


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        ("The gates close at 10:00 hours sharp.", "en", "T10:00"),
        ("Le musée ouvre à 9 heures.", "fr", "T09:00"),
        ("Il est 11 heures.", "fr", "T11:00"),
        ("Собрание начнётся в 7 часов.", "ru", "T07:00"),
        ("La tienda abre a las 9 horas.", "es", "T09:00"),
        ("Sastanak počinje u 8 sati.", "sr", "T08:00"),
    ],
)
def test_the_hour_word_after_a_clock_preposition_stays_the_clock(
    text: str, lang: str, time: str
) -> None:
    assert [f.value for f in analyse(text, lang) if f.kind == "time"] == [time]


def test_the_minute_mark_before_a_count_of_seconds_counts_minutes() -> None:
    facts = analyse("她以4分12秒跑完了一英里。", "zh")
    assert [(f.value, f.unit) for f in facts] == [(4, "minute"), (12, "second")]
    # alone the mark is as often points: no unit then
    assert [(f.value, f.unit) for f in analyse("她得了4分。", "zh")] == [(4, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ils ont réparé le toit en 5-6 heures.", "fr"), ("They fixed the roof in 5-6 hours.", "en")],
)
def test_a_range_of_hours_after_a_word_of_a_length_of_time(text: str, lang: str) -> None:
    assert [(f.kind, f.value) for f in analyse(text, lang)] == [("range", (5, 6))]
