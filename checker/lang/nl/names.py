"""Names in Dutch: the word list that tells a common word from a name, and how the
language makes adjectives and demonyms of place names."""

SIMPLEMMA = "nl"

# Endings that make an adjective or a demonym of a place name (checker/compare/
# place_adjectives.py): "Frans"/"Franse" (Frankrijk is irregular; Fran-s from a short name),
# "Mexic-aans"/"Mexicaanse" (Mexico), "Ital-iaans" (Italië), "Chin-ees"/"Chinese" (China),
# "Portug-ees", "Russ-isch"/"Russische", "Belg"/"Belgische" (België), "Canad-ees",
# "Amerik-aan"/"Amerikanen", "Turk-se".
DEMONYM_SUFFIXES = ("s", "se", "isch", "ische", "aans", "aanse", "iaans", "iaanse", "ees",
                    "ese", "ezen", "aan", "anen", "iaan", "ianen", "er", "ers", "ier", "iers")

# Adjectives and demonyms of places are capitalised ("Mexicaanse").
DEMONYMS_CAPITALISED = True
