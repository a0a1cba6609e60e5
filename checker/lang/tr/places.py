"""Places CLDR's territory and exemplar-city names (Babel) lack in Turkish: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Britanya": "cldr:GB",
    "Büyük Britanya": "cldr:GB",
    "İngiltere": "cldr:gbeng",
    "İskoçya": "cldr:gbsct",
    "Galler": "cldr:gbwls",
    "Kuzey İrlanda": "cldr:gbnir",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Çek Cumhuriyeti": "cldr:CZ",
    "Makedonya": "cldr:MK",
    "Fildişi Sahili": "cldr:CI",
    "Birleşik Devletler": "cldr:US",
    # Belarus by its older name, which holds Russia's: read whole, never as Russia.
    "Beyaz Rusya": "cldr:BY",
}

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their base forms (case endings are taken off when read): read as the place
# (checker/compare/place_adjectives.py).
DEMONYMS = {
    "Türk": "cldr:TR", "Rus": "cldr:RU", "Japon": "cldr:JP", "Çinli": "cldr:CN",
    "Faslı": "cldr:MA",
}
