"""Places CLDR's territory names (Babel) lack in Czech: the common short and colloquial
names of a territory CLDR names otherwise, and abbreviations of a country's or a union's
name. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Británie": "cldr:GB",
    "Velká Británie": "cldr:GB",
    "Anglie": "cldr:gbeng",
    "Skotsko": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Severní Irsko": "cldr:gbnir",
    # "Amerika" is CLDR's name of the Americas: in the news, the United States.
    "Amerika": "cldr:US",
    "USA": "cldr:US",
    "Česká republika": "cldr:CZ",
    "Holandsko": "cldr:NL",
}
