"""Serbian abbreviations, written in Latin; each is also taken in Cyrillic ("str." and
"стр."), as Serbian is written in both scripts."""

from checker.lang.sr import both as _both

# Words that end in a dot without ending a sentence: "tzv. Islamska država" (so-called),
# "ul. Kneza Miloša" (street), "čl. 5" (article), "str. 5" (page).
ABBREVIATIONS = _both({
    "dr",
    "prof",
    "gosp",
    "npr",
    "tj",
    "itd",
    "sl",
    "br",
    "god",
    "mil",
    "mlrd",
    "str",
    "tzv",
    "ul",
    "čl",
    "mr",
})
ORDINAL_DOT = True  # "3. Oktober", "2022. godine": a dot after a number does not end a sentence
# Titles before a name: doktor, profesor, gospodin/gospođa/gospođica, sveti, general,
# ambasador, pokojni; both scripts.
TITLES = _both({"dr", "prof", "gosp", "gđa", "gđica", "sv", "gen", "amb", "pok"})
