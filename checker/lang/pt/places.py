"""Places CLDR's territory and exemplar-city names (Babel) lack in Portuguese: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Grã-Bretanha": "cldr:GB",
    "Inglaterra": "cldr:gbeng",
    "Escócia": "cldr:gbsct",
    "País de Gales": "cldr:gbwls",
    "Irlanda do Norte": "cldr:gbnir",
    "EUA": "cldr:US",
}
