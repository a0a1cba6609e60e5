"""Italian number data: words come from num2words (glued compounds); context here."""

NUM2WORDS = "it"
GLUED_NUMBERS = True  # "duemilatrecento"
NUMBER_WORDS = {"un": 1, "una": 1, "uno": 1, "zero": 0, "cento": 100, "mille": 1000}
MULTIPLIERS = {
    "cento": 100,
    "mille": 1000,
    "mila": 1000,
    "milione": 10**6,
    "milioni": 10**6,
    "miliardo": 10**9,
    "miliardi": 10**9,
    "mln": 10**6,
    "mld": 10**9,
}


def _accent_variants() -> dict[str, int]:
    """ "ventitre" and "ventitré": writers (and num2words) use both."""
    from num2words import num2words

    out = {}
    for value in range(1000):
        word = num2words(value, lang="it")
        if word.endswith("tre") or word.endswith("tré"):
            out[word[:-1] + "e"] = value
            out[word[:-1] + "é"] = value
    return out


NUMBER_WORDS.update(_accent_variants())
NOT_ALONE = ("dozzina",)
CONNECTORS = ("e",)
ORDINAL_ENDINGS = ("a", "i", "e")
ORDINAL_SUFFIXES = ("º", "ª", "°", "o", "a")
CENTURY_WORDS = ("secolo",)
QUALIFIERS_BEFORE = {
    "almeno": "at_least",
    "più di": "more_than",
    "oltre": "more_than",
    "circa": "about",
    "intorno a": "about",
    "quasi": "nearly",
    "fino a": "up_to",
    "meno di": "less_than",
    "al massimo": "at_most",
}
PERCENT_AFTER = ("per cento", "percento")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("punto", "punti", "punti percentuali", "punto percentuale")
# basis points, hundredths of a percentage point ("50 basis points" are half a point)
BASIS_POINT_AFTER = ("punto base", "punti base")
RANGE_WORDS = ("a",)
YEAR_BEFORE = ("nel", "dal", "fino al", "anno", "nell'anno", "del", "entro il")
TIME_AFTER = ("ore",)
# CLDR's day periods after an hour: "alle 7 di sera" (19:00, through CLDR's period rules)
TIME_AFTER += ("di mattina", "del pomeriggio", "di pomeriggio", "di sera", "di notte")
TIME_AFTER += ("del mattino", "della mattina", "della sera", "della notte")  # "alle 9 del mattino"
UNITS = {
    "soldat": "soldier",
    "militar": "soldier",
    "truppe": "soldier",
    "civil": "civilian",
    "persone": "person",
    "person": "person",
    "bambin": "child",
    "agent": "police",
    "dollar": "dollar",
    "euro": "euro",
    "km": "km",
    "chilometr": "km",
    "metr": "m",
    "anni": "year",
    "anno": "year",
    "mes": "month",
    "settiman": "week",
    "giorn": "day",
    "ore": "hour",
    "minut": "minute",
    "casi": "case",
    "mort": "death",
    "vittim": "victim",
}
TIME_BEFORE = ("alle", "ore")  # "saat 10.00": a clock time, not a decimal

FRACTION_WORDS = {"terzo": 1 / 3, "terzi": 1 / 3, "quarto": 1 / 4, "quarti": 1 / 4, "quinto": 1 / 5}
FRACTION_ALONE = {"metà": 1 / 2}
PARTITIVES = ("di", "degli", "dei", "delle", "della", "del", "dello", "dell")
HALF_AFTER = ("e mezzo", "e mezza")

# "una dozzina", "due dozzine"
MULTIPLIERS.update({"dozzina": 12, "dozzine": 12})
NUMBER_WORDS.update({"mezza dozzina": 6})
# Tens and hundreds counted in groups: "due decine" (20), "tre centinaia" (300); alone
# ("decine di feriti") they are vague, like every scale word alone
MULTIPLIERS.update({"decine": 10, "centinaia": 100})
HALF_BEFORE = ("mezzo",)  # "mezzo milione": 500,000

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("virgola",)
