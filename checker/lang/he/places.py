"""Places CLDR's territory and exemplar-city names (Babel) lack in Hebrew: the common short
names of the United States and Britain's countries, and national capitals GeoNames has no
Hebrew name for (GeoNames ids). General geography, read through
`profile(lang).names.place_names`."""

PLACE_NAMES = {
    'ארה"ב': "cldr:US",
    "ארה״ב": "cldr:US",
    "ארצות־הברית": "cldr:US",
    "אמריקה": "cldr:US",
    "אנגליה": "cldr:gbeng",
    "סקוטלנד": "cldr:gbsct",
    "ויילס": "cldr:gbwls",
    "צפון אירלנד": "cldr:gbnir",
    "וושינגטון": "geonames:4140963",
    "הולנד": "cldr:NL",
    # the United Nations (CLDR's territory UN) by its acronym, with a quote or gershayim
    'או"ם': "cldr:UN",
    "או״ם": "cldr:UN",
    "צ'כיה": "cldr:CZ",
}
