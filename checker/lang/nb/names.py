"""How names are inflected: the case endings simplemma's word list gives CLDR's territory
names (as for a language without a folder), and the genitive "-s" ("Norges", "Oslos")."""

from checker.lang.no_folder import name_endings

ENDINGS = (*name_endings("nb"), "s")
GENITIVE_ENDINGS = ("s",)

# simplemma's word list of the language tells a common word from a name
SIMPLEMMA = "nb"
PERSON_TITLES = frozenset(("statsminister", "president", "minister", "utenriksminister",
                           "finansminister", "kong", "kongen", "dronning", "ordfører",
                           "sjef", "direktør", "professor", "dr.", "fru", "herr"))
