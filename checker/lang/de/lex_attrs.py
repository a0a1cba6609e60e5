"""German number data: words come from num2words; this adds forms and context."""

NUM2WORDS = "de"
GLUED_NUMBERS = True  # "siebenhunderttausend" is one word
NUMBER_WORDS = {
    "eins": 1,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eines": 1,
    "zwei": 2,
    "zweier": 2,
    "zweien": 2,
    "drei": 3,
    "dreier": 3,
    "hundert": 100,
    "tausend": 1000,
    "zwölf": 12,
    "null": 0,
}
MULTIPLIERS = {
    "hundert": 100,
    "tausend": 1000,
    "million": 10**6,
    "millionen": 10**6,
    "mio": 10**6,
    "milliarde": 10**9,
    "milliarden": 10**9,
    "mrd": 10**9,
    "billion": 10**12,
    "billionen": 10**12,
    "tsd": 1000,
}
ORDINAL_ENDINGS = ("n", "r", "s", "m")
ORDINAL_WORDS = {
    "erste": 1,
    "ersten": 1,
    "erster": 1,
    "erstes": 1,
    "erstem": 1,
    "sechste": 6,
    "sechsten": 6,
    "achte": 8,
    "achten": 8,
    "siebte": 7,
    "siebten": 7,
    "dritte": 3,
    "dritten": 3,
    "dritter": 3,
}
NOT_ALONE = ()
CONNECTORS = ("und",)
# counts of more than one without a number: "several hours and 20 minutes" is no hour
VAGUE_QUANTITIES = ("mehrere", "einige", "einigen", "paar", "viele", "vielen", "etliche",
                    "etlichen")
ORDINAL_DOT = True
CENTURY_WORDS = ("jahrhundert", "jahrhunderts", "jh")
QUALIFIERS_BEFORE = {
    "mindestens": "at_least",
    "wenigstens": "at_least",
    "zumindest": "at_least",
    "mehr als": "more_than",
    "über": "more_than",
    "gut": "more_than",
    "knapp über": "more_than",
    "rund": "about",
    "etwa": "about",
    "ca": "about",
    "ca.": "about",
    "circa": "about",
    "ungefähr": "about",
    "gegen": "about",
    "zirka": "about",
    "schätzungsweise": "about",
    "fast": "nearly",
    "beinahe": "nearly",
    "knapp": "nearly",
    "nahezu": "nearly",
    "bis zu": "up_to",
    "höchstens": "at_most",
    "maximal": "at_most",
    "weniger als": "less_than",
    "unter": "less_than",
}
QUALIFIERS_AFTER = {"oder mehr": "at_least"}
PERCENT_AFTER = ("prozent", "prozentpunkte", "prozentpunkten", "v. h.")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("punkt", "punkte", "punkten", "prozentpunkt")
# basis points, hundredths of a percentage point ("50 basis points" are half a point)
BASIS_POINT_AFTER = ("basispunkt", "basispunkte", "basispunkten")
RANGE_WORDS = ("bis",)
YEAR_BEFORE = (
    "im jahr",
    "im jahre",
    "jahr",
    "seit",
    "bis",
    "von",
    "ab",
    "anfang",
    "ende",
    "mitte",
    "vor",
    "nach",
    "in",
)
YEAR_AFTER = ()
TIME_AFTER = ("uhr",)
UNITS = {
    "soldat": "soldier",
    "truppe": "soldier",
    "nato-soldat": "soldier",
    "zivilist": "civilian",
    "mensch": "person",
    "person": "person",
    "leute": "person",
    "einwohner": "person",
    "kinder": "child",
    "kind": "child",
    "polizist": "police",
    "prozent": "percent",
    "dollar": "dollar",
    "us-dollar": "dollar",
    "euro": "euro",
    "pfund": "pound",
    "yuan": "yuan",
    "rubel": "ruble",
    "lira": "lira",
    "km": "km",
    "kilometer": "km",
    "stundenkilometer": "km",  # a speed: "mit 109 Stundenkilometern"
    "meter": "m",
    "fuß": "foot",
    "zoll": "inch",
    "kilo": "kg",
    "kg": "kg",
    "tonne": "ton",
    "jahr": "year",
    "jährig": "age",
    "monat": "month",
    "woche": "week",
    "tag": "day",
    "stunde": "hour",
    "minute": "minute",
    "fall": "case",
    "fälle": "case",
    "tote": "death",
    "toten": "death",
    "opfer": "victim",
}
DECADE_SUFFIXES = ("er", "ern", "erjahre", "erjahren", "er-jahre", "er-jahren")
TIME_BEFORE = ("um", "gegen")  # "saat 10.00": a clock time, not a decimal

FRACTION_WORDS = {"drittel": 1 / 3, "viertel": 1 / 4, "fünftel": 1 / 5, "zehntel": 1 / 10}
FRACTION_ALONE = {"hälfte": 1 / 2}
HALF_AFTER = ("einhalb",)  # "zwei einhalb" (glued forms are in NUMBER_WORDS)
NUMBER_WORDS.update({"anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5})

# "ein Dutzend", "zwei Dutzend"; "Dutzende" alone is vague
MULTIPLIERS.update({"dutzend": 12})
NUMBER_WORDS.update({"halbes dutzend": 6})
# "die Achtziger", "in den Fünfzigern", "der Achtzigerjahre"
DECADE_WORD_ENDINGS = {"": ("er", "ern", "erjahre", "erjahren", "er-jahre", "er-jahren")}
HALF_BEFORE = ("eine halbe", "halbe")  # "eine halbe Million": 500,000
# "dreißigjährig", "fünftägig": a number word glued before the span it counts (an age, a
# duration), read as the number with its unit
AGE_COMPOUNDS = {"jährig": "year", "tägig": "day", "wöchig": "week", "monatig": "month"}
# A half-year named by one noun: "ein Halbjahr" is six months (after an ordinal, "im ersten
# Halbjahr", the first half of the year)
MONTH_SPAN_WORDS = {"halbjahr": 6}
# A count out of a larger count is a share: "zwei von drei" (2/3); "every" before an
# ordinal is one of that many: "jeder Fünfte" (1/5)
SHARE_BETWEEN = ("von",)
SHARE_EVERY = ("jeder", "jede", "jedes", "jeden", "jedem")

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("komma",)
