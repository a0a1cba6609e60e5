"""Croatian number data: the Serbian word lists (one language family; they hold the western
forms too: "tisuća", "milijun", "stoljeće", "sedmero"), and what Croatian says otherwise:
number words glued into compounds ("petodnevni", "tromjesečni", "osmeročlani"), the counts of
"about" ("desetak", "tisućak"), the decades in every case ("u sedamdesetima"), the week
("tjedan") and "nešto manje od" (just under). The same lists serve Bosnian."""

from checker.lang.sr.lex_attrs import AGE_COMPOUNDS as _SERBIAN_AGE_COMPOUNDS
from checker.lang.sr.lex_attrs import (  # noqa: F401  one language family, one word list
    APPROXIMATE_ENDINGS,
    CONNECTORS,
    DECADE_ORDINAL_ENDINGS,
    DECADE_SUFFIXES,
    DECIMAL_WORDS,
    FRACTION_ALONE,
    HALF_AFTER,
    HALF_BEFORE,
    MULTIPLIERS,
    NOT_ALONE,
    NOT_NUMBER_WORDS,
    NUM2WORDS,
    ORDINAL_DOT,
    ORDINAL_WORDS,
    PERCENT_AFTER,
    QUALIFIERS_AFTER,
    RANGE_WORDS,
    SCALE_ENDINGS,
    SHARE_BETWEEN,
    SHARE_EVERY,
    TIME_AFTER,
    TIME_BEFORE,
    UNIT_ENDINGS,
    UNITS,
    VAGUE_QUANTITIES,
    VERB_LEMMA_ENDINGS,
    WORD_ENDINGS,
    YEAR_AFTER,
)
from checker.lang.sr.lex_attrs import APPROXIMATE_WORDS as _SERBIAN_APPROXIMATE
from checker.lang.sr.lex_attrs import CENTURY_WORDS as _SERBIAN_CENTURY_WORDS
from checker.lang.sr.lex_attrs import COMPOUND_FORMS as _SERBIAN_COMPOUND_FORMS
from checker.lang.sr.lex_attrs import NUMBER_WORDS as _SERBIAN_NUMBER_WORDS
from checker.lang.sr.lex_attrs import QUALIFIERS_BEFORE as _SERBIAN_QUALIFIERS
from checker.lang.sr.lex_attrs import YEAR_BEFORE as _SERBIAN_YEAR_BEFORE

# "tisućak prosvjednika": about a thousand, a word of its own beside "stotinjak"
APPROXIMATE_WORDS = {**_SERBIAN_APPROXIMATE, "tisućak": 1000}
# "dvjestotinjak ljudi", "petstotinjak": about so many hundred
APPROXIMATE_WORDS.update({
    hundreds + "stotinjak": value * 100
    for hundreds, value in (("dvje", 2), ("tri", 3), ("četiri", 4), ("pet", 5), ("šest", 6),
                            ("sedam", 7), ("osam", 8), ("devet", 9))
})
# A number word glued before the span or the group it counts: "petodnevni posjet" (five-day),
# "dvotjedni", "tromjesečni" (three-month), "dvosatni", "osmeročlani" (eight-member); the
# word part with the stem's first letters only, the case endings follow
AGE_COMPOUNDS = {
    **_SERBIAN_AGE_COMPOUNDS,
    "dnevn": "day",
    "tjedn": "week",
    "mjesečn": "month",
    "satn": "hour",
    "člani": "member",
    "član": "member",
}
# the collective forms first in a compound ("četveročlana obitelj", "peterostruki")
COMPOUND_FORMS = {
    **_SERBIAN_COMPOUND_FORMS,
    "četvero": 4, "petero": 5, "šestero": 6, "sedmero": 7, "osmero": 8, "devetero": 9,
    "desetero": 10, "dvanaestero": 12,
}
# "nešto manje od 40 posto" (just under), "nešto više od" (just over), "svega" (only)
QUALIFIERS_BEFORE = {
    **_SERBIAN_QUALIFIERS,
    "nešto manje od": "nearly",
    "malo manje od": "nearly",
    "nešto više od": "more_than",
    "malo više od": "more_than",
}
# "sedamdesetih", "sedamdesete", "u sedamdesetima" (in the seventies), "šezdesetim godinama"
DECADE_WORD_ENDINGS = {"": ("ih", "e", "ima", "im")}
# "tijekom 2019." (during), beside the Serbian "tokom"
YEAR_BEFORE = (*_SERBIAN_YEAR_BEFORE, "tijekom")
# "u 20. stoljeću", "tijekom dvaju stoljeća": the century word in its other cases
CENTURY_WORDS = (*_SERBIAN_CENTURY_WORDS, "stoljeću", "stoljećem", "stoljećima", "st.")
# A scale word alone is one of it: "milijun ljudi" (a million people), "milijardu eura"
# (the Serbian "milion", "milijarda" come from num2words; the Croatian forms do not)
NUMBER_WORDS = {**_SERBIAN_NUMBER_WORDS, "milijun": 10**6, "milijarda": 10**9,
                "milijardu": 10**9}
