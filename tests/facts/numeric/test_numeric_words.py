"""Numbers in words: typed pieces, then pieces added up into numbers."""

from __future__ import annotations

import pytest

from checker.facts.digits import lower_same_length, normalise
from checker.facts.numbers import extract
from checker.facts.numeric import analyse, rules
from checker.facts.numeric.find import find_numbers
from checker.facts.numeric.words import PieceKind, word_numbers
from checker.model import SegmentPair
from checker.pipeline import check_pair


def _pieces(text: str, lang: str) -> list[tuple[PieceKind, int | float, str]]:
    from checker.facts.numeric.words import _word_pieces

    low = lower_same_length(normalise(text))
    pieces, _ = _word_pieces(low, rules(lang), [False] * len(text))
    return [(p.kind, p.value, p.text) for p in pieces]


def _numbers(text: str, lang: str):
    norm = normalise(text)
    return find_numbers(norm, lower_same_length(norm), rules(lang), [False] * len(text), lang)


def test_words_become_typed_pieces() -> None:
    assert _pieces("three million two hundred thousand people", "en") == [
        (PieceKind.VALUE, 3, "three"),
        (PieceKind.MULT, 1_000_000, "million"),
        (PieceKind.VALUE, 200, "two hundred"),
        (PieceKind.MULT, 1000, "thousand"),
    ]
    assert _pieces("vingt-trois soldats et deux cents", "fr") == [
        (PieceKind.VALUE, 23, "vingt-trois"),
        (PieceKind.CONNECTOR, 0, "et"),
        (PieceKind.VALUE, 200, "deux cents"),
    ]


def test_a_compound_written_as_one_word_is_one_value_piece() -> None:
    assert _pieces("dreitausendsiebenhundert Soldaten", "de") == [
        (PieceKind.VALUE, 3700, "dreitausendsiebenhundert")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "value", "written", "kind"),
    [
        ("three million two hundred thousand people", "en", 3_200_000, "words", "cardinal"),
        ("1,4 millones de personas", "es", 1_400_000, "mixed", "cardinal"),
        ("two thirds of the votes", "en", 0.666667, "words", "fraction"),
        ("a third of the votes", "en", 0.333333, "words", "fraction"),
        ("a third term", "en", 3, "words", "ordinal"),
    ],
)
def test_pieces_add_up_to_one_number(
    text: str, lang: str, value: float, written: str, kind: str
) -> None:
    [num] = _numbers(text, lang)
    assert (num.value, num.written, num.kind) == (value, written, kind)


def test_a_lone_one_is_no_number() -> None:
    low = lower_same_length(normalise("one of them left"))
    assert word_numbers(low, rules("en"), [False] * len(low), [], "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a tens ordinal and a units ordinal, each in its case and gender
        ("Ο εορτασμός της εικοστής πρώτης επετείου έγινε χθες.", "el", 21),
        ("Στα τέλη του εικοστού δεύτερου αιώνα.", "el", 22),
        ("Η τριακοστή έβδομη σύνοδος άνοιξε.", "el", 37),
        ("A trigésima sexta edição do festival abriu.", "pt", 36),
        ("La cuadragésima segunda reunión terminó.", "es", 42),
        # one-word ordinals past the days of a month
        ("De zevenenveertigste editie begon gisteren.", "nl", 47),
        ("Die zweiundsechzigste Sitzung endete.", "de", 62),
    ],
)
def test_ordinals_past_thirty_one_are_read_whole(text: str, lang: str, value: int) -> None:
    assert [(f.kind, f.value) for f in extract(text, lang)][:1] == [("ordinal", value)]


def test_greek_teens_in_the_genitive() -> None:
    assert [f.value for f in extract("Παιδιά δεκατριών και δεκατεσσάρων ετών.", "el")] == [
        13, 14]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Der vierzigjährige Fahrer blieb unverletzt.", "de", 40, "year"),
        ("Ein dreitägiger Streik legte den Hafen lahm.", "de", 3, "day"),
        ("Shoferi dyzetvjeçar nuk u lëndua.", "sq", 40, "year"),
        ("Qeveria miratoi një plan pesëvjeçar.", "sq", 5, "year"),
    ],
)
def test_a_number_word_glued_before_the_span_it_counts(text, lang, value, unit) -> None:
    facts = [f for f in analyse(text, lang) if f.category == "number"]
    assert [(f.value, f.unit) for f in facts] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Öğrencilerin beşte biri sınavı geçemedi.", "tr", 0.2),
        ("Bütçenin dörtte üçü maaşlara gidiyor.", "tr", 0.75),
        ("Një e katërta e studentëve nuk e kaloi provimin.", "sq", 0.25),
        ("Dy të tretat e votuesve morën pjesë.", "sq", 0.666667),
    ],
)
def test_fractions_said_in_words(text: str, lang: str, value: float) -> None:
    assert [f.value for f in analyse(text, lang) if f.category == "number"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yaralılardan dördü ağır durumda.", 4),
        ("Sayı yirmi beşten fazla.", 25),
        ("Otobüs altıda kalktı.", 6),
        ("Adaylardan yedisi kadındı.", 7),
    ],
)
def test_turkish_number_words_with_case_endings(text: str, value: int) -> None:
    assert [f.value for f in analyse(text, "tr") if f.category == "number"] == [value]


def test_turkish_pronoun_forms_of_on_stay_words() -> None:
    assert [f for f in analyse("Ona ve onun ailesine teşekkür etti.", "tr")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Törene 3 bin 400 kişi katıldı.", 3400),
        ("Bin 200 öğrenci sınava girdi.", 1200),
        ("Nüfus 1 milyon 300 bin kişiye ulaştı.", 1300000),
        ("Hastanelerde 7 binden fazla yatak var.", 7000),
        ("Bölgeye 15 bini aşkın asker gönderildi.", 15000),
    ],
)
def test_turkish_rest_of_a_number_in_digits_after_a_scale_word(text: str, value: int) -> None:
    assert [f.value for f in analyse(text, "tr") if f.category == "number"] == [value]


def test_a_year_after_a_scale_word_stays_a_year() -> None:
    facts = analyse("Nüfus 2 milyon 2015'te sayıldı.", "tr")
    assert sorted((f.category, f.value) for f in facts) == [("date", "2015"), ("number", 2000000)]


def test_a_turkish_year_in_the_dative_is_a_year() -> None:
    assert [(f.kind, f.value) for f in analyse("Hedef 2035'e kadar ulaşılacak.", "tr")] == [
        ("year", "2035")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("أُصيب طفلان في الحادث.", [2]),
        ("توقفت الرحلات لمدة شهرين.", [2]),
        ("زار الوزير المدينة مرتين.", []),  # twice: an adverb, no count
        ("انعقد البرلمان في دورة استثنائية.", []),  # ends in -ان, no dual
    ],
)
def test_the_arabic_dual_of_a_counted_noun_is_two(text: str, values: list) -> None:
    assert [f.value for f in analyse(text, "ar") if f.category == "number"] == values


@pytest.mark.parametrize(
    ("text", "lang", "kind", "value"),
    [
        ("Die Band wurde in den 1970er-Jahren gegründet.", "de", "decade", "1970"),
        ("Die Band wurde in den 70er-Jahren gegründet.", "de", "decade", "1970"),
        ("Fabrika 1970'li yıllarda kuruldu.", "tr", "decade", "1970"),
    ],
)
def test_decades_with_the_language_s_decade_suffix(text, lang, kind, value) -> None:
    assert [(f.kind, f.value) for f in analyse(text, lang)] == [(kind, value)]


def test_turkish_thousand_alone_with_a_case_ending() -> None:
    facts = analyse("Binden fazla gönüllü yardıma geldi.", "tr")
    assert [(f.value, f.qualifier) for f in facts] == [(1000, "more_than")]
    assert list(analyse("Kazaların binde biri ölümcül.", "tr")) == []


@pytest.mark.parametrize(
    "text", ["Qyteti u rrit shpejt në vitet 70.", "Gjatë viteve 70 qyteti u rrit."]
)
def test_an_albanian_two_digit_decade_after_the_years(text: str) -> None:
    assert [(f.kind, f.value) for f in analyse(text, "sq")] == [("decade", "1970")]


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("На митинг пришли более тысячи студентов.", "ru", [1000]),  # more than a thousand
        ("Пожар уничтожил свыше сотни гектаров леса.", "ru", [100]),
        ("Тысячи студентов пришли на митинг.", "ru", []),  # thousands: vague
        ("Сотни гектаров леса сгорели.", "ru", []),
        ("На мітинг прийшли більше тисячі студентів.", "uk", [1000]),
        ("Тисячі студентів прийшли на мітинг.", "uk", []),
    ],
)
def test_a_lone_scale_word_after_a_word_governing_its_singular(
    text: str, lang: str, values: list
) -> None:
    assert [f.value for f in analyse(text, lang) if f.category == "number"] == values


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Ремонт моста продлится полгода.", "year"), ("Очередь двигалась полчаса.", "hour")],
)
def test_half_of_a_unit_glued_to_the_half_word(text: str, unit: str) -> None:
    """ "полгода": half a year, a quantity of its unit."""
    assert [(f.value, f.unit) for f in analyse(text, "ru") if f.category == "number"] == [
        (0.5, unit)]


@pytest.mark.parametrize(
    ("english", "errors"),
    [("Repairs to the bridge will take six months.", 0),
     ("Repairs to the bridge will take half a year.", 0),
     ("Repairs to the bridge will take four months.", 1)],
)
def test_half_a_year_against_months(english: str, errors: int) -> None:
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    pair = SegmentPair("t", "en", english, "ru", "Ремонт моста продлится полгода.")
    assert len([f for f in check_pair(pair) if f.severity == "error"]) == errors


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Exports recovered in the second quarter.", [("ordinal", 2)]),
        ("It was their second attempt at the summit.", [("ordinal", 2)]),
        # the unit of time and the day of a month stay what they were
        ("Hold on a second, please.", []),
        ("The gap was 0.42 seconds.", [("decimal", 0.42)]),
        ("The fair opens on the second of June.", [("date", "--06-02")]),
    ],
)
def test_second_after_a_determiner_before_a_noun_is_the_ordinal(text: str, values: list) -> None:
    assert [(f.kind, f.value) for f in analyse(text, "en")] == values


def test_a_changed_second_ordinal_is_found() -> None:
    pair = SegmentPair("t", "en", "Exports recovered in the second quarter.", "de",
                       "Die Exporte erholten sich im dritten Quartal.")
    assert [f.severity for f in check_pair(pair) if f.category == "number"] == ["error"]
