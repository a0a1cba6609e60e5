"""Places CLDR's territory names (Babel) lack in Macedonian: the common short and colloquial
names of a territory CLDR names otherwise, and abbreviations of a country's or a union's
name. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Велика Британија": "cldr:GB",
    "Британија": "cldr:GB",
    "Англија": "cldr:gbeng",
    "Шкотска": "cldr:gbsct",
    "Велс": "cldr:gbwls",
    "Северна Ирска": "cldr:gbnir",
    "Америка": "cldr:US",
    "САД": "cldr:US",
    "Чешка Република": "cldr:CZ",
}
