"""Places CLDR's territory and exemplar-city names (Babel) lack in Albanian: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Shtetet e Bashkuara": "cldr:US",
    "Shteteve të Bashkuara": "cldr:US",
    "Britani": "cldr:GB",
    "Britania": "cldr:GB",
    "Britania e Madhe": "cldr:GB",
    "Angli": "cldr:gbeng",
    "Anglia": "cldr:gbeng",
    "Skoci": "cldr:gbsct",
    "Skocia": "cldr:gbsct",
    "Uells": "cldr:gbwls",
    "Irlanda e Veriut": "cldr:gbnir",
    "Uashington": "city:Capital/US",
    "Washington": "city:Capital/US",
    "Otava": "city:Capital/CA",
    "Kanbera": "city:Capital/AU",
    "Nju Delhi": "city:Capital/IN",
    "Islamabad": "city:Capital/PK",
    "Pekin": "city:Capital/CN",
    "Ankara": "city:Capital/TR",
    "Brazilia": "city:Capital/BR",
    "Abuxha": "city:Capital/NG",
    "Pretoria": "city:Capital/ZA",
    "Rabat": "city:Capital/MA",
    "Abu Dabi": "city:Capital/AE",
    "Uellington": "city:Capital/NZ",
    "Bern": "city:Capital/CH",
    "Prishtinë": "city:Capital/XK",
    "Prishtina": "city:Capital/XK",
    "Edinburg": "city:Capital/gbsct",
    "Kardif": "city:Capital/gbwls",
    "Belfast": "city:Capital/gbnir",
}
