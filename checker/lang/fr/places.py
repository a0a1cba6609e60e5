"""Places CLDR's territory and exemplar-city names (Babel) lack in French: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Grande-Bretagne": "cldr:GB",
    "Angleterre": "cldr:gbeng",
    "Écosse": "cldr:gbsct",
    "Pays de Galles": "cldr:gbwls",
    "Irlande du Nord": "cldr:gbnir",
    "Washington": "city:Capital/US",
    "Ottawa": "city:Capital/CA",
    "Canberra": "city:Capital/AU",
    "New Delhi": "city:Capital/IN",
    "Islamabad": "city:Capital/PK",
    "Pékin": "city:Capital/CN",
    "Ankara": "city:Capital/TR",
    "Brasilia": "city:Capital/BR",
    "Abuja": "city:Capital/NG",
    "Pretoria": "city:Capital/ZA",
    "Rabat": "city:Capital/MA",
    "Abou Dhabi": "city:Capital/AE",
    "Abu Dhabi": "city:Capital/AE",
    "Wellington": "city:Capital/NZ",
    "Berne": "city:Capital/CH",
    "Pristina": "city:Capital/XK",
    "Édimbourg": "city:Capital/gbsct",
    "Cardiff": "city:Capital/gbwls",
    "Belfast": "city:Capital/gbnir",
}
