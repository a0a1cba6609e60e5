"""Places CLDR's territory and exemplar-city names (Babel) lack in Spanish: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Gran Bretaña": "cldr:GB",
    "Inglaterra": "cldr:gbeng",
    "Escocia": "cldr:gbsct",
    "Gales": "cldr:gbwls",
    "País de Gales": "cldr:gbwls",
    "Irlanda del Norte": "cldr:gbnir",
    "Washington": "city:Capital/US",
    "Ottawa": "city:Capital/CA",
    "Canberra": "city:Capital/AU",
    "Nueva Delhi": "city:Capital/IN",
    "Islamabad": "city:Capital/PK",
    "Pekín": "city:Capital/CN",
    "Beijing": "city:Capital/CN",
    "Ankara": "city:Capital/TR",
    "Brasilia": "city:Capital/BR",
    "Abuya": "city:Capital/NG",
    "Abuja": "city:Capital/NG",
    "Pretoria": "city:Capital/ZA",
    "Rabat": "city:Capital/MA",
    "Abu Dabi": "city:Capital/AE",
    "Abu Dhabi": "city:Capital/AE",
    "Wellington": "city:Capital/NZ",
    "Berna": "city:Capital/CH",
    "Pristina": "city:Capital/XK",
    "Edimburgo": "city:Capital/gbsct",
    "Cardiff": "city:Capital/gbwls",
    "Belfast": "city:Capital/gbnir",
}
