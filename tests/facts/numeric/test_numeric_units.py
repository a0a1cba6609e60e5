"""Units of measure: a length said "square" is an area, in the words CLDR gives each
language for its square units."""

from __future__ import annotations

import pytest

from checker.facts.numbers import extract
from checker.facts.numeric import analyse
from checker.facts.numeric.measures import cldr_square_words, converts
from checker.facts.numeric.rules import rules


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("The flat measures 850 square feet.", "en", "foot2"),
        ("They bought a 3,200-square-foot house.", "en", "foot2"),
        ("The park covers 40 square miles.", "en", "mile2"),
        ("O escritório tem 79 metros quadrados.", "pt", "m2"),
        ("Το κατάστημα έχει 79 τετραγωνικά μέτρα.", "el", "m2"),
        ("Kancelarija ima 79 kvadratnih metara.", "sr", "m2"),
        ("Канцеларија има 79 квадратних метара.", "sr-Cyrl", "m2"),
        ("تبلغ مساحة المكتب 79 متر مربع.", "ar", "m2"),
        ("Das Büro hat 79 Quadratmeter.", "de", "m2"),
        ("The runner ran 400 metres, then crossed the square.", "en", "m"),
    ],
)
def test_a_square_length_is_an_area(text: str, lang: str, unit: str) -> None:
    assert [f.unit for f in extract(text, lang)] == [unit]


def test_square_words_come_from_cldr() -> None:
    assert cldr_square_words(("en",)) == ("square",)
    assert cldr_square_words(("pt",)) == ("quadrad",)
    assert cldr_square_words(("fr",)) == ("carré",)  # not the area name "milles"


def test_square_feet_convert_to_square_metres() -> None:
    assert converts(850, "foot2", 79, "m2")
    assert not converts(850, "foot2", 850, "m")  # an area is no length


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Dvadesetak novinara je čekalo.", "sr"), ("Двадесетак новинара је чекало.", "sr-Cyrl")],
)
def test_an_approximate_ending_reads_about(text: str, lang: str) -> None:
    assert [(f.value, f.qualifier) for f in extract(text, lang)] == [(20, "about")]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Jezero ima 12 kvadratnih milja.", "sr", "mile2"),  # the square word first
        ("Озеро площадью 12 квадратных километров.", "ru", "km2"),
        ("Le phare est à 10 milles de la côte.", "fr", None),  # miles, or nautical miles
    ],
)
def test_square_words_before_the_length(text: str, lang: str, unit: str | None) -> None:
    assert [f.unit for f in extract(text, lang)] == [unit]


def test_spans_of_hours_and_weeks_in_days() -> None:
    assert converts(48, "hour", 2, "day")
    assert converts(2, "week", 15, "day")  # counted with both ends: "quinze dias"
    assert converts(1, "week", 8, "day")
    assert not converts(3, "week", 22, "day")
    assert not converts(48, "hour", 3, "day")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nearly 2.4m residents voted.", 2_400_000, "person"),
        ("The harvest reached 3m tonnes.", 3_000_000, "ton"),
        ("The fence is 2.4m high.", 2.4, "m"),
    ],
)
def test_a_glued_m_before_a_counted_thing_is_millions(text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in extract(text, "en")] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Uhapšen je tridesetdvogodišnji vozač.", "sr", 32),
        ("Četrnaestogodišnja učenica je pobedila.", "sr", 14),
        ("Тридесетпетогодишњак је пуштен.", "sr-Cyrl", 35),
        ("Potpisan je dvogodišnji ugovor.", "sr", 2),
        ("Задержан сорокалетний водитель автобуса.", "ru", 40),
        ("Подписан трёхлетний контракт.", "ru", 3),
        ("Затримали сорокарічного водія автобуса.", "uk", 40),
        ("Підписано дворічний контракт.", "uk", 2),
        ("Почався тримісячний курс.", "uk", 3),
    ],
)
def test_an_age_glued_to_a_number_word_is_read(text: str, lang: str, value: int) -> None:
    assert [f.value for f in extract(text, lang)] == [value]


def test_a_glued_age_word_without_a_number_is_nothing() -> None:
    assert extract("Njegov dugogodišnji prijatelj je stigao.", "sr") == []
    assert extract("Многолетний спор и ежегодный летний отдых.", "ru") == []
    assert extract("Щорічний звіт про літній відпочинок.", "uk") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ο εξάχρονος γιος του σώθηκε.", 6, "year"),
        ("Η διήμερη απεργία έληξε.", 2, "day"),
        ("Ο σύγχρονος σταθμός άνοιξε.", None, None),
    ],
)
def test_greek_ages_and_spans_glued_to_a_number(
    text: str, value: int | None, unit: str | None
) -> None:
    assert [(f.value, f.unit) for f in extract(text, "el")] == ([(value, unit)] if value else [])


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Рост баскетболиста 2,03 м, он самый высокий.", "ru", "m"),
        ("Зріст баскетболіста 2,03 м, він найвищий.", "uk", "m"),
        ("Они купили 12 т зерна.", "ru", "ton"),
        ("Бак вміщує 60 л пального.", "uk", "liter"),
        # one letter before more letters is a word, not a symbol
        ("Он ушёл в 5 мин до конца.", "ru", None),
    ],
)
def test_a_one_letter_cldr_symbol_in_a_cased_script(text: str, lang: str,
                                                     unit: str | None) -> None:
    facts = [f for f in extract(text, lang) if f.kind != "date"]
    assert [f.unit for f in facts][:1] == [unit]


def test_a_one_letter_abbreviation_of_the_language_is_not_a_unit() -> None:
    # Russian "г." after a number is the year: never grams
    facts = analyse("Мост построили в 1913 г. на реке.", "ru")
    assert [(f.category, f.unit) for f in facts] == [("date", None)]
    assert "г" not in dict(rules("ru").unit_symbols)


def test_a_latin_si_symbol_stays_a_unit_where_it_is_also_an_abbreviation() -> None:
    # French "M." (Monsieur) is an abbreviation; "m" after a number is still metres
    facts = extract("Le pivot mesure 2,11 m et pèse 110 kg.", "fr")
    assert [f.unit for f in facts] == ["m", "kg"]


def test_a_temperature_below_freezing_converts_whatever_its_unread_sign() -> None:
    # 14 °F is -10 °C; -4 °F is -20 °C: the minus is not read on either side
    assert converts(14, "fahrenheit", 10, "celsius")
    assert converts(4, "fahrenheit", 20, "celsius")
    assert converts(10, "celsius", 14, "degree")
    assert not converts(14, "fahrenheit", 20, "celsius")
    assert not converts(14, "fahrenheit", 30, "celsius")  # -25.6 °C: not to the degree
    assert not converts(4, "mile", -6.4, "km")  # a length is never negative


def test_two_temperatures_a_degree_apart_are_no_conversion_of_unread_minus_signs() -> None:
    # -42 °F is -41.1 °C, but a hot day of 42 degrees written as 41 is a drift
    assert not converts(42, "degree", 41, "degree")
    assert not converts(39, "degree", 38, "celsius")
    assert converts(40, "degree", 40, "degree") is False  # equal: no conversion either


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # CLDR's Dutch plain temperature is "°": "graden" starts both the Celsius and the
        # Fahrenheit names, so it is a degree of an unsaid scale, not a clash to drop
        ("Het werd 31 graden Celsius in de stad.", "degree"),
        ("Het water was 18 graden.", "degree"),
        ("De pompoen woog 12 kilo.", "kg"),
        ("De tunnel is 12 kilometer lang.", "km"),
    ],
)
def test_dutch_degrees_and_kilos(text: str, unit: str) -> None:
    assert [f.unit for f in extract(text, "nl")] == [unit]


def test_a_capital_c_or_f_glued_to_the_number_is_a_temperature() -> None:
    facts = extract("The pool was 31C in the morning and 95F by noon.", "en")
    assert [(f.value, f.unit) for f in facts] == [(31, "celsius"), (95, "fahrenheit")]


def test_a_unit_word_after_another_number_is_that_number_s_unit() -> None:
    # "δεύτερη" (the runner-up) counts no minutes: "λεπτό" belongs to the 1 before it
    facts = extract("Η δεύτερη τερμάτισε 1 λεπτό πίσω της.", "el")
    assert [(f.value, f.unit) for f in facts] == [(2, None), (1, "minute")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Билет стоил до 1500 рублей.", "ru", 1500, "ruble"),
        ("Die Reparatur kostet bis 2500 Euro.", "de", 2500, "euro"),
        ("Les dons allaient de 1200 dollars à 3000 dollars.", "fr", 1200, "dollar"),
    ],
)
def test_a_four_digit_amount_after_a_year_word_stays_an_amount(text: str, lang: str,
                                                               value: int, unit: str) -> None:
    """ "до 1500 рублей": money after a word that also comes before years ("до 1500 года")."""
    first = next(f for f in analyse(text, lang) if f.category in ("number", "date"))
    assert (first.category, first.value, first.unit) == ("number", value, unit)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("До 1500 года город был деревней.", "ru"), ("In 2019 people voted early.", "en"),
     ("Seit 1990 wohnen dort 300 Menschen.", "de")],
)
def test_a_year_before_people_or_a_span_stays_a_year(text: str, lang: str) -> None:
    first = next(f for f in analyse(text, lang) if f.category in ("number", "date"))
    assert first.category == "date"


def test_two_temperatures_of_unsaid_scale_five_apart_are_a_change() -> None:
    # both minus signs unread, -35 °C would be -31 °F: "35 degrees" against "30" is no
    # conversion; a whole degree is the rounding a translator uses
    assert not converts(35, "degree", 30, "degree")
    assert not converts(35, "celsius", 30, "degree")
    assert converts(35, "degree", 31, "degree")
    assert converts(86, "fahrenheit", 30, "celsius")


def test_a_hot_day_changed_in_english_is_a_number_error() -> None:
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    pair = SegmentPair("t", "en", "The thermometer showed 35 degrees at noon.", "nl",
                       "De thermometer wees om twaalf uur 's middags 30 graden aan.")
    errors = [(f.kind, f.category) for f in check_pair(pair) if f.severity == "error"]
    assert errors == [("changed", "number")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He is 6ft 2in tall.", 6.1667, "foot"),
        ("He is 6 feet 2 inches tall.", 6.1667, "foot"),
        ("The baby weighed 8 pounds 3 ounces.", 8.1875, "pound"),
        ("He weighs 15 stone 4 pounds.", 15.2857, "stone"),
    ],
)
def test_a_quantity_in_a_unit_and_its_smaller_unit_is_one_fact(
    text: str, value: float, unit: str
) -> None:
    assert [(f.value, f.unit, f.kind) for f in extract(text, "en")] == [(value, unit, "in_parts")]


def test_a_cldr_symbol_glued_to_the_number_is_its_unit() -> None:
    facts = extract("It weighed 10lbs and 12oz, and was 2in wide.", "en")
    assert [(f.value, f.unit) for f in facts] == [(10, "pound"), (12, "ounce"), (2, "inch")]
    # an ordinal suffix stays an ordinal; "in" after a space is a word
    assert [f.kind for f in extract("He came 21st.", "en")] == ["ordinal"]
    assert extract("He scored 2 in the first half.", "en")[0].unit is None


def test_the_translator_s_rounding() -> None:
    from checker.facts.numeric.measures import converts_range, translator_rounding

    assert translator_rounding(9.144, 10)  # to the nearest 10, 9 % out
    assert translator_rounding(22.86, 25)  # to the nearest 5
    assert translator_rounding(321.9, 300)  # to one digit
    assert not translator_rounding(160.9, 200)  # one digit, but a quarter out
    assert not translator_rounding(249.5, 275)
    assert translator_rounding(260.8, 250, rough=True)  # "about 575 pounds": "about 250 kg"
    assert not translator_rounding(260.8, 250)
    assert not translator_rounding(17.7, 16, rough=True)  # "about 11 miles" are no 16 km
    assert converts(15, "stone", 95, "kg")
    assert converts_range(2, 3, "inch", 6, "cm")
    assert not converts_range(2, 3, "inch", 9, "cm")
    assert not converts_range(2, 10, "inch", 10, "cm")  # not a small range


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        # case forms CLDR's plural names do not give: instrumental, locative, accusative
        ("cs", "Teploty se pohybovaly mezi 8 a 11 stupni Celsia.", "degree"),
        ("cs", "Po 48 kilometrech se silnice zúží.", "km"),
        ("cs", "Návěs byl naložen 18 tunami oceli.", "ton"),
        ("lt", "Bėgikai įveikė 42 kilometrus.", "km"),
        ("lt", "Barža gabeno 18 tonų grūdų.", "ton"),  # "metrinių tonų": the noun
        ("lt", "Temperatūra pakilo iki 11 laipsniais.", "degree"),
        ("bg", "Камионът е превозвал 18 тона стомана.", "ton"),
        ("pl", "Ciężarówka jechała 109 kilometrów na godzinę.", "km"),
        ("pl", "Ciężarówka była załadowana 18 tonami stali.", "ton"),
        ("ru", "Деревня находится в 19 километрах от границы.", "km"),
        ("he", "המשאית נשאה 18 טונות של פלדה.", "ton"),
        ("he", "המשלוח שקל 40 קילוגרמים.", "kg"),  # the final mem before an ending
        ("he", "הכפר שוכן 19 קילומטר מהגבול.", "km"),
        ("fa", "سرعت باد به ۹۷ کیلومتر در ساعت رسید.", "km"),
        ("de", "Der Lastwagen fuhr mit 109 Stundenkilometern.", "km"),
        # a symbol of two consonants is no word: read after a space
        ("en", "The trailer carried 40,000 lb of steel.", "pound"),
        ("en", "The wave was 30 ft high.", "foot"),
    ],
)
def test_a_unit_is_read_in_its_case_forms(lang: str, text: str, unit: str) -> None:
    assert [f.unit for f in analyse(text, lang) if f.kind == "cardinal"][-1] == unit


def test_both_ends_joined_by_and_take_the_unit_of_measure() -> None:
    facts = analyse("Temperatures will range between 46 and 52 °F.", "en")
    assert [(f.value, f.unit) for f in facts] == [(46, "fahrenheit"), (52, "fahrenheit")]
    # not a smaller figure after "and", nor a count
    facts = analyse("He won 3 and lost 2 km away.", "en")
    assert facts[0].unit is None


def test_a_stem_another_unit_starts_with_is_no_stem() -> None:
    # "stop" is shared by "stopień" (degree) and "stopa" (foot): neither is read from it
    from checker.facts.numeric.measures import cldr_unit_stems

    assert "stop" not in cldr_unit_stems(("pl",))
    assert cldr_unit_stems(("cs",))["stup"] == "degree"
    # an adjective before another unit's word ("морских миль") gives no stem
    assert "морск" not in cldr_unit_stems(("ru",))


def test_a_short_stem_is_no_unit() -> None:
    # "גרמ" (gram) would start "גרמנים" (Germans)
    assert analyse("11 גרמנים נפצעו בתאונה.", "he")[0].unit is None


def test_a_stem_that_is_a_number_word_is_not_read() -> None:
    # French "mille" (a thousand) is no unit; Russian "мил" would start "миллион"
    assert analyse("Le lac couvre 12 milles carrés.", "fr")[0].unit != "nautical mile"
    assert "мил" not in dict(rules("ru").units)
