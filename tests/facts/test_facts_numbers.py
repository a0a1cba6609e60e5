"""Number facts read from each language's own text."""

from __future__ import annotations

import pytest

from checker.facts import numbers


def one(text: str, lang: str):
    facts = numbers.extract(text, lang)
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.250 Soldaten", "de", 1250),
        ("1.250 soldiers", "en", 1.25),
        ("1,250 soldiers", "en", 1250),
        ("7,1 Gigawatt", "de", 7.1),
        ("1 000 soldats", "fr", 1000),
        ("1\u202f000 soldats", "fr", 1000),
        ("1'000'000 Franken", "de-CH", 1_000_000),
        ("7.000 askerin", "tr", 7000),
        ("13 269 человек", "ru", 13269),
        ("1,00,000 लोग", "hi", 100_000),
        ("٧٠٠ جندي", "ar", 700),
        ("۱۲۳ نفر", "fa", 123),
        ("१२३ लोग", "hi", 123),
        ("４５人", "ja", 45),
        ("53'ten fazla sivil", "tr", 53),
        ("30-jährige Frau", "de", 30),
    ],
)
def test_digits_as_each_language_writes_them(text: str, lang: str, value) -> None:
    assert one(text, lang).value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("seven thousand five hundred and twenty people", "en", 7520),
        ("siebenhundert Soldaten", "de", 700),
        ("dreiundzwanzigtausend Menschen", "de", 23000),
        ("quatre-vingt-dix-sept soldats", "fr", 97),
        ("trois cent mille habitants", "fr", 300_000),
        ("treinta y dos soldados", "es", 32),
        ("un millón de personas", "es", 1_000_000),
        ("duemilatrecento persone", "it", 2300),
        ("drieëntwintig mensen", "nl", 23),
        ("otuz asker", "tr", 30),
        ("yedi yüz asker", "tr", 700),
        ("trideset vojnika", "sr", 30),
        ("тридесет војника", "sr-Cyrl", 30),
        ("dvadeset i pet", "hr", 25),
        ("tridhjetë ushtarë", "sq", 30),
        ("njëzet e pesë ushtarë", "sq", 25),
        ("не менее тридцати пяти человек", "ru", 35),
        ("семисот военнослужащих", "ru", 700),
        ("двісті людей", "uk", 200),
        ("dwieście osób", "pl", 200),
        ("dvě stě lidí", "cs", 200),
        ("τριάντα στρατιώτες", "el", 30),
        ("ثلاثون جنديا", "ar", 30),
        ("二十三人", "zh", 23),
        ("三天", "zh", 3),
        ("1,4 millones", "es", 1_400_000),
        ("2,5 milijarde dinara", "sr", 2_500_000_000),
        ("417.6万例", "zh", 4_176_000),
        ("2亿元", "zh", 200_000_000),
        ("1,3 млн", "ru", 1_300_000),
        ("5 bin kişi", "tr", 5000),
        ("3 lakh rupees", "en", 300_000),
        ("a hundred people", "en", 100),
    ],
)
def test_number_words_and_scales(text: str, lang: str, value) -> None:
    assert one(text, lang).value == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("one of them said", "en"),
        ("ein Bataillon", "de"),
        ("un bataillon", "fr"),
        ("bir tabur", "tr"),
        ("një batalion", "sq"),
        ("thousands of people", "en"),
        ("三聚氰胺", "zh"),
        ("一些人", "zh"),
        ("yüzü güldü", "tr"),
        ("May I ask?", "en"),
    ],
)
def test_words_that_are_not_numbers(text: str, lang: str) -> None:
    assert numbers.extract(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("at least 30 soldiers", "en", "at_least"),
        ("more than 53 civilians", "en", "more_than"),
        ("en az 30 asker", "tr", "at_least"),
        ("53'ten fazla sivil", "tr", "more_than"),
        ("yaklaşık 30 asker", "tr", "about"),
        ("najmanje 30 vojnika", "sr", "at_least"),
        ("više od 30", "sr", "more_than"),
        ("skoro 30", "sr", "nearly"),
        ("të paktën 30 ushtarë", "sq", "at_least"),
        ("më shumë se 53 civilë", "sq", "more_than"),
        ("mindestens 30 Soldaten", "de", "at_least"),
        ("mehr als 53", "de", "more_than"),
        ("30 جنديا على الأقل", "ar", "at_least"),
        ("至少14.6万人", "zh", "at_least"),
        ("330多座", "zh", "more_than"),
        ("не менее 30", "ru", "at_least"),
    ],
)
def test_qualifiers_are_language_independent_keys(text: str, lang: str, qualifier: str) -> None:
    assert one(text, lang).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("700 NATO troops", "en", "soldier"),
        ("700 askeri", "tr", "soldier"),
        ("700 vojnika", "sr", "soldier"),
        ("700 ushtarë", "sq", "soldier"),
        ("53 civilians", "en", "civilian"),
        ("$503 million", "en", "dollar"),
        ("45 человек", "ru", "person"),
        ("6名学生", "zh", "person"),
    ],
)
def test_counted_thing_is_kept_as_a_unit_key(text: str, lang: str, unit: str) -> None:
    assert one(text, lang).unit == unit


@pytest.mark.parametrize(
    ("text", "lang", "kind", "value"),
    [
        ("30%", "en", "percent", 30),
        ("%30", "tr", "percent", 30),
        ("yüzde 30", "tr", "percent", 30),
        ("30 por ciento", "es", "percent", 30),
        ("30 Prozent", "de", "percent", 30),
        ("30 odsto", "sr", "percent", 30),
        ("30 për qind", "sq", "percent", 30),
        ("百分之三十", "zh", "percent", 30),
        ("30 процентов", "ru", "percent", 30),
        ("20th", "en", "ordinal", 20),
        ("der 20. Platz", "de", "ordinal", 20),
        ("20-nci", "tr", "ordinal", 20),
        ("XIXe siècle", "fr", "ordinal", 19),
        ("siglo XV", "es", "ordinal", 15),
        ("30-60", "en", "range", (30, 60)),
        ("od 30 do 60", "sr", "range", (30, 60)),
        ("2:0", "de", "score", (2, 0)),
        ("7,1", "de", "decimal", 7.1),
        ("Covid-19", "en", "code", 19),
    ],
)
def test_kinds(text: str, lang: str, kind: str, value) -> None:
    fact = one(text, lang)
    assert (fact.kind, fact.value) == (kind, value)


def test_a_year_is_not_a_count() -> None:
    assert numbers.extract("in 2022", "en") == []
    assert numbers.extract("2022. godine", "sr") == []
    assert numbers.extract("2022'de", "tr") == []
    assert [f.value for f in numbers.extract("2000 soldiers", "en")] == [2000]


def test_offsets_point_at_the_text() -> None:
    text = "Ndërkohë, më shumë se 53 civilë u plagosën."
    fact = one(text, "sq")
    assert text[fact.start : fact.end] == fact.text == "më shumë se 53"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("約1万2000人が参加した。", "ja", 12000),
        ("3億5000万円", "ja", 350_000_000),
        ("2万5千人", "ja", 25000),
        ("1億2435万人", "ja", 124_350_000),
        ("1万2000人", "zh", 12000),
        ("一百零五人", "zh", 105),
    ],
)
def test_mixed_myriad_forms_are_one_number(text: str, lang: str, value) -> None:
    assert one(text, lang).value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Two thirds of the voters", "en", 2 / 3),
        ("a third of the voters", "en", 1 / 3),
        ("half of the workers", "en", 1 / 2),
        ("Due terzi degli intervistati", "it", 2 / 3),
        ("Un terzo degli intervistati", "it", 1 / 3),
        ("un tercio de los votos", "es", 1 / 3),
        ("zwei Drittel der Wähler", "de", 2 / 3),
        ("een kwart van de begroting", "nl", 1 / 4),
        ("две трети жителей", "ru", 2 / 3),
        ("половина жителей", "ru", 1 / 2),
        ("Askerlerin yarısı", "tr", 1 / 2),
        ("Dve trećine birača", "sr", 2 / 3),
        ("Jedna trzecia ankietowanych", "pl", 1 / 3),
        ("三分之一", "zh", 1 / 3),
        ("予算の3分の1が", "ja", 1 / 3),
    ],
)
def test_fractions_in_words(text: str, lang: str, value) -> None:
    fact = one(text, lang)
    assert fact.kind == "fraction"
    assert fact.value == pytest.approx(value, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("a third term", "en"), ("il terzo mandato", "it")],
)
def test_an_ordinal_is_no_fraction(text: str, lang: str) -> None:
    assert one(text, lang).kind == "ordinal"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("ستبدأ الجولة الثالثة", "ar", 3),
        ("odloženo je po peti put", "sr", 5),
        ("одложено је по пети пут", "sr-Cyrl", 5),
    ],
)
def test_ordinal_words(text: str, lang: str, value: int) -> None:
    fact = one(text, lang)
    assert (fact.kind, fact.value) == ("ordinal", value)


def test_a_month_name_in_arabic_is_no_ordinal() -> None:
    assert numbers.extract("في كانون الثاني", "ar") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("među njima sedmero djece", "hr", 7),
        ("dvojica vojnika", "sr", 2),
        ("इस परियोजना पर 12,000 करोड़ रुपये", "hi", 120_000_000_000),
        ("तीन लोग मारे गए", "hi", 3),
    ],
)
def test_collective_numerals_and_words_with_combining_marks(text: str, lang: str, value) -> None:
    assert one(text, lang).value == value


@pytest.mark.parametrize(
    ("text", "lang", "units"),
    [
        ("Askerlerden 30'u ve sivillerden 53'ü öldü.", "tr", ["soldier", "civilian"]),
        ("30 asker ve 53 sivil", "tr", ["soldier", "civilian"]),
        ("兵士30人と民間人53人", "ja", ["soldier", "person"]),
    ],
)
def test_a_counted_thing_before_its_number(text: str, lang: str, units: list) -> None:
    assert [f.unit for f in numbers.extract(text, lang)] == units


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("عاد الجنود بعد أسبوع بعشرة أيام", 10),  # "ب" (with) on the number word
        ("تبرعت الشركة بخمسة ملايين دولار", 5_000_000),
        ("وصلت المساعدات لثلاثة آلاف عائلة", 3000),  # "ل" (for)
        ("أصيب وخمسة عشر آخرون", 15),  # a proclitic on the first word of a compound
    ],
)
def test_arabic_number_words_are_read_after_every_proclitic(text: str, value: int) -> None:
    assert [f.value for f in numbers.extract(text, "ar")] == [value]


def test_a_two_letter_arabic_number_word_takes_no_proclitic() -> None:
    assert numbers.extract("لست متأكدا من الخبر", "ar") == []  # "I am not", not "for six"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The fund holds £4.6bn in bonds.", "en", 4_600_000_000),  # a scale word glued on
        ("They paid $7m for the site.", "en", 7_000_000),  # a CLDR short form after a sign
        ("Der Umsatz lag bei 3,4 Mrd. Euro.", "de", 3_400_000_000),  # CLDR compact "Mrd."
        ("Budžet je 1,7 mlrd dinara.", "sr", 1_700_000_000),
        ("Ülkede 12 milyon kişi yaşıyor.", "tr", 12_000_000),
        ("कुल 8 लाख लोग", "hi", 800_000),
    ],
)
def test_scale_words_come_from_cldr_compact_formats(text: str, lang: str, value: int) -> None:
    assert [f.value for f in numbers.extract(text, lang)] == [value]


def test_a_single_letter_after_digits_is_no_scale_without_a_currency_sign() -> None:
    assert [f.value for f in numbers.extract("Die Mauer ist 4 m hoch.", "de")] == [4]
    assert [f.value for f in numbers.extract("a 7m wall", "en")] == [7]


def test_a_scale_character_after_a_space_scales_the_digits() -> None:
    # Chinese text often puts a space between digits and characters: it is typography
    facts = numbers.extract("超过 3000 万人", "zh")
    assert [f.value for f in facts] == [30_000_000]
    assert facts[0].text.endswith("3000 万")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("عبر أكثر من 30،000 شخص الحدود.", "ar", 30000),  # an Arabic comma groups
        # case forms by the language's declared endings (words and scale words)
        ("Κάλεσαν τριακόσιους ανθρώπους.", "el", 300),
        ("ΤΡΙΑΚΟΣΙΟΥΣ ΑΝΘΡΩΠΟΥΣ", "el", 300),
        ("η περιουσία δύο εκατομμυρίων ευρώ", "el", 2_000_000),
        ("Το ποσό των 1,6 δισεκατομμυρίων", "el", 1_600_000_000),
        ("Prihodi su pali za 2 milionima.", "sr", 2_000_000),
        ("Došlo je dvadesetak ljudi.", "sr", 20),
        ("Дошло је двадесетак људи.", "sr-Cyrl", 20),
        ("Прийшло двадцятьох людей.", "uk", 20),
        ("Керував п'ятьма заводами.", "uk", 5),
        ("з двома тисячами людей", "uk", 2000),
        ("Satışlar 1,6 milyona ulaştı.", "tr", 1_600_000),
        ("Bütçe 5 milyarlık bir artış gördü.", "tr", 5_000_000_000),
    ],
)
def test_inflected_number_words_and_separators(text: str, lang: str, value) -> None:
    assert one(text, lang).value == value


def test_a_scale_word_with_a_case_ending_keeps_its_bound() -> None:
    fact = one("Salonu 20 milyondan fazla kişi izledi.", "tr")
    assert (fact.value, fact.qualifier) == (20_000_000, "more_than")


@pytest.mark.parametrize(
    ("text", "lang"),
    # the capitalised Greek weekday is the day, no ordinal (a small "τρίτη" is third)
    [("Sastaju se petkom.", "sr"), ("U petak je bio praznik.", "sr"),
     ("Την Τρίτη θα βρέξει", "el")],
)
def test_case_endings_make_no_number_of_other_words(text: str, lang: str) -> None:
    assert numbers.extract(text, lang) == []


def test_a_small_greek_ordinal_spelled_like_a_weekday_is_the_ordinal() -> None:
    facts = numbers.extract("Η ομάδα ήρθε τρίτη και η άλλη πέμπτη.", "el")
    assert [(f.value, f.kind) for f in facts] == [(3, "ordinal"), (5, "ordinal")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind"),
    [
        ("فاز الفريق بفارق اثنتا عشرة نقطة.", "ar", 12, "cardinal"),
        ("وصل أحد عشر لاعبا.", "ar", 11, "cardinal"),
        ("بنيت في القرن التاسع عشر.", "ar", 19, "ordinal"),
        ("توفي في سن الثالثة عشرة.", "ar", 13, "cardinal"),  # an age said as an ordinal
        ("احتفل بعيد ميلاده الحادي والعشرين.", "ar", 21, "ordinal"),
        ("جمعت مليوني دولار.", "ar", 2_000_000, "cardinal"),
        ("He bought a dozen eggs.", "en", 12, "cardinal"),
        ("He bought two dozen eggs.", "en", 24, "cardinal"),
    ],
)
def test_teens_duals_and_dozens(text: str, lang: str, value, kind: str) -> None:
    fact = one(text, lang)
    assert (fact.value, fact.kind) == (value, kind)


def test_dozens_alone_are_vague() -> None:
    assert numbers.extract("Dozens of people came.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Compró una docena de huevos.", "es", 12),
        ("Compró dos docenas de huevos.", "es", 24),
        ("Hay media docena de casos.", "es", 6),
        ("Il a acheté une douzaine d'œufs.", "fr", 12),
        ("Er kaufte ein Dutzend Eier.", "de", 12),
        ("Comprou meia dúzia de ovos.", "pt", 6),
        ("Он купил две дюжины яиц.", "ru", 24),
    ],
)
def test_dozens_in_other_languages(text: str, lang: str, value) -> None:
    assert one(text, lang).value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("已有550多万人逃离。", "zh", 5_500_000),  # a bound between a number and its unit
        ("项目花了3千余万元。", "zh", 30_000_000),
        ("Ai rrezikon një gjobë prej 2000 $.", "sq", 2000),  # an amount, not the year 2000
    ],
)
def test_amounts_read_whole(text: str, lang: str, value) -> None:
    fact = one(text, lang)
    assert (fact.category, fact.value) == ("number", value)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Троє людей загинули.", "uk", 3),
        ("Загинули п'ятеро людей.", "uk", 5),
        ("Трое мужчин погибли.", "ru", 3),
        ("Спасли пятерых детей.", "ru", 5),
    ],
)
def test_collective_numbers(text: str, lang: str, value) -> None:
    assert one(text, lang).value == value


def test_greek_afternoon_abbreviation() -> None:
    from checker.facts import dates

    assert [f.value for f in dates.extract("Ο αγώνας ξεκινά στις 3 μ.μ.", "el")] == ["T15:00"]


def test_feet_then_inches_in_words_are_one_length() -> None:
    facts = numbers.extract("The lock keeper is 5 feet 11 inches tall.", "en")
    assert [(f.text, f.value, f.unit) for f in facts] == [("5 feet 11", 5.9167, "foot")]
    # another unit after the second number: two numbers
    facts = numbers.extract("The 5 feet 11 weeks rule.", "en")
    assert [f.value for f in facts] == [5, 11]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Une trentaine de maisons ont brûlé.", 30),
        ("Le maire, la cinquantaine, a démissionné.", 50),
        ("Une centaine de bénévoles ont aidé.", 100),
        ("Une dizaine de milliers de spectateurs sont venus.", 10_000),
        ("Un millier de lettres sont arrivées.", 1000),
    ],
)
def test_approximate_count_words_read_about_their_value(text: str, value: int) -> None:
    fact = one(text, "fr")
    assert (fact.value, fact.qualifier) == (value, "about")


def test_a_plural_count_word_is_vague_and_unread() -> None:
    assert numbers.extract("Des centaines de maisons ont brûlé.", "fr") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a round tens word with the article after a definite noun: an ordinal
        ("احتفل النادي بالذكرى الخمسين لتأسيسه.", "ordinal"),
        ("هذه هي الدورة السبعون للمهرجان.", "ordinal"),
        # before its counted noun, or after a word without the article: a count
        ("خلال الثلاثين يوما الماضية أغلق المصنع.", "cardinal"),
        ("توفي في الثمانين من عمره.", "cardinal"),
    ],
)
def test_arabic_tens_with_the_article_after_a_definite_noun_are_ordinals(
    text: str, kind: str
) -> None:
    assert one(text, "ar").kind == kind


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("The stake is worth about $2 billion.", "en", "about"),
        ("A participação vale cerca de R$ 2 bilhões.", "pt", "about"),
        ("La participación vale más de US$ 2.000 millones.", "es", "more_than"),
    ],
)
def test_a_qualifier_before_a_currency_sign(text: str, lang: str, qualifier: str) -> None:
    assert [f.qualifier for f in numbers.extract(text, lang)] == [qualifier]
