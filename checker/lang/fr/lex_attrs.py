"""French number data: words come from num2words; this adds forms and context."""

NUM2WORDS = "fr"
NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "zéro": 0,
    "quatre vingts": 80,
    "quatre vingt": 80,
    "cents": 100,
    "mille": 1000,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
# "sept cent quatre-vingt mille": "quatre-vingt" loses its s before another number
_UNITS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
NUMBER_WORDS.update(
    {f"{word} cent quatre vingt": value * 100 + 80 for word, value in _UNITS.items()}
)
NUMBER_WORDS["cent quatre vingt"] = 180
MULTIPLIERS = {
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "md": 10**9,
    "mds": 10**9,
    "mln": 10**6,
}
ORDINAL_ENDINGS = ("s",)
ORDINAL_WORDS = {
    "première": 1,
    "premier": 1,
    "premiers": 1,
    "premières": 1,
    "second": 2,
    "seconde": 2,
}
NOT_NUMBER_WORDS = ("second", "seconde")
NOT_ALONE = ()
CONNECTORS = ("et",)
# counts of more than one without a number: "several hours and 20 minutes" is no hour
VAGUE_QUANTITIES = ("plusieurs", "quelques", "nombreuses", "nombreux", "maintes")
ORDINAL_SUFFIXES = ("e", "er", "re", "ère", "ème", "eme", "è", "ᵉ")
CENTURY_WORDS = ("siècle", "siècles", "s.")
QUALIFIERS_BEFORE = {
    "au moins": "at_least",
    "au minimum": "at_least",
    "pas moins de": "at_least",
    "plus de": "more_than",
    "au-delà de": "more_than",
    "davantage que": "more_than",
    "environ": "about",
    "quelque": "about",
    "quelques": "about",
    "près de": "about",
    "approximativement": "about",
    "autour de": "about",
    "une vingtaine de": "about",
    "presque": "nearly",
    "quasiment": "nearly",
    "pratiquement": "nearly",
    "jusqu'à": "up_to",
    "jusqu’à": "up_to",
    "au plus": "at_most",
    "au maximum": "at_most",
    "pas plus de": "at_most",
    "moins de": "less_than",
}
QUALIFIERS_AFTER = {"environ": "about", "ou plus": "at_least"}
PERCENT_AFTER = ("pour cent", "pourcent", "p. 100", "points de pourcentage")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("point", "points")
# basis points, hundredths of a percentage point ("50 basis points" are half a point)
BASIS_POINT_AFTER = ("point de base", "points de base")
RANGE_WORDS = ("à", "et", "au")  # "du 5 au 10 mars"
YEAR_BEFORE = (
    "en",
    "depuis",
    "année",
    "an",
    "de",
    "dès",
    "jusqu'en",
    "jusqu’en",
    "avant",
    "après",
    "début",
    "fin",
    "mi",
)
TIME_AFTER = ("heures", "heure")
UNITS = {
    "soldat": "soldier",
    "militaire": "soldier",
    "troupe": "soldier",
    "civil": "civilian",
    "personne": "person",
    "gens": "person",
    "habitant": "person",
    "enfant": "child",
    "policier": "police",
    "pour cent": "percent",
    "dollar": "dollar",
    "euro": "euro",
    "livre": "pound",
    "yuan": "yuan",
    "rouble": "ruble",
    "km": "km",
    "kilomètre": "km",
    "mètre": "m",
    "pied": "foot",
    "kg": "kg",
    "kilo": "kg",
    "tonne": "ton",
    "an": "year",
    "année": "year",
    "mois": "month",
    "semaine": "week",
    "jour": "day",
    "heure": "hour",
    "minute": "minute",
    "cas": "case",
    "mort": "death",
    "décès": "death",
    "victime": "victim",
}
DECADE_BEFORE = ("années", "les années")
TIME_BEFORE = ("à", "vers")  # "saat 10.00": a clock time, not a decimal

FRACTION_WORDS = {"tiers": 1 / 3, "quart": 1 / 4, "quarts": 1 / 4, "cinquième": 1 / 5}
FRACTION_ALONE = {"moitié": 1 / 2}
PARTITIVES = ("de", "des", "du", "d")
HALF_AFTER = ("et demi", "et demie")

# "une douzaine", "deux douzaines"; "des douzaines" alone is vague
MULTIPLIERS.update({"douzaine": 12, "douzaines": 12})
NUMBER_WORDS.update({"demi douzaine": 6})
# Tens and hundreds counted in groups: "deux dizaines" (20), "trois centaines" (300); alone
# ("des dizaines de blessés") they are vague, like every scale word alone
MULTIPLIERS.update({"dizaines": 10, "centaines": 100})
HALF_BEFORE = ("un demi", "demi")  # "un demi-million": 500,000
# Collective numbers in -aine: "une quarantaine de blessés" is about forty (the plural,
# "des dizaines", is vague and stays unread; "douzaine" and "quinzaine" are exact counts)
APPROXIMATE_WORDS = {
    "dizaine": 10, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
# A half-year named by one noun: "un semestre" is six months (after an ordinal, the first
# or second half of the year)
MONTH_SPAN_WORDS = {"semestre": 6}
# A count out of a larger count is a share: "un enfant sur cinq" (1/5), "deux sur trois"
SHARE_BETWEEN = ("sur",)

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("virgule",)
