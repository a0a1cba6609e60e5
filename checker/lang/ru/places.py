"""Places CLDR's territory and exemplar-city names (Babel) lack in Russian: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    # Other forms of a country's or a union's name, and their abbreviations (CLDR gives one
    # name each; "Америка" is its name of the Americas, read as the United States).
    "Соединённое Королевство": "cldr:GB",
    "Соединенное Королевство": "cldr:GB",
    "Америка": "cldr:US",
    "Евросоюз": "cldr:EU",
    "ЕС": "cldr:EU",
    "США": "cldr:US",  # CLDR's short name of the United States
    "Британия": "cldr:GB",
    "Англия": "cldr:gbeng",
    "Шотландия": "cldr:gbsct",
    "Уэльс": "cldr:gbwls",
    "Северная Ирландия": "cldr:gbnir",
    "Северная Корея": "cldr:KP",
    "Южная Корея": "cldr:KR",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Чешская Республика": "cldr:CZ",
    "Македония": "cldr:MK",
    "Берег Слоновой Кости": "cldr:CI",
    "Голландия": "cldr:NL",
    # Belarus by its older name, which holds Russia's: read whole, never as Russia.
    "Белоруссия": "cldr:BY",
}
