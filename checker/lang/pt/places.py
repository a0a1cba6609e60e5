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
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "República Tcheca": "cldr:CZ",
    "República Checa": "cldr:CZ",
    "Chéquia": "cldr:CZ",
    "Macedônia": "cldr:MK",
    "Macedónia": "cldr:MK",
    "Holanda": "cldr:NL",
}
