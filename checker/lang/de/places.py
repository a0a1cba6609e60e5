"""Places CLDR's territory and exemplar-city names (Babel) lack in German: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Großbritannien": "cldr:GB",
    "Britannien": "cldr:GB",
    "England": "cldr:gbeng",
    "Schottland": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Nordirland": "cldr:gbnir",
    "USA": "cldr:US",
    "Washington": "city:Capital/US",
    "Ottawa": "city:Capital/CA",
    "Canberra": "city:Capital/AU",
    "Neu-Delhi": "city:Capital/IN",
    "Islamabad": "city:Capital/PK",
    "Peking": "city:Capital/CN",
    "Ankara": "city:Capital/TR",
    "Brasília": "city:Capital/BR",
    "Brasilia": "city:Capital/BR",
    "Abuja": "city:Capital/NG",
    "Pretoria": "city:Capital/ZA",
    "Rabat": "city:Capital/MA",
    "Abu Dhabi": "city:Capital/AE",
    "Wellington": "city:Capital/NZ",
    "Bern": "city:Capital/CH",
    "Pristina": "city:Capital/XK",
    "Edinburgh": "city:Capital/gbsct",
    "Cardiff": "city:Capital/gbwls",
    "Belfast": "city:Capital/gbnir",
}
