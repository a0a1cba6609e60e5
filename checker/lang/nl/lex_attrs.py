"""Dutch number data: words come from num2words (glued compounds); context here."""

NUM2WORDS = "nl"
GLUED_NUMBERS = True
# "Eén": "één" capitalised at the start of a sentence
NUMBER_WORDS = {"een": 1, "één": 1, "eén": 1, "nul": 0, "honderd": 100, "duizend": 1000}
MULTIPLIERS = {
    "honderd": 100,
    "duizend": 1000,
    "miljoen": 10**6,
    "miljoenen": 10**6,
    "miljard": 10**9,
    "mln": 10**6,
    "mld": 10**9,
}
NOT_ALONE = ("dozijn",)
CONNECTORS = ("en",)
ORDINAL_ENDINGS = ()
ORDINAL_SUFFIXES = ("e", "ste", "de")
CENTURY_WORDS = ("eeuw", "eeuwen")
QUALIFIERS_BEFORE = {
    "minstens": "at_least",
    "ten minste": "at_least",
    "tenminste": "at_least",
    "meer dan": "more_than",
    "ruim": "more_than",
    "ongeveer": "about",
    "zo'n": "about",
    "circa": "about",
    "rond": "about",
    "bijna": "nearly",
    "tot": "up_to",
    "hooguit": "at_most",
    "minder dan": "less_than",
}
PERCENT_AFTER = ("procent",)
RANGE_WORDS = ("tot", "tot en met", "t/m")  # "5 tot en met 9 maart": through
YEAR_BEFORE = ("in", "sinds", "tot", "jaar", "van", "vanaf")
TIME_AFTER = ("uur",)
UNITS = {
    "soldat": "soldier",
    "militair": "soldier",
    "troep": "soldier",
    "burger": "civilian",
    "mensen": "person",
    "person": "person",
    "kinderen": "child",
    "agent": "police",
    "dollar": "dollar",
    "euro": "euro",
    "km": "km",
    "kilometer": "km",
    "kilo": "kg",  # "9 kilo": the kilogram as it is said (after "kilometer")
    "meter": "m",
    "jaar": "year",
    "maand": "month",
    "week": "week",
    "dag": "day",
    "uur": "hour",
    "minut": "minute",
    "gevallen": "case",
    "doden": "death",
    "slachtoffer": "victim",
}
TIME_BEFORE = ("om",)  # "saat 10.00": a clock time, not a decimal

FRACTION_WORDS = {"derde": 1 / 3, "kwart": 1 / 4, "vijfde": 1 / 5}
# "driekwart", "tweederde": a count and its fraction glued in one word (3/4, 2/3)
FRACTION_ALONE = {"helft": 1 / 2, "driekwart": 3 / 4, "tweederde": 2 / 3}
PARTITIVES = ("van",)
HALF_AFTER = ("en een half", "en half")
NUMBER_WORDS["anderhalf"] = 1.5  # "anderhalf miljoen": 1.5 million
NUMBER_WORDS["anderhalve"] = 1.5  # inflected before a noun: "anderhalve meter", "anderhalve kilo"

# "een dozijn", "twee dozijn"
MULTIPLIERS.update({"dozijn": 12})
NUMBER_WORDS.update({"half dozijn": 6})
# "de jaren 90", "de jaren negentig": the decade
DECADE_BEFORE = ("jaren", "de jaren")
HALF_BEFORE = ("een half", "half")  # "een half miljoen": 500,000
# A whole number and a half in one word: "tweeënhalf" 2.5 ... "tienenhalf" 10.5
NUMBER_WORDS.update(
    {
        "tweeënhalf": 2.5,
        "drieënhalf": 3.5,
        "vierenhalf": 4.5,
        "vijfenhalf": 5.5,
        "zesenhalf": 6.5,
        "zevenenhalf": 7.5,
        "achtenhalf": 8.5,
        "negenenhalf": 9.5,
        "tienenhalf": 10.5,
    }
)

# Ages and spans glued to a number word: "zevenjarig" (seven-year-old), "tweedaagse" (a
# two-day ...), "vierjarige" (the number word itself is the compound's first part)
AGE_COMPOUNDS = {"jarig": "year", "daags": "day"}
# A half-year named by one noun: "een halfjaar" is six months (after an ordinal, "het eerste
# halfjaar", the first half of the year)
MONTH_SPAN_WORDS = {"halfjaar": 6}
# A count out of a larger count is a share: "een op de vijf" (1/5), "twee op drie"
SHARE_BETWEEN = ("op de", "op")
# A round number with "-tal" is approximate: "een twintigtal" (about twenty), "een
# vijftiental", "een tiental", "een honderdtal". Not the small ones: "een elftal" is a team
# of eleven, "een drietal" a group of three.
WORD_ENDINGS = {"tig": ("tigtal",), "tien": ("tiental",)}
APPROXIMATE_ENDINGS = ("tigtal", "tiental")
APPROXIMATE_WORDS = {"tiental": 10, "honderdtal": 100}

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("komma",)
# the rest of a count after its scale word, in digits and with no connector: "1 miljoen 500
# duizend" is 1.5 million
DIGITS_AFTER_SCALE = True
