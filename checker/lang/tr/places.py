"""Places CLDR's territory and exemplar-city names (Babel) lack in Turkish: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Britanya": "cldr:GB",
    "Büyük Britanya": "cldr:GB",
    "İngiltere": "cldr:gbeng",
    "İskoçya": "cldr:gbsct",
    "Galler": "cldr:gbwls",
    "Kuzey İrlanda": "cldr:gbnir",
    "Washington": "city:Capital/US",
    "Vaşington": "city:Capital/US",
    "Ottava": "city:Capital/CA",
    "Ottawa": "city:Capital/CA",
    "Kanberra": "city:Capital/AU",
    "Canberra": "city:Capital/AU",
    "Yeni Delhi": "city:Capital/IN",
    "İslamabad": "city:Capital/PK",
    "Pekin": "city:Capital/CN",
    "Ankara": "city:Capital/TR",
    "Brasilia": "city:Capital/BR",
    "Abuja": "city:Capital/NG",
    "Pretoria": "city:Capital/ZA",
    "Rabat": "city:Capital/MA",
    "Abu Dabi": "city:Capital/AE",
    "Wellington": "city:Capital/NZ",
    "Bern": "city:Capital/CH",
    "Priştine": "city:Capital/XK",
    "Edinburgh": "city:Capital/gbsct",
    "Cardiff": "city:Capital/gbwls",
    "Belfast": "city:Capital/gbnir",
}
