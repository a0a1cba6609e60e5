"""Places CLDR's territory and exemplar-city names (Babel) lack in Serbian (in Latin
letters: Cyrillic text is transliterated to them): the common short name of a territory
CLDR names otherwise, the countries of the United Kingdom (CLDR subdivisions gbeng, gbsct,
gbwls, gbnir, which Babel does not ship), and national capitals that name no time zone.
General geography, read through `profile(lang).names.place_names`."""

from checker.lang.shared_places import AMERIKA as _AMERIKA
from checker.lang.sr import both as _both

PLACE_NAMES = {
    # Other forms of a country's or a union's name (CLDR gives one name each).
    **_AMERIKA,
    "Sjedinjene Američke Države": "cldr:US",
    "Evropska Unija": "cldr:EU",
    "Britanija": "cldr:GB",
    "Velika Britanija": "cldr:GB",
    "Engleska": "cldr:gbeng",
    "Škotska": "cldr:gbsct",
    "Vels": "cldr:gbwls",
    "Severna Irska": "cldr:gbnir",
    "SAD": "cldr:US",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Češka Republika": "cldr:CZ",
    "Makedonija": "cldr:MK",
}

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their base forms (case endings are taken off when read): read as the place
# (checker/compare/place_adjectives.py).
DEMONYMS = _both({
    "irački": "cldr:IQ",
})
