"""Albanian number data (num2words has no Albanian): words, scale words, context."""

_UNITS = {
    "zero": 0,
    "një": 1,
    "dy": 2,
    "tre": 3,
    "tri": 3,
    "katër": 4,
    "pesë": 5,
    "gjashtë": 6,
    "shtatë": 7,
    "tetë": 8,
    "nëntë": 9,
    "dhjetë": 10,
}
_TEENS = {
    "njëmbëdhjetë": 11,
    "dymbëdhjetë": 12,
    "trembëdhjetë": 13,
    "katërmbëdhjetë": 14,
    "pesëmbëdhjetë": 15,
    "gjashtëmbëdhjetë": 16,
    "shtatëmbëdhjetë": 17,
    "tetëmbëdhjetë": 18,
    "nëntëmbëdhjetë": 19,
}
_TENS = {
    "njëzet": 20,
    "tridhjetë": 30,
    "dyzet": 40,
    "pesëdhjetë": 50,
    "gjashtëdhjetë": 60,
    "shtatëdhjetë": 70,
    "tetëdhjetë": 80,
    "nëntëdhjetë": 90,
}
_HUNDREDS = {
    "njëqind": 100,
    "dyqind": 200,
    "treqind": 300,
    "katërqind": 400,
    "pesëqind": 500,
    "gjashtëqind": 600,
    "shtatëqind": 700,
    "tetëqind": 800,
    "nëntëqind": 900,
}
NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS}
MULTIPLIERS = {
    "qind": 100,
    "mijë": 1000,
    "milion": 10**6,
    "milionë": 10**6,
    "miliona": 10**6,
    "miliard": 10**9,
    "miliardë": 10**9,
    "miliarda": 10**9,
}
ORDINAL_WORDS = {"dytë": 2, "tretë": 3, "katërt": 4, "pestë": 5, "gjashtë": 6, "dhjetë": 10}
ORDINAL_WORDS = {k: v for k, v in ORDINAL_WORDS.items() if k not in NUMBER_WORDS}
CONNECTORS = ("e",)
# counts of more than one without a number: "several hours and 20 minutes" is no hour
VAGUE_QUANTITIES = ("disa", "shumë", "ca")
ORDINAL_SUFFIXES = ("ti", "ta", "të", "tin", "tës")
CENTURY_WORDS = ("shekull", "shekullin", "shekullit")
QUALIFIERS_BEFORE = {
    "të paktën": "at_least",
    "së paku": "at_least",
    "minimumi": "at_least",
    "më shumë se": "more_than",
    "mbi": "more_than",
    "përtej": "more_than",
    "rreth": "about",
    "përafërsisht": "about",
    "afërsisht": "about",
    "nja": "about",
    "afro": "nearly",
    "gati": "nearly",
    "pothuajse": "nearly",
    "thuajse": "nearly",
    "deri në": "up_to",
    "deri": "up_to",
    "më së shumti": "at_most",
    "më pak se": "less_than",
    "nën": "less_than",
}
QUALIFIERS_AFTER = {}
PERCENT_AFTER = ("për qind", "përqind", "përqindje")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("pikë", "pikë përqindjeje", "pikë përqindëse")
RANGE_WORDS = ("deri në", "deri", "në")
YEAR_BEFORE = ("në", "vitin", "vitit", "nga", "deri në", "që nga", "më", "prej")
YEAR_AFTER = ()
TIME_AFTER = ("ora", "orë")
UNITS = {
    "ushtar": "soldier",
    "trup": "soldier",
    "civil": "civilian",
    "njerëz": "person",
    "persona": "person",
    "person": "person",
    "banor": "person",
    "fëmijë": "child",
    "polic": "police",
    "për qind": "percent",
    "dollar": "dollar",
    "euro": "euro",
    "km": "km",
    "kilometr": "km",
    "metër": "m",
    "metra": "m",
    "kilogram": "kg",
    "ton": "ton",
    "vit": "year",
    "vjet": "year",
    "muaj": "month",
    "javë": "week",
    "ditë": "day",
    "orë": "hour",
    "minut": "minute",
    "rast": "case",
    "viktim": "victim",
}
TIME_BEFORE = ("ora", "orën")  # "saat 10.00": a clock time, not a decimal

FRACTION_ALONE = {f: 1 / 2 for f in ("gjysma", "gjysmën", "gjysmës", "gjysmë")}
HALF_AFTER = ("e gjysmë",)
HALF_BEFORE = ("gjysmë",)  # "gjysmë milioni": 500,000
# "pesëvjeçar", "tridhjetëvjeçare": a number word glued before the years it counts
AGE_COMPOUNDS = {"vjeçar": "year", "vjetor": "year"}
# "një e treta": one third; "dy të tretat": two thirds (feminine ordinal forms as fractions)
FRACTION_ALONE.update({
    "një e treta": 1 / 3, "një të tretën": 1 / 3, "një të tretës": 1 / 3,
    "një e katërta": 1 / 4, "një të katërtën": 1 / 4, "një të katërtës": 1 / 4,
    "një e pesta": 1 / 5, "një të pestën": 1 / 5, "një të pestës": 1 / 5,
    "një e dhjeta": 1 / 10, "një të dhjetën": 1 / 10, "një të dhjetës": 1 / 10,
    "dy të tretat": 2 / 3, "dy të tretave": 2 / 3, "tre të katërtat": 3 / 4,
})
# "në vitet 80", "gjatë viteve 90": a two-digit decade after "the years"; "vitet e 90-ta"
DECADE_BEFORE = ("vitet", "viteve", "vitet e", "viteve të")
# An age by its decade: "në të pesëdhjetat", "në të njëzetat e tij" (in his fifties, twenties),
# the definite plural of the tens word
DECADE_WORD_ENDINGS = {"ë": ("at", "ave"), "zet": ("zetat", "zetave")}

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("presje",)
