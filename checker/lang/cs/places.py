"""Places CLDR's territory names (Babel) lack in Czech: the common short and colloquial
names of a territory CLDR names otherwise, and abbreviations of a country's or a union's
name. General geography, read through `profile(lang).names.place_names`."""

from checker.lang.shared_places import AMERIKA as _AMERIKA

PLACE_NAMES = {
    "Británie": "cldr:GB",
    "Velká Británie": "cldr:GB",
    "Anglie": "cldr:gbeng",
    "Skotsko": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Severní Irsko": "cldr:gbnir",
    **_AMERIKA,
    "USA": "cldr:US",
    "Česká republika": "cldr:CZ",
    "Holandsko": "cldr:NL",
}

# Adjectives of places no demonym ending makes of the place's name here (general usage), in
# their forms ("irští farmáři", "francouzského prezidenta"): read as the place
# (checker/compare/place_adjectives.py).
_ADJECTIVE_ENDINGS = ("ý", "á", "é", "ého", "ém", "ému", "ých", "ým", "ými", "ou")
DEMONYMS = {
    **{stem + e: concept
       for stem, concept in (("irsk", "cldr:IE"), ("francouzsk", "cldr:FR"),
                             ("britsk", "cldr:GB"), ("anglick", "cldr:gbeng"),
                             ("americk", "cldr:US"), ("belgick", "cldr:BE"),
                             ("indick", "cldr:IN"), ("řeck", "cldr:GR"),
                             ("nizozemsk", "cldr:NL"), ("holandsk", "cldr:NL"),
                             ("čínsk", "cldr:CN"), ("syrsk", "cldr:SY"),
                             ("gruzínsk", "cldr:GE"), ("arménsk", "cldr:AM"),
                             ("mexick", "cldr:MX"), ("izraelsk", "cldr:IL"))
       for e in _ADJECTIVE_ENDINGS},
    # the masculine animate plural ("irští", "britští", "američtí", "řečtí")
    **{word: concept
       for word, concept in (("irští", "cldr:IE"), ("francouzští", "cldr:FR"),
                             ("britští", "cldr:GB"), ("angličtí", "cldr:gbeng"),
                             ("američtí", "cldr:US"), ("belgičtí", "cldr:BE"),
                             ("indičtí", "cldr:IN"), ("řečtí", "cldr:GR"),
                             ("nizozemští", "cldr:NL"), ("čínští", "cldr:CN"),
                             ("syrští", "cldr:SY"), ("gruzínští", "cldr:GE"),
                             ("arménští", "cldr:AM"), ("mexičtí", "cldr:MX"),
                             ("izraelští", "cldr:IL"))},
}
