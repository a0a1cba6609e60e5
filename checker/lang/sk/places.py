"""Places CLDR's territory names (Babel) lack in Slovak: the common short and colloquial
names of a territory CLDR names otherwise, and abbreviations of a country's or a union's
name. General geography, read through `profile(lang).names.place_names`."""

from checker.lang.shared_places import AMERIKA as _AMERIKA
from checker.lang.sk import hard_adjective_endings

PLACE_NAMES = {
    "Británia": "cldr:GB",
    "Veľká Británia": "cldr:GB",
    "Anglicko": "cldr:gbeng",
    "Škótsko": "cldr:gbsct",
    "Wales": "cldr:gbwls",
    "Severné Írsko": "cldr:gbnir",
    **_AMERIKA,
    "USA": "cldr:US",
    "Slovenská republika": "cldr:SK",
    "Česká republika": "cldr:CZ",
    "Česko": "cldr:CZ",
    "Holandsko": "cldr:NL",
}

# Adjectives of places no demonym ending makes of the place's name here (general usage), in
# their forms ("írski farmári", "francúzskeho prezidenta", "keňskom", "čílskej"): read as
# the place (checker/compare/place_adjectives.py).
_ADJECTIVE_ENDINGS = hard_adjective_endings()
_STEMS = (("írsk", "cldr:IE"), ("francúzsk", "cldr:FR"), ("britsk", "cldr:GB"),
          ("anglick", "cldr:gbeng"), ("americk", "cldr:US"), ("belgick", "cldr:BE"),
          ("indick", "cldr:IN"), ("gréck", "cldr:GR"), ("holandsk", "cldr:NL"),
          ("čínsk", "cldr:CN"), ("sýrsk", "cldr:SY"), ("gruzínsk", "cldr:GE"),
          ("arménsk", "cldr:AM"), ("mexick", "cldr:MX"), ("izraelsk", "cldr:IL"),
          ("čílsk", "cldr:CL"), ("keňsk", "cldr:KE"), ("nemeck", "cldr:DE"),
          ("taliansk", "cldr:IT"), ("španielsk", "cldr:ES"), ("poľsk", "cldr:PL"),
          ("maďarsk", "cldr:HU"), ("rakúsk", "cldr:AT"), ("česk", "cldr:CZ"),
          ("slovensk", "cldr:SK"), ("rusk", "cldr:RU"), ("ukrajinsk", "cldr:UA"),
          ("japonsk", "cldr:JP"), ("tureck", "cldr:TR"), ("kanadsk", "cldr:CA"),
          ("brazílsk", "cldr:BR"), ("argentínsk", "cldr:AR"), ("egyptsk", "cldr:EG"),
          ("iránsk", "cldr:IR"), ("irack", "cldr:IQ"), ("afgansk", "cldr:AF"),
          ("austrálsk", "cldr:AU"), ("filipínsk", "cldr:PH"), ("nigérijsk", "cldr:NG"),
          ("juhoafrick", "cldr:ZA"), ("kolumbijsk", "cldr:CO"), ("peruánsk", "cldr:PE"))
DEMONYMS = {
    **{stem + e: concept for stem, concept in _STEMS for e in _ADJECTIVE_ENDINGS},
    # the masculine animate plural ("írskí", "britskí", "americkí", "gréckí")
    **{stem + "í": concept for stem, concept in _STEMS},
}
