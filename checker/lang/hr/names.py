"""How Croatian writes names: as Serbian does in Latin letters (the same case endings are
removed before matching: "u Oslu", "Tokiju", "Njemačke", "s Vijetnamom"; the same demonym
endings: "američki", "kineskom", "čileanskoj"), with the Croatian words of a kind of name
(titles "predsjednik", "veleposlanik"; "sveučilište", "vijeće", "sabor") and the Croatian
function words that open sentences. Bosnian shares the Serbian endings through its own file."""

from checker.lang.sr.names import CONNECTORS as _SERBIAN_CONNECTORS
from checker.lang.sr.names import (  # noqa: F401  one language family, one set of endings
    DEMONYM_SUFFIXES,
    LETTER_VARIANTS,
    MIN_STEM,
    NAME_LISTS,
    SIMPLEMMA,
    WORD_LIST_LATIN,
)
from checker.lang.sr.names import ENDINGS as _SERBIAN_ENDINGS
from checker.lang.sr.names import FUNCTION_WORDS as _SERBIAN_FUNCTION_WORDS
from checker.lang.sr.names import ORGANISATION_WORDS as _SERBIAN_ORGANISATION_WORDS
from checker.lang.sr.names import PERSON_TITLES as _SERBIAN_PERSON_TITLES
from checker.lang.sr.names import PLACE_WORDS as _SERBIAN_PLACE_WORDS

# The Serbian endings, and those a foreign name ending in a vowel takes ("u Tokiju",
# "iz Tokija", "Tokijem"; "u Oslu" is the Serbian "u"), the plural of an island country's
# name ("na Filipinima", "s Maldiva"). Not "ski": a capitalised adjective opening a sentence
# ("Portugalski trener") is the adjective, not the country ("Portugal") with a case ending
ENDINGS = (*(e for e in _SERBIAN_ENDINGS if e != "ski"),
           "ju", "ja", "jem", "iji", "ije", "ijom", "ima", "ama")

# Croatian keeps a foreign name's own spelling: "Ursula von der Leyen", "Vincent van Gogh"
CONNECTORS = (*_SERBIAN_CONNECTORS, "von", "van", "di", "del", "della", "le", "la")

# Croatian words that start sentences with a capital and are never names there (the
# Serbian list, ekavian, lacks the ijekavian and Croatian forms)
FUNCTION_WORDS = _SERBIAN_FUNCTION_WORDS | frozenset((
    "ako", "ali", "bez", "bilo", "budući", "da", "dakle", "dok", "gdje", "iako", "ili", "iz",
    "između", "kada", "kad", "kako", "koja", "koje", "koji", "kojima", "među", "na", "nakon",
    "naime", "nije", "niti", "no", "ova", "ovaj", "ove", "ovi", "ovo", "ovog",
    "ovoga", "ovom", "ovome", "ovoj", "oko", "osim", "pa", "po", "pod", "pored", "posljednjih",
    "poslije", "prema", "pri", "prije", "prošle", "prošlog", "prošlu", "s", "sa", "sada", "sve",
    "svi", "tada", "takav", "također", "tako", "te", "tijekom", "to", "u", "unatoč", "uz",
    "vrlo", "za", "zatim", "zbog", "što", "čak", "jučer", "danas", "sutra", "ondje", "ovdje",
    "ipak", "međutim", "tek", "već", "više", "uoči", "usprkos", "gotovo", "oko", "najmanje",
    "njegov", "njegova", "njezin", "njezina", "njihov", "njihova", "jedan", "jedna", "jedno",
))

# Kinds of names (checker/compare/name_kinds.py): a name changed into another only of its kind.
PERSON_TITLES = _SERBIAN_PERSON_TITLES | frozenset((
    "predsjednik", "predsjednica", "predsjednika", "veleposlanik", "veleposlanica",
    "glasnogovornik", "glasnogovornica", "premijerka", "ministrica", "zastupnik",
    "zastupnica", "redatelj", "redateljica", "pjevač", "pjevačica", "sudac", "sutkinja",
    "tužitelj", "tužiteljica", "izaslanik", "izaslanica", "čelnik", "čelnica", "nadbiskup",
    "kardinal", "dužnosnik", "dužnosnica", "župan", "gradonačelnica", "povjerenik",
    "povjerenica", "kancelarka", "izbornik", "vratar", "napadač", "tenisač", "tenisačica",
))
ORGANISATION_WORDS = _SERBIAN_ORGANISATION_WORDS | frozenset((
    "sveučilište", "vijeće", "sabor", "vlada", "zaklada", "udruga", "tvrtka", "zavod",
    "povjerenstvo", "bolnica", "veleposlanstvo", "ured", "sindikat", "akademija",
))
# Words right before a place's name (locative prepositions, "capital")
PLACE_WORDS = _SERBIAN_PLACE_WORDS | frozenset((
    "glavnom", "gradu", "pokrajina", "regija", "otok", "otoku", "županija", "kod", "prema",
))
