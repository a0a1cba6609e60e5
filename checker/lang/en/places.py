"""Places CLDR's territory and exemplar-city names (Babel) lack in English: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Britain": "cldr:GB",
    "Great Britain": "cldr:GB",
    "England": "cldr:gbeng",
    "Scotland": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Northern Ireland": "cldr:gbnir",
    "Turkey": "cldr:TR",
    "Czech Republic": "cldr:CZ",
    "Macedonia": "cldr:MK",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Ivory Coast": "cldr:CI",
    "Holland": "cldr:NL",
    # Formal names: one country each (not the United States and the Americas).
    "United States of America": "cldr:US",
    "Democratic People's Republic of Korea": "cldr:KP",
}
