"""Slovak number data: nominative words from num2words; their case forms, the words around
numbers and the number words glued into compound adjectives here."""

NUM2WORDS = "sk"
# "päťtisíc", "tristopäťdesiat": number words written as one word
GLUED_NUMBERS = True

# The case forms of the small number words ("s piatimi", "troch", "dvaja"): the genitive and
# locative in -ich/-och, the dative in -im/-om, the instrumental in -imi/-mi, the masculine
# animate nominative ("piati", "traja")
_CASES = {
    2: ("dve", "dvaja", "dvoch", "dvom", "dvoma", "dvomi"),
    3: ("traja", "troch", "trom", "tromi", "troma"),
    4: ("štyria", "štyroch", "štyrom", "štyrmi", "štyroma"),
    **{value: tuple(stem + e for e in ("i", "ich", "im", "imi"))
       for stem, value in (("piat", 5), ("šiest", 6), ("siedm", 7), ("ôsm", 8), ("deviat", 9),
                           ("desiat", 10))},
}
NUMBER_WORDS = {
    **{form: value for value, forms in _CASES.items() for form in forms},
    # a dozen, in its cases ("tucet ľudí", "vyše tuctu krajín")
    **{"tuc" + e: 12 for e in ("et", "tu", "te", "tom", "ty", "tov")},
    # a group counted as one ("pätica podozrivých": five suspects), in its cases
    **{stem + e: value for stem, value in (("trojic", 3), ("štvoric", 4), ("pätic", 5),
                                           ("šestic", 6), ("sedmic", 7), ("osmic", 8),
                                           ("deviatic", 9), ("desiatic", 10))
       for e in ("a", "e", "i", "u", "ou")},
}
# Case endings of the teens and tens ("jedenásť", "dvadsať", "päťdesiat": "jedenástich",
# "dvadsiatim", "päťdesiatich")
WORD_ENDINGS = {
    "násť": ("nástich", "nástim", "nástimi", "násti"),
    "dsať": ("dsiatich", "dsiatim", "dsiatimi", "dsiati"),
    "desiat": ("desiatich", "desiatim", "desiatimi", "desiati"),
}
MULTIPLIERS = {
    "sto": 100,
    "stá": 100,
    "tisíc": 1000,
    "tisíce": 1000,
    "tisícov": 1000,
    "tisícok": 1000,
    "tisícky": 1000,
    "tisícmi": 1000,
    "tisíckam": 1000,
    "tis": 1000,
    "milión": 10**6,
    "milióny": 10**6,
    "miliónov": 10**6,
    "milióna": 10**6,  # "1,5 milióna ľudí": genitive after a decimal
    "miliónom": 10**6,
    "miliónoch": 10**6,
    "miliónmi": 10**6,
    "mil": 10**6,
    "miliarda": 10**9,
    "miliardy": 10**9,
    "miliárd": 10**9,
    "miliardu": 10**9,
    "miliarde": 10**9,
    "miliardou": 10**9,
    "miliardách": 10**9,
    "mld": 10**9,
    "bilión": 10**12,
    "bilióny": 10**12,
    "biliónov": 10**12,
}
NOT_ALONE = ("mil",)
ORDINAL_DOT = True
CENTURY_WORDS = ("storočie", "storočia", "storočí", "storočiach")
QUALIFIERS_BEFORE = {
    "najmenej": "at_least",
    "aspoň": "at_least",
    "minimálne": "at_least",
    "viac ako": "more_than",
    "viac než": "more_than",
    "vyše": "more_than",
    "viac než na": "more_than",
    "približne": "about",
    "asi": "about",
    "zhruba": "about",
    "okolo": "about",
    "takmer": "nearly",
    "skoro": "nearly",
    "až": "up_to",
    "menej ako": "less_than",
    "menej než": "less_than",
    "najviac": "at_most",
    "maximálne": "at_most",
}
PERCENT_AFTER = ("percent", "percentá", "percenta", "percento", "percentami", "percentách",
                 "perc")
RANGE_WORDS = ("až", "do")
YEAR_BEFORE = ("v", "roku", "rok", "rokoch", "rokov", "od", "do")
UNITS = {
    "vojak": "soldier",
    "vojac": "soldier",
    "civilist": "civilian",
    "ľudí": "person",
    "osôb": "person",
    "osoby": "person",
    "detí": "child",
    "deti": "child",
    "policajt": "police",
    "percent": "percent",
    "dolár": "dollar",
    "dolar": "dollar",
    "eur": "euro",
    "km": "km",
    "kilometr": "km",
    "rok": "year",
    "mesiac": "month",
    "mesiace": "month",
    "týžd": "week",
    "dní": "day",
    "dni": "day",
    "deň": "day",
    "hodín": "hour",
    "hodiny": "hour",
    "hodinu": "hour",
    "minút": "minute",
    "minúty": "minute",
    "prípad": "case",
    "obet": "victim",
    "obeť": "victim",
}

# "dve tretiny", "tri štvrtiny": fractions after a count
FRACTION_WORDS = {
    **{"tretin" + e: 1 / 3 for e in ("y", "ami", "ách")},
    **{"štvrtin" + e: 1 / 4 for e in ("y", "ami", "ách")},
    **{"pätin" + e: 1 / 5 for e in ("y", "ami", "ách")},
}
FRACTION_ALONE = {
    **{"polovic" + e: 1 / 2 for e in ("a", "u", "e", "i", "ou")},
    **{"tretin" + e: 1 / 3 for e in ("a", "u", "y", "e", "ou")},
    **{"štvrtin" + e: 1 / 4 for e in ("a", "u", "y", "e", "ou")},
    **{"pätin" + e: 1 / 5 for e in ("a", "u", "y", "e", "ou")},
}
HALF_AFTER = ("a pol",)  # "dva a pol milióna"
HALF_BEFORE = ("pol-",)  # "pol milióna", "polmilióna": 500,000; "polhodina": half an hour
HALF_UNITS = ("polhodina", "polhodinu", "polhodiny", "polroka", "polrok")

# "v sedemdesiatych rokoch", "dvadsiatych": the decade said with the plural adjective of its
# tens word; a person by the decade of their age with the noun of it ("šesťdesiatnik", a man
# in his sixties; "päťdesiatnička", a woman in her fifties)
_AGE_NOUN = ("nik", "nika", "nikovi", "nikom", "níci", "nikov", "nička", "ničky", "ničke",
             "ničku", "ničkou")
# (the neuter "dvadsiate" is the ordinal's: "dvadsiate výročie", the 20th anniversary)
DECADE_WORD_ENDINGS = {"desiat": ("desiatych", *("desiat" + e for e in _AGE_NOUN)),
                       "dsať": ("dsiatych", *("dsiat" + e for e in _AGE_NOUN))}
# "rok" (year) only in the forms of "rok": not "rokovanie" (talks), "rokovať"
UNIT_ENDINGS = {"rok": ("", "a", "u", "om", "y", "ov", "och", "mi")}
# "každý piaty" (every fifth) is one in five, 1/5, in its cases ("každej desiatej")
SHARE_EVERY = ("každý", "každá", "každé", "každého", "každej", "každému", "každú", "každom")

# num2words has no Slovak ordinals: the first twenty and the tens, with their gender and
# case forms ("druhé kolo", "tretieho dňa", "piatu výročnú", "dvadsiate výročie")
ORDINAL_WORDS = {
    "prvý": 1,
    "druhý": 2,
    "tretí": 3,
    "štvrtý": 4,
    "piaty": 5,
    "šiesty": 6,
    "siedmy": 7,
    "ôsmy": 8,
    "deviaty": 9,
    "desiaty": 10,
    "jedenásty": 11,
    "dvanásty": 12,
    "trinásty": 13,
    "štrnásty": 14,
    "pätnásty": 15,
    "šestnásty": 16,
    "sedemnásty": 17,
    "osemnásty": 18,
    "devätnásty": 19,
    "dvadsiaty": 20,
    "tridsiaty": 30,
    "štyridsiaty": 40,
    "päťdesiaty": 50,
    "šesťdesiaty": 60,
    "sedemdesiaty": 70,
    "osemdesiaty": 80,
    "deväťdesiaty": 90,
    "stý": 100,
}
ORDINAL_WORD_ENDINGS = {
    "ý": ("á", "é", "ého", "ému", "om", "ým", "ú", "ej", "ých", "ými", "í"),
    "y": ("a", "e", "eho", "emu", "om", "ym", "u", "ej", "ych", "ymi", "i"),
    "í": ("ia", "ie", "ieho", "iemu", "om", "ím", "iu", "ej", "ích", "ími"),
}

# "o 16.00 h", "o 9. hodine": the hour word after a clock time; "o 21.00" after "o"
TIME_AFTER = ("h", "hod.", "hodín", "hodiny", "hodine", ". hodine", ". hodiny", ". hod.")
TIME_BEFORE = ("o", "od", "do", "po")

# Number words glued before the word of a span or a size ("päťdňový": five-day,
# "dvadsaťšesťročný": 26-year-old, "sedemčlenný": seven-member, "dvojpercentný": two
# percent); the first numbers have a form of their own there ("dvoj", "troj", "štvor")
AGE_COMPOUNDS = {"ročn": "year", "dňov": "day", "denn": "day", "týždňov": "week",
                 "mesačn": "month", "hodinov": "hour", "minútov": "minute",
                 "členn": "member", "percentn": "percent"}
COMPOUND_FORMS = {"dvoj": 2, "troj": 3, "štvor": 4, "jedno": 1}

# "v 70. rokoch (20. storočia)": the decade said as the ordinal of its tens, in digits,
# before the plural of "year" ("70 rokov" without the dot is seventy years)
DECADE_AFTER = (". rokoch", ". rokov", ". roky", ". rokmi", ". rokom")
