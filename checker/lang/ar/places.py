"""Places CLDR's territory and exemplar-city names (Babel) lack in Arabic: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

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
}
