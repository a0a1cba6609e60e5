"""Places CLDR's territory and exemplar-city names (Babel) lack in Spanish: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    # CLDR's short name of the United States, as written with and without dots.
    "EE. UU.": "cldr:US",
    "EE.UU.": "cldr:US",
    "EEUU": "cldr:US",
    "Gran Bretaña": "cldr:GB",
    "Inglaterra": "cldr:gbeng",
    "Escocia": "cldr:gbsct",
    "Gales": "cldr:gbwls",
    "País de Gales": "cldr:gbwls",
    "Irlanda del Norte": "cldr:gbnir",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "República Checa": "cldr:CZ",
    "Macedonia": "cldr:MK",
    "Costa de Marfil": "cldr:CI",
    "Holanda": "cldr:NL",
}

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their base forms (case endings are taken off when read): read as the place
# (checker/compare/place_adjectives.py).
DEMONYMS = {
    "danés": "cldr:DK", "danesa": "cldr:DK", "daneses": "cldr:DK", "danesas": "cldr:DK",
    "neerlandés": "cldr:NL", "neerlandesa": "cldr:NL", "neerlandeses": "cldr:NL",
    "suizo": "cldr:CH", "suiza": "cldr:CH", "suizos": "cldr:CH", "suizas": "cldr:CH",
    "iraní": "cldr:IR", "iraníes": "cldr:IR", "iraquí": "cldr:IQ", "iraquíes": "cldr:IQ",
    "sirio": "cldr:SY", "siria": "cldr:SY", "sirios": "cldr:SY", "sirias": "cldr:SY",
    "ruso": "cldr:RU", "rusa": "cldr:RU", "rusos": "cldr:RU", "rusas": "cldr:RU",
    "griego": "cldr:GR", "griega": "cldr:GR", "griegos": "cldr:GR", "griegas": "cldr:GR",
    "egipcio": "cldr:EG", "egipcia": "cldr:EG", "egipcios": "cldr:EG", "egipcias": "cldr:EG",
    "marroquí": "cldr:MA", "marroquíes": "cldr:MA",
    "belga": "cldr:BE", "belgas": "cldr:BE",
    "estadounidense": "cldr:US", "estadounidenses": "cldr:US",
}
