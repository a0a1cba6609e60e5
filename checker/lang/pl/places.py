"""Places CLDR's territory names (Babel) lack in Polish: the common short and colloquial
names of a territory CLDR names otherwise, and abbreviations of a country's or a union's
name. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Brytania": "cldr:GB",
    "Anglia": "cldr:gbeng",
    "Szkocja": "cldr:gbsct",
    "Walia": "cldr:gbwls",
    "Irlandia Północna": "cldr:gbnir",
    # "Ameryka" is CLDR's name of the Americas: in the news, the United States.
    "Ameryka": "cldr:US",
    "USA": "cldr:US",
}
