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
