"""Places CLDR's territory and exemplar-city names (Babel) lack in Albanian: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Shtetet e Bashkuara": "cldr:US",
    "Shteteve të Bashkuara": "cldr:US",
    "Britani": "cldr:GB",
    "Britania": "cldr:GB",
    "Britania e Madhe": "cldr:GB",
    "Angli": "cldr:gbeng",
    "Anglia": "cldr:gbeng",
    "Skoci": "cldr:gbsct",
    "Skocia": "cldr:gbsct",
    "Uells": "cldr:gbwls",
    "Irlanda e Veriut": "cldr:gbnir",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Republika Çeke": "cldr:CZ",
    "Maqedonia": "cldr:MK",
    "Maqedoni": "cldr:MK",
    "Bregu i Fildishtë": "cldr:CI",
}
