"""Places and their adjectives in Hungarian beyond CLDR's territory names (Babel). Many a
country is its people's adjective and "ország" (country): "Spanyolország", "spanyol";
those adjectives are no ending of the country's name and are listed here, in their forms."""

from checker.lang.shared_places import AMERIKA as _AMERIKA

_COUNTRY_ADJECTIVES = {
    "spanyol": "cldr:ES", "német": "cldr:DE", "francia": "cldr:FR", "orosz": "cldr:RU",
    "olasz": "cldr:IT", "lengyel": "cldr:PL", "görög": "cldr:GR", "török": "cldr:TR",
    "magyar": "cldr:HU", "horvát": "cldr:HR", "svéd": "cldr:SE", "brit": "cldr:GB",
    "angol": "cldr:gbeng", "skót": "cldr:gbsct", "holland": "cldr:NL",
    "ukrán": "cldr:UA", "szerb": "cldr:RS", "román": "cldr:RO", "szlovák": "cldr:SK",
    "cseh": "cldr:CZ", "osztrák": "cldr:AT", "belga": "cldr:BE", "svájci": "cldr:CH",
    "amerikai": "cldr:US", "japán": "cldr:JP", "kínai": "cldr:CN", "indiai": "cldr:IN",
    "portugál": "cldr:PT", "finn": "cldr:FI", "dán": "cldr:DK", "norvég": "cldr:NO",
    "bolgár": "cldr:BG", "szlovén": "cldr:SI", "izraeli": "cldr:IL",
    # adjectives of names too short for the demonym ending alone ("Peru" + "i")
    "perui": "cldr:PE", "kubai": "cldr:CU", "iraki": "cldr:IQ", "iráni": "cldr:IR",
    "chilei": "cldr:CL", "ománi": "cldr:OM", "jemeni": "cldr:YE", "katari": "cldr:QA",
}
# the adjective and its plural of people, in the cases news text writes
_FORMS = ("", "ok", "ek", "ök", "okat", "eket", "öket", "t", "ul", "ül")
DEMONYMS = {
    adjective + ending: concept
    for adjective, concept in _COUNTRY_ADJECTIVES.items()
    for ending in _FORMS
    if not (adjective[-1] in "aeiou" and ending[:1] in "oeö")
}
PLACE_NAMES = {
    **_AMERIKA,
    "USA": "cldr:US",
    "Egyesült Államok": "cldr:US",
    "Nagy-Britannia": "cldr:GB",
    "Anglia": "cldr:gbeng",
    "Skócia": "cldr:gbsct",
}
# "fővárosi" (of the capital) names Budapest without naming it in Hungarian news: "a
# Fővárosi Törvényszék" is the Budapest Metropolitan Court.
IMPLIED_PLACES = {"fővárosi": "city:Europe/Budapest", "Fővárosi": "city:Europe/Budapest"}
