"""Places CLDR's territory and exemplar-city names (Babel) lack in Portuguese: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Grã-Bretanha": "cldr:GB",
    "Inglaterra": "cldr:gbeng",
    "Escócia": "cldr:gbsct",
    "País de Gales": "cldr:gbwls",
    "Irlanda do Norte": "cldr:gbnir",
    "EUA": "cldr:US",
    "Washington": "city:Capital/US",
    "Ottawa": "city:Capital/CA",
    "Otava": "city:Capital/CA",
    "Camberra": "city:Capital/AU",
    "Canberra": "city:Capital/AU",
    "Nova Délhi": "city:Capital/IN",
    "Nova Deli": "city:Capital/IN",
    "Islamabad": "city:Capital/PK",
    "Pequim": "city:Capital/CN",
    "Ancara": "city:Capital/TR",
    "Brasília": "city:Capital/BR",
    "Abuja": "city:Capital/NG",
    "Pretória": "city:Capital/ZA",
    "Rabat": "city:Capital/MA",
    "Abu Dhabi": "city:Capital/AE",
    "Wellington": "city:Capital/NZ",
    "Berna": "city:Capital/CH",
    "Pristina": "city:Capital/XK",
    "Edimburgo": "city:Capital/gbsct",
    "Cardiff": "city:Capital/gbwls",
    "Belfast": "city:Capital/gbnir",
}
