"""Places CLDR's territory and exemplar-city names (Babel) lack in Serbian (in Latin
letters: Cyrillic text is transliterated to them): the common short name of a territory
CLDR names otherwise, the countries of the United Kingdom (CLDR subdivisions gbeng, gbsct,
gbwls, gbnir, which Babel does not ship), and national capitals that name no time zone.
General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Britanija": "cldr:GB",
    "Velika Britanija": "cldr:GB",
    "Engleska": "cldr:gbeng",
    "Škotska": "cldr:gbsct",
    "Vels": "cldr:gbwls",
    "Severna Irska": "cldr:gbnir",
    "SAD": "cldr:US",
    "Vašington": "city:Capital/US",
    "Otava": "city:Capital/CA",
    "Kanbera": "city:Capital/AU",
    "Nju Delhi": "city:Capital/IN",
    "Islamabad": "city:Capital/PK",
    "Peking": "city:Capital/CN",
    "Ankara": "city:Capital/TR",
    "Brazilija": "city:Capital/BR",
    "Abudža": "city:Capital/NG",
    "Pretorija": "city:Capital/ZA",
    "Rabat": "city:Capital/MA",
    "Abu Dabi": "city:Capital/AE",
    "Velington": "city:Capital/NZ",
    "Bern": "city:Capital/CH",
    "Priština": "city:Capital/XK",
    "Edinburg": "city:Capital/gbsct",
    "Kardif": "city:Capital/gbwls",
    "Belfast": "city:Capital/gbnir",
}
