"""English number data: words come from num2words; this adds what it lacks."""

NUM2WORDS = "en"
NUMBER_WORDS = {"zero": 0, "half a dozen": 6, "a couple of dozen": 24,
                "a score of": 20}  # "a score of villagers"; "a score" alone is also a goal
MULTIPLIERS = {
    "hundred": 100,
    "dozen": 12,  # "a dozen", "two dozen"; "dozens" alone is vague
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "bn": 10**9,
    "mln": 10**6,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10**7,
    "crores": 10**7,
}
ORDINAL_WORDS = {"2nd": 2}
NOT_NUMBER_WORDS = ("second",)  # "a second": a unit of time as often as an ordinal
ARTICLES_ONE = ("a", "an")
CONNECTORS = ("and",)
# counts of more than one without a number: "several hours and 20 minutes" is no hour
VAGUE_QUANTITIES = ("several", "few", "many", "some", "numerous", "countless", "multiple")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
CENTURY_WORDS = ("century", "centuries")
QUALIFIERS_BEFORE = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "a good": "more_than",
    "some": "about",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "almost": "nearly",
    "nearly": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "at_most",
    "no more than": "at_most",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
}
QUALIFIERS_AFTER = {"or more": "at_least", "or so": "about", "plus": "more_than"}
PERCENT_AFTER = ("percent", "per cent", "pct", "percentage points", "percentage point")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("point", "points", "percentage point", "percentage points")
# basis points, hundredths of a percentage point ("50 basis points" are half a point)
BASIS_POINT_AFTER = ("basis point", "basis points", "bps")
# a minute of play counted from the second half's kick-off: 45 more of the game's
SECOND_HALF_AFTER = ("minutes into the second half", "minute into the second half",
                     "minutes after the break", "minutes after half-time",
                     "minutes after halftime")
RANGE_WORDS = ("to",)
YEAR_BEFORE = (
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "year",
    "of",
    "early",
    "late",
    "mid",
    "before",
    "after",
    "during",
)
YEAR_AFTER = ()
TIME_AFTER = ("a.m.", "p.m.", "am", "pm", "o'clock", "hours", "hrs", "noon")
UNITS = {
    "soldier": "soldier",
    "troop": "soldier",
    "servicem": "soldier",
    "peacekeeper": "soldier",
    "civilian": "civilian",
    "people": "person",
    "person": "person",
    "resident": "person",
    "inhabitant": "person",
    "child": "child",
    "children": "child",
    "police": "police",
    "officer": "police",
    "percent": "percent",
    "per cent": "percent",
    "dollar": "dollar",
    "euro": "euro",
    "pound": "pound",
    "yuan": "yuan",
    "rouble": "ruble",
    "ruble": "ruble",
    "lira": "lira",
    "dinar": "dinar",
    "yen": "yen",
    "rupee": "rupee",
    "km": "km",
    "kilomet": "km",
    "mile": "mile",
    "metre": "m",
    "meter": "m",
    "centimet": "cm",  # centimetres, centimeters (not millimetres: rain is litres per m²)
    "feet": "foot",
    "foot": "foot",
    "inch": "inch",
    "kg": "kg",
    "kilogram": "kg",
    "ton": "ton",
    "year": "year",
    "decade": "decade",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "case": "case",
    "death": "death",
    "dead": "death",
    "victim": "victim",
}
DECADE_SUFFIXES = ("s",)

# Fractions: after a count ("two thirds"), after "a" before "of" ("a third of"), or alone.
FRACTION_WORDS = {
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
FRACTION_ALONE = {"half": 1 / 2}
PARTITIVES = ("of",)
HALF_AFTER = ("and a half",)  # "two and a half million"
# "the eighties", "in his fifties"
DECADE_WORD_ENDINGS = {"y": ("ies",)}
HALF_BEFORE = ("half a", "a half")  # "half a million": 500,000
# A count out of a larger count is a share: "one in five" (1/5), "two out of three"
SHARE_BETWEEN = ("in", "in every", "out of")
# "every third rider": one in three, as "jeder Dritte" is
SHARE_EVERY = ("every",)

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("point",)

# "the second quarter": "second" (NOT_NUMBER_WORDS, the unit of time) is the ordinal after these
ORDINAL_DETERMINERS = ("the", "its", "his", "her", "their", "our")
WEEK_SPAN_WORDS = {"fortnight": 2}  # "a fortnight": two weeks
