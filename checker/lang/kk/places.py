"""Places CLDR's territory and exemplar-city names (Babel) and the gazetteer lack in
Kazakh: the short names of territories the news writes ("АҚШ", "Британия"), the countries
of the United Kingdom, and cities GeoNames names otherwise in Kazakh, by their GeoNames id.
General geography, read through `profile(lang).names.place_names` (case forms:
`names.ENDINGS`)."""

PLACE_NAMES = {
    "АҚШ": "cldr:US",
    "Құрама Штаттар": "cldr:US",
    "Британия": "cldr:GB",
    "Англия": "cldr:gbeng",
    "Шотландия": "cldr:gbsct",
    "Уэльс": "cldr:gbwls",
    "Солтүстік Ирландия": "cldr:gbnir",
    # Spellings the press writes beside CLDR's ("Аустрия", "Әзірбайжан", "Мысыр")
    "Австрия": "cldr:AT",
    "Австралия": "cldr:AU",
    "Әзербайжан": "cldr:AZ",
    "Нидерланды": "cldr:NL",
    "Голландия": "cldr:NL",
    "Египет": "cldr:EG",
    "Палестина": "cldr:PS",
    "БАӘ": "cldr:AE",
    "ОАР": "cldr:ZA",
    "Бағдад": "geonames:98182",
    "Бағдат": "geonames:98182",
}
