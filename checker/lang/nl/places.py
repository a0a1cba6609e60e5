"""Places CLDR's territory and exemplar-city names (Babel) lack in Dutch: the common short
name of a territory CLDR names otherwise, the countries of the United Kingdom (CLDR
subdivisions gbeng, gbsct, gbwls, gbnir, which Babel does not ship). General geography,
read through `profile(lang).names.place_names`."""

PLACE_NAMES = {
    "Groot-Brittannië": "cldr:GB",
    "Brittannië": "cldr:GB",
    "Engeland": "cldr:gbeng",
    "Schotland": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Noord-Ierland": "cldr:gbnir",
    # Names of territories CLDR now names otherwise, still common in the news: the
    # Czech Republic, Macedonia (before 2019), the Ivory Coast, Holland for the
    # Netherlands; a name a word of which is itself a region is left out.
    "Tsjechische Republiek": "cldr:CZ",
    "Macedonië": "cldr:MK",
    # Belarus by its older name, which holds Russia's: read whole, never as Russia.
    "Wit-Rusland": "cldr:BY",
    "Witrusland": "cldr:BY",
}

# Adjectives and demonyms no demonym ending makes of the place's name here (general
# usage), in their base forms (case endings are taken off when read): read as the place
# (checker/compare/place_adjectives.py).
DEMONYMS = {
    "Brits": "cldr:GB", "Britse": "cldr:GB", "Pools": "cldr:PL", "Poolse": "cldr:PL",
    "Deens": "cldr:DK", "Deense": "cldr:DK", "Fins": "cldr:FI", "Finse": "cldr:FI",
    "Zwitsers": "cldr:CH", "Zwitserse": "cldr:CH",
    "Argentijns": "cldr:AR", "Argentijnse": "cldr:AR",
    "Iraans": "cldr:IR", "Iraanse": "cldr:IR", "Iraaks": "cldr:IQ", "Iraakse": "cldr:IQ",
    "Syrisch": "cldr:SY", "Syrische": "cldr:SY",
}
