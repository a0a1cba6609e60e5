"""Places CLDR's territory and exemplar-city names (Babel) lack in Arabic: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and national capitals
that name no time zone. General geography, read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "بريطانيا": "cldr:GB",
    "بريطانيا العظمى": "cldr:GB",
    "إنجلترا": "cldr:gbeng",
    "إنكلترا": "cldr:gbeng",
    "انجلترا": "cldr:gbeng",
    "اسكتلندا": "cldr:gbsct",
    "أسكتلندا": "cldr:gbsct",
    "ويلز": "cldr:gbwls",
    "أيرلندا الشمالية": "cldr:gbnir",
    "واشنطن": "city:Capital/US",
    "أوتاوا": "city:Capital/CA",
    "كانبرا": "city:Capital/AU",
    "نيودلهي": "city:Capital/IN",
    "إسلام آباد": "city:Capital/PK",
    "بكين": "city:Capital/CN",
    "أنقرة": "city:Capital/TR",
    "برازيليا": "city:Capital/BR",
    "أبوجا": "city:Capital/NG",
    "بريتوريا": "city:Capital/ZA",
    "الرباط": "city:Capital/MA",
    "أبوظبي": "city:Capital/AE",
    "أبو ظبي": "city:Capital/AE",
    "ويلينغتون": "city:Capital/NZ",
    "برن": "city:Capital/CH",
    "بريشتينا": "city:Capital/XK",
    "إدنبرة": "city:Capital/gbsct",
    "كارديف": "city:Capital/gbwls",
    "بلفاست": "city:Capital/gbnir",
}
