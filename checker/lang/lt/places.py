"""Places CLDR's territory names (Babel) lack in Lithuanian: the common short and colloquial
names of a territory CLDR names otherwise, and abbreviations of a country's or a union's
name. General geography, read through `profile(lang).names.place_names`."""

from checker.lang.shared_places import AMERIKA as _AMERIKA

PLACE_NAMES = {
    "Didžioji Britanija": "cldr:GB",
    "Britanija": "cldr:GB",
    "Anglija": "cldr:gbeng",
    "Škotija": "cldr:gbsct",
    "Velsas": "cldr:gbwls",
    "Šiaurės Airija": "cldr:gbnir",
    **_AMERIKA,
    "JAV": "cldr:US",
    "Jungtinės Amerikos Valstijos": "cldr:US",
    "Europos Sąjunga": "cldr:EU",
    "ES": "cldr:EU",
    "JT": "cldr:UN",
    "Jungtinės Tautos": "cldr:UN",
    "Olandija": "cldr:NL",
    "Makedonija": "cldr:MK",
}
