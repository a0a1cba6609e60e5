"""Number and date findings for aligned pairs: the same value written differently
is never a finding; a different value, bound or missing fact is."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair


def findings(ref: str, ref_lang: str, ver: str, ver_lang: str) -> list:
    pair = SegmentPair("t", ref_lang, ref, ver_lang, ver)
    return [f for f in check_pair(pair) if f.category in ("number", "date")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("At least 30 soldiers were injured.", "En az otuz asker yaralandı.", "tr"),
        ("At least 30 soldiers were injured.", "Të paktën tridhjetë ushtarë u plagosën.", "sq"),
        (
            "At least 30 soldiers were injured.",
            "Al menos treinta soldados resultaron heridos.",
            "es",
        ),
        ("He sent 7,000 troops.", "Er schickte 7.000 Soldaten.", "de"),
        ("He sent seven thousand troops.", "Er schickte 7.000 Soldaten.", "de"),
        (
            "They counted 1.4 million visitors.",
            "Contaron 1,4 millones de visitantes.",
            "es",
        ),
        ("The total reached 4.18 million tickets.", "售出的门票总数已经达到417.6万张。", "zh"),
        ("About 1.5 million people live there.", "Dort leben 1.460.000 Menschen.", "de"),
        ("About 30 people came.", "Fast 30 Menschen kamen.", "de"),
        ("It opened in 1985.", "博物馆于1985年开放。", "zh"),
        ("The 27-year-old saved twice.", "Dvadesetsedmogodišnjak je dva puta odbranio.", "sr"),
        ("Two hundred families left.", "غادرت مئتي عائلة.", "ar"),
        ("Debt reached $1.3 trillion.", "بلغ الدين 1.3 تريليون دولار.", "ar"),
        ("The two-day talks ended.", "Οι διήμερες συνομιλίες ολοκληρώθηκαν.", "el"),
        ("It reopened on June 20.", "Il a rouvert le 20 juin.", "fr"),
        ("Unemployment rose to 30%.", "İşsizlik %30'a yükseldi.", "tr"),
        ("Unemployment rose to 30%.", "El desempleo subió al 30 por ciento.", "es"),
        ("He finished 20th.", "Er wurde 20.", "de"),
        ("It happened at 14:30.", "Es geschah um 14.30 Uhr.", "de"),
        (
            "The NATO chief said on Thursday that 700 troops were coming.",
            "Шеф НАТО-а изјавио је у четвртак да долази 700 војника.",
            "sr-Cyrl",
        ),
        ("The ranges are 30-60 km.", "Rasponi su od 30 do 60 km.", "sr"),
    ],
)
def test_same_fact_written_differently_is_no_finding(ref: str, ver: str, ver_lang: str) -> None:
    assert findings(ref, "en", ver, ver_lang) == []


def test_a_changed_count_is_an_error_with_a_plain_message() -> None:
    found = findings(
        "During the clashes, at least 30 NATO soldiers were injured.",
        "en",
        "Tokom sukoba povređeno je najmanje 13 vojnika NATO-a.",
        "sr",
    )
    assert [(f.category, f.kind, f.severity) for f in found] == [("number", "changed", "error")]
    assert found[0].message == "number changed: at least 30 (reference) -> najmanje 13 (version)"
    assert (found[0].reference.value, found[0].version.value) == (30, 13)


def test_a_changed_bound_is_a_lower_severity_qualifier_finding() -> None:
    found = findings(
        "More than 53 civilians were injured.", "en", "Të paktën 53 civilë u plagosën.", "sq"
    )
    assert [(f.kind, f.severity) for f in found] == [("qualifier", "warning")]


def test_numbers_pair_by_counted_thing() -> None:
    found = findings(
        "30 soldiers and 53 civilians were injured.", "en", "53 sivil ve 13 asker yaralandı.", "tr"
    )
    assert [(f.kind, f.reference.value, f.version.value) for f in found] == [("changed", 30, 13)]


def test_missing_and_extra_numbers_are_warnings() -> None:
    found = findings(
        "30 soldiers and 53 civilians were injured.", "en", "Ranjeno je 30 vojnika.", "sr"
    )
    assert [(f.kind, f.severity, f.reference.value) for f in found] == [("missing", "warning", 53)]
    found = findings("30 soldiers were injured.", "en", "Ranjeno je 30 vojnika i 53 civila.", "sr")
    assert [(f.kind, f.version.value) for f in found] == [("extra", 53)]


def test_rounding_that_changes_a_figure_is_still_a_drift() -> None:
    found = findings(
        "Nearly 25,000 trees were planted.",
        "en",
        "Près de 20 000 arbres ont été plantés.",
        "fr",
    )
    assert [f.kind for f in found] == ["changed"]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "values"),
    [
        ("It reopened on June 4.", "Il a rouvert le 20 juin.", "fr", ("--06-04", "--06-20")),
        (
            "The NATO chief said on Thursday.",
            "El jefe de la OTAN afirmó el miércoles.",
            "es",
            ("Thursday", "Wednesday"),
        ),
        (
            "They applied in February 2022.",
            "Sie beantragten es im Februar 2021.",
            "de",
            ("2022-02", "2021-02"),
        ),
        ("It opened in 1985.", "成都美领馆于1995年开放。", "zh", ("1985", "1995")),
        ("It happened at 14:30.", "Es geschah um 15.30 Uhr.", "de", ("T14:30", "T15:30")),
    ],
)
def test_changed_dates(ref: str, ver: str, ver_lang: str, values: tuple) -> None:
    found = findings(ref, "en", ver, ver_lang)
    assert [(f.category, f.kind, f.reference.value, f.version.value) for f in found] == [
        ("date", "changed", *values)
    ]


def test_a_year_read_as_a_count_on_the_other_side_matches() -> None:
    # "1985 people" is a count here, "1985 yılında" a year there: same digits, no finding
    assert findings("It was 1985 people.", "en", "1985 yılında oldu.", "tr") == []
    assert [f.kind for f in findings("It was 1985 people.", "en", "1995 yılında oldu.", "tr")] == [
        "missing",
        "extra",
    ]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("About 12,000 people attended.", "約1万2000人が参加した。", "ja"),
        ("Two thirds of voters agreed.", "Il 67% degli elettori era d'accordo.", "it"),
        (
            "Half of the voters stayed home.",
            "El 50 por ciento de los votantes se quedó en casa.",
            "es",
        ),
        ("It makes up one-third of the harvest.", "占到收成的三分之一。", "zh"),
        ("About two thirds of the voters backed him.", "أيد نحو ثلثي الناخبين المرشح.", "ar"),
        ("Nearly a third of the staff left.", "Skoro trećina zaposlenih je otišla.", "sr"),
        ("Nearly a third of the staff left.", "Скоро трећина запослених је отишла.", "sr-Cyrl"),
        (
            "Airport checks grew stricter in the post-9/11 years.",
            "Les contrôles sont devenus plus stricts depuis l’après-11 septembre 2001.",
            "fr",
        ),
    ],
)
def test_fractions_myriads_and_event_dates_match(ref: str, ver: str, ver_lang: str) -> None:
    assert findings(ref, "en", ver, ver_lang) == []


def test_a_changed_fraction_is_a_finding() -> None:
    found = findings(
        "Two thirds of voters agreed.", "en", "Un terzo degli elettori era d'accordo.", "it"
    )
    assert [(f.category, f.kind) for f in found] == [("number", "changed")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("Only 1/3 of the ballots were valid.", "Apenas 1/3 dos boletins era válido.", "pt"),
        ("Only 1/3 of the ballots were valid.", "Μόνο το 1/3 των ψηφοδελτίων ήταν έγκυρο.", "el"),
        ("A 2/3 majority is required.", "Eine 2/3-Mehrheit ist nötig.", "de"),
        ("Security changed after 9/11.", "Nach 9/11 änderte sich die Sicherheit.", "de"),
        ("Security changed after September 11.", "Nach 9/11 änderte sich die Sicherheit.", "de"),
    ],
)
def test_two_part_digits_copied_as_written_match(ref: str, ver: str, ver_lang: str) -> None:
    """ "1/3", "9/11" copied as written read month first in English and day first in the
    version: the same day and month in the other order, not a changed date."""
    assert findings(ref, "en", ver, ver_lang) == []


def test_a_changed_copied_two_part_date_is_a_finding() -> None:
    found = findings("Only 1/4 of the ballots were valid.", "en",
                     "Apenas 1/3 dos boletins era válido.", "pt")
    assert [(f.category, f.kind) for f in found] == [("date", "changed")]


def test_a_changed_two_part_date_is_a_finding() -> None:
    found = findings(
        "On 9/11 they met.", "en", "Le 12 septembre 2001, ils se sont rencontrés.", "fr"
    )
    assert [(f.category, f.kind) for f in found] == [("date", "changed")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The boar weighed 440 pounds.", "Der Keiler wog 200 Kilo.", "de"),
        ("Winds reached 70 miles per hour.", "Les vents ont atteint 113 km/h.", "fr"),
        ("It was 95 degrees in the shade.", "В тени было 35 градусов.", "ru"),
        ("Up to 8 inches of snow fell.", "Palo je do 20 cm snega.", "sr"),
        ("The town lies 25 miles away.", "Kasaba 40 kilometre uzakta.", "tr"),
        ("A 3-foot wall", "Un mur de 90 cm", "fr"),
        ("The flat measures 850 square feet.", "O apartamento tem 79 metros quadrados.", "pt"),
        ("It was 95 degrees in the shade.", "Στη σκιά ο υδράργυρος έφτασε τους 35 βαθμούς.", "el"),
        ("The court meets in two weeks.", "O tribunal reúne-se em quinze dias.", "pt"),
        ("She was held for 48 hours.", "Κρατήθηκε για δύο ημέρες.", "el"),
        ("It began 30 years ago.", "Começou há três décadas.", "pt"),
        ("It began 30 years ago.", "Ξεκίνησε πριν από τρεις δεκαετίες.", "el"),
        ("It began 30 years ago.", "Počelo je pre tri decenije.", "sr"),
        ("The fire burned 2,500 acres.", "Η φωτιά έκαψε 10.000 στρέμματα.", "el"),
        ("Settlers took 300 hectares.", "استولى المستوطنون على 3000 دونم.", "ar"),
        ("The flat measures 850 square feet.", "Το διαμέρισμα έχει 79 τετραγωνικά μέτρα.", "el"),
    ],
)
def test_a_quantity_converted_to_another_unit_is_information(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert [(f.rule, f.severity) for f in findings(ref, "en", ver, ver_lang)] == [
        ("number.converted", "info")
    ]


def test_a_wrong_conversion_is_a_changed_number() -> None:
    found = findings("The boar weighed 440 pounds.", "en", "Der Keiler wog 300 Kilo.", "de")
    assert [(f.rule, f.severity) for f in found] == [("number.changed", "error")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # a phone number or a figure grouped with spaces, one number on one side and
        # several on the other: the same digits
        ("Call the helpline on 0800 246 813 today.", "Appelez le 0800 246 813 aujourd'hui.", "fr"),
        ("Call the line on 0800 246 813 today.", "Rufen Sie die 0800\u00a0246\u00a0813 an.", "de"),
        ("The free line is 118 542.", "الخط المجاني هو 118542.", "ar"),
        ("A crowd of 85 000 fans cheered.", "Die 85.000 Fans jubelten.", "de"),
        # a lone mark before three digits read the English way in a comma-decimal language
        ("Some 40,000 fans came.", "Erdhën rreth 40,000 tifozë.", "sq"),
        ("The plant made nearly 240,000 phones.", "صنع المصنع ما يقرب من 240.000 هاتف.", "ar"),
    ],
)
def test_digits_grouped_another_way_are_no_finding(ref: str, ver: str, ver_lang: str) -> None:
    assert findings(ref, "en", ver, ver_lang) == []


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The free line is 118 543.", "Le numéro gratuit est le 118 542.", "fr"),
        ("Some 41,000 fans came.", "Erdhën rreth 40,000 tifozë.", "sq"),
    ],
)
def test_digits_grouped_another_way_still_differ(ref: str, ver: str, ver_lang: str) -> None:
    assert any(f.severity == "error" for f in findings(ref, "en", ver, ver_lang))


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("111 people died in the past two decades.", "Son 20 yıl içinde 111 kişi öldü.", "tr"),
        ("They must appear after 60 days.", "他们必须在两个月后出庭。", "zh"),
    ],
)
def test_a_span_of_time_in_another_unit_is_a_conversion(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert [(f.severity, f.kind) for f in findings(ref, "en", ver, ver_lang)] == [
        ("info", "converted")
    ]


def test_a_span_of_time_rounded_to_another_unit_is_still_a_drift() -> None:
    found = findings("He served 12 days in prison.", "en", "Er saß 2 Wochen im Gefängnis.", "de")
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]


def test_feet_and_inches_are_one_length() -> None:
    found = findings("The 6-foot-2 goalkeeper signed in May.", "en",
                     "Der 1,88 m große Torwart unterschrieb im Mai.", "de")
    assert [(f.severity, f.kind) for f in found] == [("info", "converted")]
    # written as two numbers on the other side: the same length
    assert findings("The 6-foot-2 goalkeeper signed in May.", "en",
                    "6 fit 2 inç boyundaki kaleci mayısta imza attı.", "tr") == []


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang", "kind"),
    [
        ("The 1961-64 drought ruined the farms.", "Die Dürre von 1961 bis 1964 ruinierte die "
         "Höfe.", "de", None),
        ("The 1958-64 drought ruined the farms.", "Die Dürre von 1961 bis 1964 ruinierte die "
         "Höfe.", "de",
         "changed"),
    ],
)
def test_a_short_year_range_is_two_years(ref: str, ver: str, ver_lang: str, kind) -> None:
    found = [(f.severity, f.kind) for f in findings(ref, "en", ver, ver_lang)]
    assert found == ([("error", kind)] if kind else [])


def test_a_count_pairs_with_a_count_not_with_a_fraction():
    # "половины" (half) is another kind of quantity: the drifted score pairs with the
    # version's score, not with the fraction word before it.
    found = findings("The visitors led 3-0 at the break after a goal in the 20th minute.",
                     "en", "По итогам первой половины гости вели 2-0, гол забит на 20-й "
                     "минуте.", "ru")
    assert [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found] == [
        ("number.changed", "error", "3-0", "2-0")]


def test_a_count_is_never_changed_into_a_fraction():
    found = findings("The club's golfers played the front nine in the rain.", "en",
                     "Golferi kluba odigrali su prvu polovinu po kiši.", "sr")
    assert [(f.rule, f.severity) for f in found] == [("number.missing", "warning")]


def test_an_approximate_number_word_near_another_is_unsure() -> None:
    """ "desetak" is about ten: against "a dozen" the two may say the same."""
    found = findings("A dozen villages were flooded.", "en", "Desetak sela je poplavljeno.", "sr")
    assert [(f.rule, f.severity) for f in found] == [("number.changed", "warning")]
    found = findings("Forty villages were flooded.", "en", "Desetak sela je poplavljeno.", "sr")
    assert [(f.rule, f.severity) for f in found] == [("number.changed", "error")]
    found = findings("A dozen villages were flooded.", "en", "Deset sela je poplavljeno.", "sr")
    assert [(f.rule, f.severity) for f in found] == [("number.changed", "error")]


def test_a_scale_abbreviation_that_is_also_a_unit_is_unsure() -> None:
    """Greek "εκ." is a million and a centimetre: with no counted thing after it, a
    different figure is not surely a different claim; after a currency it is millions."""
    found = findings("Up to 4 inches of hail fell.", "en", "Έπεσαν έως 10 εκ. χαλάζι.", "el")
    assert [(f.rule, f.severity) for f in found] == [("number.changed", "warning")]
    found = findings("The club paid $5 million.", "en", "Η ομάδα πλήρωσε 7 εκ. δολάρια.", "el")
    assert [(f.rule, f.severity) for f in found] == [("number.changed", "error")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # "segundo" is "according to" here, and the unit of time below: never the ordinal 2
        ("The runner, police said, was caught on his 3rd attempt.",
         "O corredor foi apanhado na sua tentativa, segundo a polícia.", "pt"),
        ("The bus stopped after the 4th stop, the driver said.",
         "O autocarro parou, segundo o motorista.", "pt"),
        ("She broke the record by 12 seconds in her 5th race.",
         "Ela bateu o recorde por 12 segundos na corrida.", "pt"),
    ],
)
def test_an_ordinal_spelled_like_the_unit_second_is_never_a_changed_number(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert [f for f in findings(ref, "en", ver, ver_lang) if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        # "and a half" after the counted noun, as Romance languages say it
        ("The flight took 2.5 hours.", "O voo demorou duas horas e meia.", "pt"),
        ("She was jailed for 3.5 years.", "Fue condenada a tres años y medio de cárcel.", "es"),
        ("The hearing lasted 2.5 hours.", "L'audience a duré deux heures et demie.", "fr"),
        # a Greek speed in the language's own symbol without its dot, or in Latin letters
        ("Gusts reached 50 miles per hour.", "Οι ριπές έφτασαν τα 80 χλμ/ώρα.", "el"),
        ("Gusts reached 50 miles per hour.", "Οι ριπές έφτασαν τα 80 km/h.", "el"),
        # a Greek year in the singular, against months
        ("She waited 18 months for the ruling.", "Περίμενε ενάμιση χρόνο για την απόφαση.", "el"),
    ],
)
def test_a_half_after_the_noun_and_symbols_as_written_are_no_error(
    ref: str, ver: str, ver_lang: str
) -> None:
    assert [f for f in findings(ref, "en", ver, ver_lang) if f.severity == "error"] == []


def test_a_half_after_the_noun_still_differs_from_another_count() -> None:
    found = findings("The flight took 3.5 hours.", "en", "O voo demorou duas horas e meia.", "pt")
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]


def test_zeros_after_the_decimal_mark_are_the_figure_s_precision() -> None:
    # "20.0 million" is given to three digits: 20.4 million is another figure
    found = findings("Over 20.0 million viewers tuned in.", "en",
                     "Programu je gledalo preko 20,4 miliona gledalaca.", "sr")
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]
    assert findings("About 20 million viewers tuned in.", "en",
                    "Programu je gledalo oko 20,4 miliona gledalaca.", "sr") == []


@pytest.mark.parametrize(
    ("ver", "ver_lang"),
    [
        ("Sie glich im Powerplay in der 35. Minute aus.", "de"),
        ("Ισοφάρισε με παίκτη παραπάνω στο 35ο λεπτό.", "el"),
    ],
)
def test_a_game_clock_is_the_minute_of_play_it_falls_in(ver: str, ver_lang: str) -> None:
    assert findings("She levelled on a power play on 34:12.", "en", ver, ver_lang) == []


def test_a_game_clock_in_another_minute_is_still_changed() -> None:
    found = findings("She levelled on a power play on 34:12.", "en",
                     "Sie glich im Powerplay in der 38. Minute aus.", "de")
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]


def test_feet_and_inches_written_as_one_decimal_is_unsure() -> None:
    found = findings("The 6-foot-4 goalkeeper signed on.", "en",
                     "O guarda-redes de 6,4 pés assinou.", "pt")
    assert [(f.severity, f.kind) for f in found] == [("warning", "changed")]
    found = findings("The 6-foot-4 goalkeeper signed on.", "en",
                     "O guarda-redes de 6,9 pés assinou.", "pt")
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]


@pytest.mark.parametrize(
    ("ver", "ver_lang"),
    [
        ("Центровой ростом 2,08 м перешёл в новый клуб.", "ru"),
        ("Центровий зростом 2,08 м перейшов до нового клубу.", "uk"),
    ],
)
def test_feet_and_inches_against_metres_in_cyrillic_are_a_conversion(
        ver: str, ver_lang: str) -> None:
    ref = "The 6-foot-10 center joined a new club."
    found = findings(ref, "en", ver, ver_lang)
    assert [(f.severity, f.kind) for f in found] == [("info", "converted")]
    found = findings(ref, "en", ver.replace("2,08", "2,31"), ver_lang)
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The lock keeper is 5 feet 11 inches tall.", "O guarda da eclusa mede 1,80 m.", "pt"),
        ("The lock keeper is 5 feet, 11 inches tall.", "Доглядач шлюзу має зріст 1,80 м.", "uk"),
        ("The lock keeper is 5 feet 11 inches tall.", "Ο φύλακας έχει ύψος 1,80 μ.", "el"),
    ],
)
def test_feet_and_inches_said_in_words_are_one_length(ref: str, ver: str,
                                                      ver_lang: str) -> None:
    found = findings(ref, "en", ver, ver_lang)
    assert [(f.severity, f.kind) for f in found] == [("info", "converted")]
    found = findings(ref, "en", ver.replace("1,80", "1,95"), ver_lang)
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]


def test_a_cold_fahrenheit_figure_against_celsius_below_zero_is_a_conversion() -> None:
    ref = "Overnight the lake town froze at 14 degrees Fahrenheit."
    found = findings(ref, "en", "Nachts fror die Stadt am See bei minus 10 Grad Celsius.", "de")
    assert [(f.severity, f.kind) for f in found] == [("info", "converted")]
    found = findings(ref, "en", "Nachts fror die Stadt am See bei minus 30 Grad Celsius.", "de")
    assert [(f.severity, f.kind) for f in found] == [("error", "changed")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The region gets $3 million in aid.", "La región recibe 3.000 millones de dólares.", "es"),
        ("The firm lost 2 million euros.", "A empresa perdeu 2.000 milhões de euros.", "pt"),
    ],
)
def test_a_group_mark_before_three_zeros_is_no_decimal(ref: str, ver: str, ver_lang: str) -> None:
    # "3.000 millones" is 3 billion: a decimal is not written with trailing zeros, so it
    # is not read as an English 3.000 (= 3) million
    found = findings(ref, "en", ver, ver_lang)
    assert [(f.kind, f.severity) for f in found] == [("changed", "error")]


@pytest.mark.parametrize(
    ("ref", "ver", "ver_lang"),
    [
        ("The region gets $3 billion in aid.", "La región recibe 3.000 millones de dólares.", "es"),
        ("They counted 12,000 votes.", "Contaron 12,000 votos.", "es"),  # English marks kept
        ("Tickets cost 2.125 euros each.", "Las entradas cuestan 2.125 euros.", "es"),
    ],
)
def test_a_mark_that_may_be_read_either_way_still_agrees(ref: str, ver: str,
                                                         ver_lang: str) -> None:
    assert findings(ref, "en", ver, ver_lang) == []


@pytest.mark.parametrize(
    ("ref", "ver", "expected"),
    [
        ("The mayor, in his 50s, resigned.", "Le maire, la cinquantaine, a démissionné.", []),
        ("The mayor, 57, resigned.", "Le maire, la cinquantaine, a démissionné.", []),
        ("About 30 houses burned.", "Une trentaine de maisons ont brûlé.", []),
        ("About 10,000 fans came.", "Une dizaine de milliers de supporters sont venus.", []),
        ("About 40 houses burned.", "Une trentaine de maisons ont brûlé.",
         [("error", "number", "changed")]),
        ("The mayor, 67, resigned.", "Le maire, la cinquantaine, a démissionné.",
         [("error", "number", "changed")]),
    ],
)
def test_approximate_count_words_answer_about_and_a_decade(ref: str, ver: str, expected) -> None:
    pair = SegmentPair("t", "en", ref, "fr", ver)
    found = [(f.severity, f.category, f.kind) for f in check_pair(pair)
             if f.category in ("number", "date")]
    assert found == expected


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("The club marked its 50th anniversary.", []),
        ("The club marked its 40th anniversary.", [("error", "number", "changed")]),
    ],
)
def test_an_arabic_tens_ordinal_answers_an_ordinal(ref: str, expected: list) -> None:
    pair = SegmentPair("t", "en", ref, "ar", "احتفل النادي بالذكرى الخمسين لتأسيسه.")
    found = [(f.severity, f.category, f.kind) for f in check_pair(pair)
             if f.category in ("number", "date")]
    assert found == expected


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("The girl learned to swim at 6.", []),
        ("The girl learned to swim at 8.", [("error", "number", "changed")]),
    ],
)
def test_an_arabic_ordinal_after_the_word_of_age_is_an_age(ref: str, expected: list) -> None:
    pair = SegmentPair("t", "en", ref, "ar", "تعلمت الفتاة السباحة في سن السادسة.")
    found = [(f.severity, f.category, f.kind) for f in check_pair(pair)
             if f.category in ("number", "date")]
    assert found == expected
