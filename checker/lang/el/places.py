"""Places CLDR's territory and exemplar-city names (Babel) lack in Greek: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Βρετανία": "cldr:GB",
    "Μεγάλη Βρετανία": "cldr:GB",
    "Αγγλία": "cldr:gbeng",
    "Σκωτία": "cldr:gbsct",
    "Ουαλία": "cldr:gbwls",
    "Βόρεια Ιρλανδία": "cldr:gbnir",
    "ΗΠΑ": "cldr:US",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Τσεχική Δημοκρατία": "cldr:CZ",
    "Ολλανδία": "cldr:NL",
}

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their base forms (case endings are taken off when read): read as the place
# (checker/compare/place_adjectives.py).
DEMONYMS = {
    "ιρακινός": "cldr:IQ", "ισραηλινός": "cldr:IL", "περουβιανός": "cldr:PE",
    "μαροκινός": "cldr:MA",
}
