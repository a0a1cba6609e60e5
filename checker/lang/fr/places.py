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
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "République tchèque": "cldr:CZ",
    "Macédoine": "cldr:MK",
}
