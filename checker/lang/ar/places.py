"""Places CLDR's territory and exemplar-city names (Babel) lack in Arabic: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship), and the national
capitals of GeoNames' cities (the gazetteer, `checker.glossary.gazetteer`) that have no
Arabic name there and are no CLDR exemplar city, by their GeoNames id. General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "أمريكا": "cldr:US",
    "أميركا": "cldr:US",
    "بريطانيا": "cldr:GB",
    "بريطانيا العظمى": "cldr:GB",
    # The common short name of Saudi Arabia (CLDR: the Kingdom ...), and spellings of
    # Chile and Thailand CLDR does not give. Not "the Emirates" alone: without its article
    # its letters are a common word's ("times").
    "السعودية": "cldr:SA",
    "شيلي": "cldr:CL",
    "تايلند": "cldr:TH",
    "إنجلترا": "cldr:gbeng",
    "إنكلترا": "cldr:gbeng",
    "انجلترا": "cldr:gbeng",
    "اسكتلندا": "cldr:gbsct",
    "أسكتلندا": "cldr:gbsct",
    "ويلز": "cldr:gbwls",
    "أيرلندا الشمالية": "cldr:gbnir",
    "واشنطن": "geonames:4140963",
    "سانتو دومينغو": "geonames:3492908",
    "كوناكري": "geonames:2422465",
    "نايبيداو": "geonames:6611854",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "جمهورية التشيك": "cldr:CZ",
    "مقدونيا": "cldr:MK",
    "كوت ديفوار": "cldr:CI",
    # Belarus by its older name, which holds Russia's: read whole, never as Russia.
    "روسيا البيضاء": "cldr:BY",
}
