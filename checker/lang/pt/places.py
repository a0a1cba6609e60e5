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

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their base forms (case endings are taken off when read): read as the place
# (checker/compare/place_adjectives.py).
DEMONYMS = {
    "polaco": "cldr:PL", "polaca": "cldr:PL", "polacos": "cldr:PL", "polacas": "cldr:PL",
    "checo": "cldr:CZ", "checa": "cldr:CZ", "checos": "cldr:CZ", "checas": "cldr:CZ",
    "tcheco": "cldr:CZ", "tcheca": "cldr:CZ", "tchecos": "cldr:CZ",
    "belga": "cldr:BE", "belgas": "cldr:BE",
    "suíço": "cldr:CH", "suíça": "cldr:CH", "suíços": "cldr:CH", "suíças": "cldr:CH",
    "iraniano": "cldr:IR", "iraniana": "cldr:IR", "iranianos": "cldr:IR", "iranianas": "cldr:IR",
    "sírio": "cldr:SY", "síria": "cldr:SY", "sírios": "cldr:SY", "sírias": "cldr:SY",
    "egípcio": "cldr:EG", "egípcia": "cldr:EG", "egípcios": "cldr:EG", "egípcias": "cldr:EG",
    "marroquino": "cldr:MA", "marroquina": "cldr:MA", "marroquinos": "cldr:MA",
    "estadunidense": "cldr:US", "estadunidenses": "cldr:US",
    "norte-americano": "cldr:US", "norte-americana": "cldr:US", "norte-americanos": "cldr:US",
}
