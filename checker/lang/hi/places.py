"""Places CLDR's territory and exemplar-city names (Babel) lack in Hindi: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions, which Babel does not ship), and national capitals GeoNames has no Hindi
name for (by their GeoNames id). General geography, read through
`profile(lang).names.place_names`."""

PLACE_NAMES = {
    # The United States and the United Kingdom by their common short names (CLDR: the
    # "United States" and "United Kingdom" in full)
    "अमेरिका": "cldr:US",
    "अमरीका": "cldr:US",
    "संयुक्त राज्य अमेरिका": "cldr:US",
    "ब्रिटेन": "cldr:GB",
    "इंग्लैंड": "cldr:gbeng",
    "स्कॉटलैंड": "cldr:gbsct",
    "स्कॉटलैण्ड": "cldr:gbsct",
    "वेल्स": "cldr:gbwls",
    "उत्तरी आयरलैंड": "cldr:gbnir",
    "चेक गणराज्य": "cldr:CZ",
    "हॉलैंड": "cldr:NL",
    # Turkey, Israel and Palestine by the spellings Hindi news writes them (CLDR:
    # "तुर्किये", "इज़राइल", "फ़िलिस्तीनी क्षेत्र")
    "तुर्की": "cldr:TR",
    "इसराइल": "cldr:IL",
    "इजराइल": "cldr:IL",
    "फ़लस्तीन": "cldr:PS",
    "फिलिस्तीन": "cldr:PS",
    "फ़िलिस्तीन": "cldr:PS",
    # Capitals by their usual Hindi names: Washington (GeoNames has none), Cairo (CLDR
    # exemplar city: "कायरो")
    "वॉशिंगटन": "geonames:4140963",
    "वाशिंगटन": "geonames:4140963",
    "काहिरा": "city:Africa/Cairo",
}
