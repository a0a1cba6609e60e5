"""Readings of numbers and dates that news translators write differently from English: our
own sentence pairs, each faithful pair silent at error level and each changed one an error."""

from __future__ import annotations

import pytest
from support.news_pairs import number_date_errors, number_date_findings

# a year right before a scale word in the plural ("since 1985 thousands of ..."): the year
# stays a year, the scale word alone is a vague "thousands"
YEAR_BEFORE_SCALE = [
    ("Since 1985, thousands of trees have been planted.", "el",
     "Από το 1985 χιλιάδες δέντρα έχουν φυτευτεί."),
    ("Since 1985, thousands of trees have been planted.", "pt",
     "Desde 1985 milhares de árvores foram plantadas."),
    ("Since 1985, thousands of trees have been planted.", "de",
     "Seit 1985 Tausende Bäume gepflanzt wurden."),
]


@pytest.mark.parametrize(("english", "lang", "version"), YEAR_BEFORE_SCALE)
def test_a_year_before_a_scale_word_stays_a_year(english: str, lang: str, version: str) -> None:
    assert number_date_findings(english, lang, version) == []
    assert number_date_errors(english.replace("1985", "1986"), lang, version) != []


# a weekday said twice on one side where the other says it once and another day besides:
# the second mention is a changed day, not an added one
REPEATED_WEEKDAY = [
    ("The market moved from Thursday to Friday this week.", "pt",
     "O mercado passou de quinta-feira para sexta-feira esta semana.", "Friday", "Thursday"),
    ("The market moved from Thursday to Friday this week.", "el",
     "Η λαϊκή μεταφέρθηκε αυτή την εβδομάδα από την Πέμπτη στην Παρασκευή.", "Thursday",
     "Friday"),
    ("The market moved from Thursday to Friday this week.", "de",
     "Der Markt wurde diese Woche von Donnerstag auf Freitag verlegt.", "Friday", "Thursday"),
]


@pytest.mark.parametrize(("english", "lang", "version", "old", "new"), REPEATED_WEEKDAY)
def test_a_weekday_changed_into_the_other_weekday_is_an_error(
    english: str, lang: str, version: str, old: str, new: str
) -> None:
    assert number_date_findings(english, lang, version) == []
    assert number_date_errors(english.replace(old, new), lang, version) != []


def test_a_weekday_said_twice_in_the_version_against_two_days_is_an_error() -> None:
    english = "The market moved from Thursday to Friday this week."
    version = "O mercado passou de quinta-feira para quinta-feira esta semana."
    assert number_date_errors(english, "pt", version) != []


# a half-year named by one noun after "one" or the indefinite article counts six months
HALF_YEAR_WORD = [
    ("The repairs to the pier took six months.", "el",
     "Οι επισκευές της προβλήτας κράτησαν ένα εξάμηνο."),
    ("The repairs to the pier took six months.", "pt",
     "As reparações do cais demoraram um semestre."),
    ("The repairs to the pier took six months.", "es",
     "Las reparaciones del muelle duraron un semestre."),
    ("The repairs to the pier took six months.", "fr",
     "Les réparations de la jetée ont duré un semestre."),
    ("The repairs to the pier took six months.", "de",
     "Die Reparatur des Piers dauerte ein Halbjahr."),
    ("The repairs to the pier took six months.", "nl",
     "De herstelling van de pier duurde een halfjaar."),
]


@pytest.mark.parametrize(("english", "lang", "version"), HALF_YEAR_WORD)
def test_a_half_year_word_counts_six_months(english: str, lang: str, version: str) -> None:
    assert number_date_findings(english, lang, version) == []
    assert number_date_errors(english.replace("six", "four"), lang, version) != []


@pytest.mark.parametrize(
    ("english", "lang", "version"),
    [
        ("Exports grew in the first half of the year.", "el",
         "Οι εξαγωγές αυξήθηκαν το πρώτο εξάμηνο του έτους."),
        ("Exports grew in the first half of the year.", "pt",
         "As exportações cresceram no primeiro semestre do ano."),
        ("Exports grew in the first half of the year.", "de",
         "Die Exporte wuchsen im ersten Halbjahr."),
    ],
)
def test_a_half_year_word_after_an_ordinal_is_no_count(english: str, lang: str,
                                                        version: str) -> None:
    assert number_date_findings(english, lang, version) == []


# a count out of a larger count is the share it says, as "two thirds" is; "every fifth"
# is one in five
SHARES = [
    ("Two thirds of the nurses voted for the strike.", "pt",
     "Dois em cada três enfermeiros votaram a favor da greve.", "Two thirds", "Three quarters"),
    ("Two thirds of the nurses voted for the strike.", "el",
     "Δύο στους τρεις νοσηλευτές ψήφισαν υπέρ της απεργίας.", "Two thirds", "Three quarters"),
    ("One in five nurses voted for the strike.", "de",
     "Jede fünfte Pflegekraft stimmte für den Streik.", "five", "four"),
    ("One in five nurses voted for the strike.", "fr",
     "Un infirmier sur cinq a voté pour la grève.", "five", "four"),
    ("One in five nurses voted for the strike.", "es",
     "Uno de cada cinco enfermeros votó a favor de la huelga.", "five", "four"),
    ("One in five nurses voted for the strike.", "nl",
     "Een op de vijf verpleegkundigen stemde voor de staking.", "five", "four"),
]


@pytest.mark.parametrize(("english", "lang", "version", "old", "new"), SHARES)
def test_a_count_out_of_a_count_is_a_share(english: str, lang: str, version: str, old: str,
                                          new: str) -> None:
    assert number_date_findings(english, lang, version) == []
    assert number_date_errors(english.replace(old, new), lang, version) != []


def test_two_counts_of_different_things_are_no_share() -> None:
    english = "The agency has 20 staff in 30 countries."
    assert number_date_findings(english, "fr", "L'agence compte 20 employés dans 30 pays.") == []


# a span said in two units against the same span in the larger unit with a half
SPANS_IN_ONE_UNIT = [
    ("The trial lasted three years and six months.", "pt",
     "O julgamento durou três anos e meio.", "six months", "two months"),
    ("The trial lasted three years and six months.", "el",
     "Η δίκη κράτησε τριάμισι χρόνια.", "six months", "two months"),
    ("The flight took two hours and 30 minutes.", "pt",
     "O voo demorou duas horas e meia.", "30 minutes", "50 minutes"),
]


@pytest.mark.parametrize(("english", "lang", "version", "old", "new"), SPANS_IN_ONE_UNIT)
def test_a_span_in_two_units_is_the_span_in_one(english: str, lang: str, version: str,
                                                old: str, new: str) -> None:
    assert number_date_findings(english, lang, version) == []
    # the changed span is still told: the larger count differs from the version's
    assert number_date_findings(english.replace(old, new), lang, version) != []
