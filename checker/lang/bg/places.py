"""Places CLDR's territory names (Babel) lack in Bulgarian: the common short and colloquial
names of a territory CLDR names otherwise, and abbreviations of a country's or a union's
name. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Великобритания": "cldr:GB",
    "Британия": "cldr:GB",
    "Англия": "cldr:gbeng",
    "Шотландия": "cldr:gbsct",
    "Уелс": "cldr:gbwls",
    "Северна Ирландия": "cldr:gbnir",
    # "Америка" is CLDR's name of the Americas: in the news, the United States.
    "Америка": "cldr:US",
    "САЩ": "cldr:US",
    "Съединените щати": "cldr:US",
    "Евросъюз": "cldr:EU",
    "ООН": "cldr:UN",
    "Чешка република": "cldr:CZ",
    "Холандия": "cldr:NL",
}

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their forms: read as the place (checker/compare/place_adjectives.py).
DEMONYMS = {
    form: concept
    for stem, concept in (("гръцк", "cldr:GR"), ("френск", "cldr:FR"), ("турск", "cldr:TR"),
                          ("сръбск", "cldr:RS"), ("украинск", "cldr:UA"), ("чешк", "cldr:CZ"),
                          ("словашк", "cldr:SK"), ("норвежк", "cldr:NO"), ("шведск", "cldr:SE"),
                          ("датск", "cldr:DK"), ("литовск", "cldr:LT"), ("холандск", "cldr:NL"),
                          ("нидерландск", "cldr:NL"), ("италианск", "cldr:IT"),
                          ("британск", "cldr:GB"), ("английск", "cldr:GB"),
                          ("финландск", "cldr:FI"), ("финск", "cldr:FI"), ("полск", "cldr:PL"),
                          ("латвийск", "cldr:LV"), ("естонск", "cldr:EE"))
    for form in (stem + e for e in ("и", "а", "о", "ия", "ият", "ата", "ото", "ите"))
}
