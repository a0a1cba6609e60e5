"""Norwegian Bokmål number words beyond CLDR's spell-out rules: num2words' Norwegian
speller ("no"), and what it lacks or gets wrong ("to millard" for "to milliarder")."""

from checker.lang.no_folder import cldr_number_data

_, GLUED_NUMBERS, ORDINAL_DOT, NOT_NUMBER_WORDS = cldr_number_data("no")
NUM2WORDS = "no"
# "tjuefem" (25), "åttifem": the units are glued after the tens
GLUED_NUMBERS = True

# Both counts of seven are written ("sju", "syv"); the older tens ("tyve", "tredve") still
# appear; "et" and "ett" are the neuter "one"
NUMBER_WORDS = {"sju": 7, "syv": 7, "syttende": 17, "tyve": 20, "tredve": 30,
                "halvannen": 1.5, "halvannet": 1.5, "ett": 1}
# "et dusin rifler" (a dozen), "to dusin"; "dusinvis" is vague. Scale words and their
# newsroom abbreviations ("1,5 mill.", "4 mrd.")
MULTIPLIERS = {"dusin": 12, "million": 10**6, "millioner": 10**6, "mill.": 10**6,
               "mill": 10**6, "mln.": 10**6, "milliard": 10**9, "milliarder": 10**9,
               "mrd.": 10**9, "mrd": 10**9, "billion": 10**12, "billioner": 10**12}
ARTICLES_ONE = ("en", "et", "ett")
# "to og en halv million" (2.5 million), "en halv million" (500,000)
HALF_AFTER = ("og en halv", "og et halvt")
HALF_BEFORE = ("en halv", "et halvt", "halv")
FRACTION_WORDS = {"tredjedel": 1 / 3, "tredjedeler": 1 / 3, "fjerdedel": 1 / 4,
                  "fjerdedeler": 1 / 4, "femtedel": 1 / 5, "tidel": 1 / 10}
FRACTION_ALONE = {"halvparten": 1 / 2}
PARTITIVES = ("av",)
SHARE_BETWEEN = ("av",)
CONNECTORS = ("og",)

QUALIFIERS_BEFORE = {
    "minst": "at_least",
    "i hvert fall": "at_least",
    "mer enn": "more_than",
    "flere enn": "more_than",
    "over": "more_than",
    "drøyt": "more_than",
    "rundt": "about",
    "omkring": "about",
    "om lag": "about",
    "omtrent": "about",
    "cirka": "about",
    "ca.": "about",
    "ca": "about",
    "anslagsvis": "about",
    "nesten": "nearly",
    "nærmere": "nearly",
    "snaut": "nearly",
    "opptil": "up_to",
    "inntil": "up_to",
    "høyst": "at_most",
    "maksimalt": "at_most",
    "mindre enn": "less_than",
    "færre enn": "less_than",
    "under": "less_than",
}
QUALIFIERS_AFTER = {"eller mer": "at_least", "eller flere": "at_least"}
PERCENT_AFTER = ("prosent", "prosentpoeng", "pst.")
BASIS_POINT_AFTER = ("basispunkter", "basispunkt")
RANGE_WORDS = ("til",)
YEAR_BEFORE = ("i", "fra", "siden", "til", "året", "i år")
DECIMAL_WORDS = ("komma",)
TIME_BEFORE = ("klokken", "klokka", "kl.", "kl")  # "kl. 15.30": a clock time, not a decimal
# "40 kilo kokain": Norwegians write kilo for the kilogram
UNITS = {"soldat": "soldier", "person": "person", "personer": "person",
         "mennesker": "person", "menneske": "person", "innbygger": "person",
         "barn": "child", "politi": "police", "prosent": "percent", "dollar": "dollar",
         "euro": "euro", "kroner": "krone", "krone": "krone", "kilo": "kg", "kilogram": "kg",
         "kilometer": "km", "km": "km", "meter": "m", "tonn": "ton", "grader": "degree",
         "grad": "degree", "minutt": "minute", "time": "hour", "timer": "hour",
         "døgn": "day", "dag": "day", "uke": "week", "måned": "month", "år": "year",
         "drept": "death", "døde": "death"}
# "den 45 år gamle sjåføren", "45-åringen": an age
AGE_COMPOUNDS = {"åring": "year", "årig": "year", "dagers": "day", "ukers": "week"}
DECADE_SUFFIXES = ("-tallet", "-årene", "-tall")
DECADE_WORD_ENDINGS = {"": ("tallet", "årene")}
