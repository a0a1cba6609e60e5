"""Places CLDR's territory and exemplar-city names (Babel) lack in Chinese: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "大不列颠": "cldr:GB",
    "英格兰": "cldr:gbeng",
    "苏格兰": "cldr:gbsct",
    "威尔士": "cldr:gbwls",
    "北爱尔兰": "cldr:gbnir",
}
