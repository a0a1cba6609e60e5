"""Places CLDR's territory and exemplar-city names (Babel) lack in French: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Grande-Bretagne": "cldr:GB",
    "Angleterre": "cldr:gbeng",
    "Écosse": "cldr:gbsct",
    "Pays de Galles": "cldr:gbwls",
    "Irlande du Nord": "cldr:gbnir",
}
