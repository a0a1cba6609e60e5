"""Places CLDR's territory and exemplar-city names (Babel) lack in German: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Großbritannien": "cldr:GB",
    "Britannien": "cldr:GB",
    "England": "cldr:gbeng",
    "Schottland": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Nordirland": "cldr:gbnir",
    "USA": "cldr:US",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Tschechische Republik": "cldr:CZ",
    "Mazedonien": "cldr:MK",
    "Elfenbeinküste": "cldr:CI",
    "Holland": "cldr:NL",
    # The German states (CLDR subdivisions de*; the city states are cities), as in
    # checker/lang/en/places.py, with the common abbreviation of the largest.
    "Baden-Württemberg": "cldr:debw",
    "Bayern": "cldr:deby",
    "Niedersachsen": "cldr:deni",
    "Mecklenburg-Vorpommern": "cldr:demv",
    "Nordrhein-Westfalen": "cldr:denw",
    "NRW": "cldr:denw",
    "Rheinland-Pfalz": "cldr:derp",
    "Saarland": "cldr:desl",
    "Sachsen": "cldr:desn",
    "Sachsen-Anhalt": "cldr:dest",
    "Schleswig-Holstein": "cldr:desh",
    "Thüringen": "cldr:deth",
    "Hessen": "cldr:dehe",
    # Belarus by its older name, which holds Russia's: read whole, never as Russia.
    "Weißrussland": "cldr:BY",
}
