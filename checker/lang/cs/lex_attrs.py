"""Czech number data: nominative words from num2words; main case forms here."""

NUM2WORDS = "cs"
NUMBER_WORDS = {
    "dvou": 2,
    "dvěma": 2,
    "dvě": 2,
    "tří": 3,
    "třem": 3,
    "třemi": 3,
    "čtyř": 4,
    "čtyřem": 4,
    "čtyřmi": 4,
    "pěti": 5,
    "šesti": 6,
    "sedmi": 7,
    "osmi": 8,
    "devíti": 9,
    "deseti": 10,
    "dvaceti": 20,
    "třiceti": 30,
    "čtyřiceti": 40,
    "padesáti": 50,
    "sta": 100,
    "stu": 100,
    "stem": 100,
    "stům": 100,
    "stech": 100,
    # a group counted as one ("šestice podezřelých": six suspects), in its cases
    **{stem + e: value for stem, value in (("trojic", 3), ("čtveřic", 4), ("pětic", 5),
                                           ("šestic", 6), ("sedmic", 7), ("osmic", 8),
                                           ("devític", 9), ("desític", 10))
       for e in ("e", "i", "í")},
}
# The units before the tens, joined by "a" ("pětadvacet": 25, "osmapadesát": 58), as Czech
# says them beside "dvacet pět"; their cases come from WORD_ENDINGS ("pětadvaceti")
NUMBER_WORDS.update({
    unit + "a" + tens: unit_value + tens_value
    for unit, unit_value in (("jedn", 1), ("dva", 2), ("tři", 3), ("čtyři", 4), ("pět", 5),
                             ("šest", 6), ("sedm", 7), ("osm", 8), ("devět", 9))
    for tens, tens_value in (("dvacet", 20), ("třicet", 30), ("čtyřicet", 40), ("padesát", 50),
                             ("šedesát", 60), ("sedmdesát", 70), ("osmdesát", 80),
                             ("devadesát", 90))
})
# Case endings of the teens and tens ("jedenáct", "šedesát": "jedenácti", "šedesáti").
WORD_ENDINGS = {"náct": ("nácti",), "cet": ("ceti",), "sát": ("sáti",)}
MULTIPLIERS = {
    "stě": 100,
    "set": 100,
    "sta": 100,
    "tisíc": 1000,
    "tisíce": 1000,
    "tisícovek": 1000,
    "tis": 1000,
    "milion": 10**6,
    "miliony": 10**6,
    "milionů": 10**6,
    "milionu": 10**6,  # "1,5 milionu voličů": genitive after a decimal
    "milionem": 10**6,
    "milionech": 10**6,
    "miliardu": 10**9,
    "miliardě": 10**9,
    "miliardách": 10**9,
    "tisíci": 1000,
    "tisícem": 1000,
    "tisících": 1000,
    "tisícům": 1000,
    "milión": 10**6,
    "milióny": 10**6,
    "miliónů": 10**6,
    "miliónu": 10**6,
    "mil": 10**6,
    "miliarda": 10**9,
    "miliardy": 10**9,
    "miliard": 10**9,
    "mld": 10**9,
}
NOT_ALONE = ("mil",)
ORDINAL_DOT = True
CENTURY_WORDS = ("století",)
QUALIFIERS_BEFORE = {
    "nejméně": "at_least",
    "alespoň": "at_least",
    "minimálně": "at_least",
    "více než": "more_than",
    "přes": "more_than",
    "přibližně": "about",
    "asi": "about",
    "zhruba": "about",
    "kolem": "about",
    "téměř": "nearly",
    "skoro": "nearly",
    "až": "up_to",
    "méně než": "less_than",
    "nejvýše": "at_most",
}
PERCENT_AFTER = ("procent", "procenta", "proc")
RANGE_WORDS = ("až", "do")
YEAR_BEFORE = ("v", "roce", "od", "do")
YEAR_AFTER = ()
UNITS = {
    "vojá": "soldier",
    "civilist": "civilian",
    "lidí": "person",
    "osob": "person",
    "dětí": "child",
    "policist": "police",
    "procent": "percent",
    "dolar": "dollar",
    "eur": "euro",
    "korun": "koruna",
    "km": "km",
    "let": "year",
    "rok": "year",
    "měsíc": "month",
    "týdn": "week",
    "dní": "day",
    "dnů": "day",
    "hodin": "hour",
    "minut": "minute",
    "případ": "case",
    "obět": "victim",
}

# "dvě třetiny", "tři čtvrtiny": fractions after a count
FRACTION_WORDS = {
    **{"třetin" + e: 1 / 3 for e in ("y", "ami", "ách")},
    **{"čtvrtin" + e: 1 / 4 for e in ("y", "ami", "ách")},
    **{"pětin" + e: 1 / 5 for e in ("y", "ami", "ách")},
}
FRACTION_ALONE = {
    **{"pětin" + e: 1 / 5 for e in ("a", "u", "y", "ě", "ou")},
    **{"polovin" + e: 1 / 2 for e in ("a", "u", "y", "ě", "ou")},
    **{"třetin" + e: 1 / 3 for e in ("a", "u", "y", "ě", "ou")},
    **{"čtvrtin" + e: 1 / 4 for e in ("a", "u", "y", "ě", "ou")},
}
HALF_AFTER = ("a půl",)  # "dva a půl milionu"
HALF_BEFORE = ("půl",)  # "půl milionu": 500,000
# "v devadesátých letech", "třicátých": the decade said with the plural adjective of its tens
# word
# word; a person by the decade of their age with the noun of it ("čtyřicátník", a man in his
# forties; "padesátnice", a woman in her fifties)
_AGE_NOUN = ("ník", "níka", "níkovi", "níkem", "níci", "níků", "nice", "nici", "nicí")
DECADE_WORD_ENDINGS = {"": ("ých", "á", *_AGE_NOUN),
                       "cet": ("cátých", "cátá", *("cát" + e for e in _AGE_NOUN))}
# "každý pátý" (every fifth) is one in five, 1/5
SHARE_EVERY = ("každý", "každá", "každé")

# num2words has no Czech ordinals: the first ten, with their gender and case forms
# ("druhé kolo", "třetího dne", "pátou výroční").
ORDINAL_WORDS = {
    "první": 1,
    "druhý": 2,
    "třetí": 3,
    "čtvrtý": 4,
    "pátý": 5,
    "šestý": 6,
    "sedmý": 7,
    "osmý": 8,
    "devátý": 9,
    "desátý": 10,
}
ORDINAL_WORD_ENDINGS = {
    "ý": ("á", "é", "ého", "ému", "ém", "ým", "ou", "ých", "ými"),
    "í": ("ího", "ímu", "ím", "ích", "ími"),
}

# "v 9 hodin", "ve 2 hodiny ráno": the hour word after a clock hour
# "ve 21. hodině": the hour said as an ordinal, its dot before the hour word
TIME_AFTER = ("hodin", "hodiny", "hodině", "hod.", ". hodině", ". hodiny", ". hod.")

# "sedmnáctiletý řidič" (a 17-year-old driver), "třídenní návštěva" (a three-day visit): the
# number word in its genitive glued before the word of the span
AGE_COMPOUNDS = {"let": "year", "denn": "day", "týdenn": "week", "měsíčn": "month",
                 "hodinov": "hour"}
