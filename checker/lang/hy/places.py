"""Places CLDR's territory and exemplar-city names (Babel) and the gazetteer lack in
Armenian: the short names of territories the news writes ("ԱՄՆ", "Մեծ Բրիտանիա"), the
countries of the United Kingdom, and cities of at least 100,000 people GeoNames has no
Armenian name for, by their GeoNames id. General geography, read through
`profile(lang).names.place_names` (case forms: `names.ENDINGS`)."""

PLACE_NAMES = {
    "ԱՄՆ": "cldr:US",
    "Միացյալ Նահանգներ": "cldr:US",
    "Մեծ Բրիտանիա": "cldr:GB",
    "Բրիտանիա": "cldr:GB",
    "Անգլիա": "cldr:gbeng",
    "Շոտլանդիա": "cldr:gbsct",
    "Ուելս": "cldr:gbwls",
    "Հյուսիսային Իռլանդիա": "cldr:gbnir",
    "Պաղեստին": "cldr:PS",
    "Հոլանդիա": "cldr:NL",
    "ԱՄԷ": "cldr:AE",
    "ՀԱՀ": "cldr:ZA",
    "Վաշինգտոն": "geonames:4140963",
    "Ռիյադ": "geonames:108410",
    "Սոչի": "geonames:491422",
    "Շիմքենթ": "geonames:1518980",
    "Կարագանդա": "geonames:609655",
    "Պավլոդար": "geonames:1520240",
    "Օսակա": "geonames:1853909",
    "Նիկոլաև": "geonames:700569",
}
