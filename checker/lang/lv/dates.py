"""Latvian date data: the year word written after a year ("1973. gada", "2023. g."), and the
case forms of CLDR's month and weekday names."""

YEAR_MARKS = ("gada", "gadā", "g")

# "12. un 13. jūnijs"
DAY_PAIR_WORDS = ("un",)

# Locative and genitive of the names: "5. janvārī", "marta sākumā", "pirmdienā", "svētdienas"
NAME_ENDINGS = {"is": ("ī", "a"), "ts": ("tā", "ta"), "js": ("jā", "ja"), "a": ("ā", "as")}
MONTHS = {"aprīļa": 4}  # the genitive softens the l
