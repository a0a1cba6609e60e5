"""Places CLDR's territory and exemplar-city names (Babel) lack in Spanish: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    # CLDR's short name of the United States, as written with and without dots.
    "EE. UU.": "cldr:US",
    "EE.UU.": "cldr:US",
    "EEUU": "cldr:US",
    "Gran Bretaña": "cldr:GB",
    "Inglaterra": "cldr:gbeng",
    "Escocia": "cldr:gbsct",
    "Gales": "cldr:gbwls",
    "País de Gales": "cldr:gbwls",
    "Irlanda del Norte": "cldr:gbnir",
}
