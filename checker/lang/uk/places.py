"""Places CLDR's territory and exemplar-city names (Babel) lack in Ukrainian: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    # Other forms of a country's or a union's name, and their abbreviations (CLDR gives one
    # name each): "Сполучене Королівство" beside "Велика Британія", "Америка" for the
    # United States, "Євросоюз", "ЄС".
    "Сполучене Королівство": "cldr:GB",
    "Об'єднане Королівство": "cldr:GB",
    "Америка": "cldr:US",
    "Євросоюз": "cldr:EU",
    "ЄС": "cldr:EU",
    "США": "cldr:US",  # CLDR's short name of the United States
    "Британія": "cldr:GB",
    "Англія": "cldr:gbeng",
    "Шотландія": "cldr:gbsct",
    "Уельс": "cldr:gbwls",
    "Північна Ірландія": "cldr:gbnir",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Чеська Республіка": "cldr:CZ",
    "Македонія": "cldr:MK",
    "Берег Слонової Кістки": "cldr:CI",
    "Голландія": "cldr:NL",
    # Belarus by its older name, which holds Russia's: read whole, never as Russia.
    "Білорусія": "cldr:BY",
}

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their base forms (case endings are taken off when read): read as the place
# (checker/compare/place_adjectives.py).
DEMONYMS = {
    "французький": "cldr:FR", "польський": "cldr:PL", "чеський": "cldr:CZ",
    "фінський": "cldr:FI", "грецький": "cldr:GR", "норвезький": "cldr:NO",
}
