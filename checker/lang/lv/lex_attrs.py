"""Latvian number data beyond CLDR's spell-out rules: the case forms of the number and scale
words, the ordinals and fractions, and the words around numbers."""

# Whole thousands written as one word before the rest of the number ("trīstūkstoš četrsimt",
# 3,400): the shortened "tūkstoš" glued to its count
NUMBER_WORDS = {
    f"{count}tūkstoš": value * 1000
    for count, value in (("div", 2), ("trīs", 3), ("četr", 4), ("piec", 5), ("seš", 6),
                         ("septiņ", 7), ("astoņ", 8), ("deviņ", 9))
}
# The case forms of "trīs" (three), too short for WORD_ENDINGS: "trim", "triju", "trijos"
NUMBER_WORDS.update({"trij" + e: 3 for e in ("u", "iem", "os", "ām", "ās")})
NUMBER_WORDS["trim"] = 3
# "pusotra miljona" (one and a half million), "pusotru gadu"
NUMBER_WORDS.update({"pusotr" + e: 1.5 for e in ("s", "a", "u", "am", "ai", "ā")})
# Case and gender forms of the counts two to nine ("divi", "četras": "divu", "četriem",
# "piecus", "sešos", "septiņām", "astoņās")
WORD_ENDINGS = {
    "i": ("u", "iem", "us", "os"),
    "as": ("u", "ām", "ās"),
}
# "miljons", "miljards": "miljonu", "miljonam", "miljonā", "miljoniem", "miljonus",
# "miljonos"; "tūkstotis": "tūkstoti", "tūkstošiem", "tūkstošus", "tūkstošos" (CLDR gives
# the nominative and the genitive plural)
SCALE_ENDINGS = {
    "s": ("a", "am", "u", "ā"),
    "i": ("iem", "us", "os"),
    "otis": ("oša", "otim", "oti", "otī"),
}
# A scale word in the singular alone is one of it ("miljons eiro", "tūkstoti cilvēku")
ALONE_VALUES = {"tūkstotis": 1000, "tūkstoti": 1000, "miljons": 10**6, "miljonu": 10**6,
                "miljards": 10**9, "miljardu": 10**9}
NOT_ALONE = ("tūkst", "milj", "mljrd")
# "puse vēlētāju" (half of the voters), "trešdaļa" (a third), "ceturtdaļa" (a quarter), in
# their cases; the plural counts ("divas trešdaļas": two thirds)
_PART_SINGULAR = ("a", "u", "ai", "ā")
FRACTION_ALONE = {
    "puse": 1 / 2, "pusi": 1 / 2,
    **{"trešdaļ" + e: 1 / 3 for e in _PART_SINGULAR},
    **{"ceturtdaļ" + e: 1 / 4 for e in _PART_SINGULAR},
    **{"piektdaļ" + e: 1 / 5 for e in _PART_SINGULAR},
    **{"desmitdaļ" + e: 1 / 10 for e in _PART_SINGULAR},
}
FRACTION_WORDS = {
    **{"trešdaļ" + e: 1 / 3 for e in ("as", "u", "ām")},
    **{"ceturtdaļ" + e: 1 / 4 for e in ("as", "u", "ām")},
    **{"piektdaļ" + e: 1 / 5 for e in ("as", "u", "ām")},
}
# "pusmiljons", "puse miljona": half a million
HALF_BEFORE = ("puse", "pus-")

# CLDR has no Latvian ordinals: the definite forms of the first ten and of the round tens
# and hundreds, in their genders and cases ("trešais", "piektajā", "ceturto", "desmitās").
# "otrais" (second) is left out: it is "the other" as often ("otrā pusē").
ORDINAL_WORDS = {
    "pirmais": 1, "trešais": 3, "ceturtais": 4, "piektais": 5, "sestais": 6,
    "septītais": 7, "astotais": 8, "devītais": 9, "desmitais": 10, "divdesmitais": 20,
    "trīsdesmitais": 30, "simtais": 100,
}
ORDINAL_WORD_ENDINGS = {
    "ais": ("ā", "o", "ajam", "ajai", "ajā", "ie", "ās", "os", "ajiem", "ajām", "ajos",
            "ajās", "a"),
}
ORDINAL_DOT = True  # "3. martā", "14. gadsimtā", "35. gadadiena"
CENTURY_WORDS = ("gadsimts", "gadsimta", "gadsimtā", "gadsimtu", "gs")
QUALIFIERS_BEFORE = {
    "vismaz": "at_least",
    "ne mazāk kā": "at_least",
    "vairāk nekā": "more_than",
    "vairāk kā": "more_than",
    "pāri par": "more_than",
    "virs": "more_than",
    "aptuveni": "about",
    "apmēram": "about",
    "ap": "about",
    "gandrīz": "nearly",
    "līdz": "up_to",
    "mazāk nekā": "less_than",
    "mazāk kā": "less_than",
    "nepilni": "less_than",
    "nepilnas": "less_than",
    "ne vairāk kā": "at_most",
}
PERCENT_AFTER = ("procenti", "procentiem", "procentus", "procentu", "procents", "procentam",
                 "proc")
RANGE_WORDS = ("līdz",)
YEAR_AFTER = ("gada", "gadā", "g")
# Counted nouns by their stem ("1842 cilvēki" is a count of people, not a year)
UNITS = {
    "cilvēk": "person",
    "iedzīvotāj": "person",
    "karavīr": "soldier",
    "bērn": "child",
    "upur": "victim",
    "policist": "police",
    "procent": "percent",
    "eiro": "euro",
    "dolār": "dollar",
    "km": "km",
    "gad": "year",
    "mēneš": "month",
    "mēnes": "month",
    "nedēļ": "week",
    "dien": "day",
    "stund": "hour",
    "minūt": "minute",
}
# "gad" (year) only in the forms of "gads": not "gadījums" (a case), "gadsimts" (a century)
UNIT_ENDINGS = {"gad": ("s", "a", "am", "u", "ā", "i", "iem", "us", "os")}
# "katrs piektais" (every fifth) is one in five, 1/5
SHARE_EVERY = ("katrs", "katra", "katru", "katram", "katrai")
