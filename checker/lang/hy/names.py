"""How Armenian writes names: case endings and the article glued to the name ("Երևանում" in
Yerevan, "Փարիզից" from Paris, "Մոսկվայի" of Moscow, "Փաշինյանը" Pashinyan with the article,
"Ֆրանսիան", "Մակրոնին", "Բայդենով"), and the digraph "ու" read as "u"."""

MIN_STEM = 3

# Genitive-dative -ի (-յի after a vowel: "Մոսկվայի"), dative with the article -ին,
# locative -ում (-յում), ablative -ից (-յից), instrumental -ով (-յով), the article -ը / -ն,
# the genitive -ու of some names and the plural -ներ with its cases.
_CASES = ("ի", "ին", "ում", "ից", "ով", "ը", "ն")
ENDINGS = tuple(dict.fromkeys((
    *_CASES,
    *("յ" + e for e in _CASES if e not in ("ը", "ն")),
    "ու", "ուն", "ներ", "ները", "ների", "ներին", "ներում", "ներից", "ներով",
)))
# "ու" writes the vowel u (anyascii: "ow"); "և" is "ev".
LETTER_GROUPS = {"ու": "u", "Ու": "U", "և": "ev"}
CONNECTORS = ("ֆոն", "դե", "վան", "von", "van", "der", "de")

# Titles before a person's name (lower case): the name names a person.
PERSON_TITLES = frozenset((
    "նախագահ", "նախագահը", "վարչապետ", "վարչապետը", "նախարար", "նախարարը", "փոխնախարար",
    "փոխվարչապետ", "քաղաքապետ", "քաղաքապետը", "պատգամավոր", "դեսպան", "դեսպանը",
    "գեներալ", "կանցլեր", "պարոն", "տիկին", "պրոֆեսոր", "դատավոր", "դատախազ", "խոսնակ",
    "խոսնակը", "քարտուղար", "քարտուղարը", "կաթողիկոս", "թագավոր", "ղեկավար", "ղեկավարը",
))
# Words that make a name an organisation's (lower case).
ORGANISATION_WORDS = frozenset((
    "կուսակցություն", "կուսակցության", "նախարարություն", "նախարարության", "կոմիտե",
    "խորհուրդ", "խորհրդի", "ժողով", "ժողովը", "ժողովի", "բանկ", "բանկը", "համալսարան",
    "ընկերություն", "գործակալություն", "դաշինք", "դատարան",
))
# Words right before a place's name (lower case).
PLACE_WORDS = frozenset(("քաղաք", "քաղաքում", "մարզ", "մարզում", "մայրաքաղաք"))

# Endings that make an adjective or demonym of a place's name ("ֆրանսիական").
DEMONYM_SUFFIXES = ("ական", "ցի", "ցիներ", "ցիները")
# The locative, the ablative and the article after a consonant go on a name's last word
# only: a capitalised word after one starts another name ("Էրդողանը Անկարայում"); the
# genitive "-ի" is left out ("Հայաստանի Հանրապետություն" is one name), and so are endings
# a name's own last letters often spell ("Պուտին", "Լավրով", "Երևան").
CLOSING_ENDINGS = ("ում", "ից", "յում", "յից", "ը")
# A name ending in "-ու" writes it "-վ" before a case ending that starts with a vowel
# ("Բաքու": "Բաքվում" in Baku, "Բաքվի", "Բաքվից").
ENDING_ALTERNATIONS = {"վ" + e: "ու" for e in ("ում", "ից", "ի", "ին", "ով")}
