"""How Hungarian writes names: every case ending is glued to the name ("Budapesten",
"Kijevben", "Berlinbe"), a final "a" or "e" lengthens before it ("Manilába", "Rómában"), and
"-i" makes an adjective of a place ("debreceni", "varsói"). Hungarian names come family name
first ("Orbán Viktor"), as do Japanese and Chinese ones, and Japanese, Chinese and Russian
names are transcribed in Hungarian spelling ("Koizumi Dzsunicsiró", "Hszi Csin-ping",
"Vlagyimir Putyin")."""

SIMPLEMMA = "hu"
MIN_STEM = 3

# The case endings in both vowel harmonies (back, front, rounded front), and the adjective
# "-i" ("budapesti"): removed before matching.
ENDINGS = (
    "ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "tól", "től",
    "hoz", "hez", "höz", "nak", "nek", "nál", "nél", "val", "vel", "ig", "on", "en", "ön",
    "n", "ot", "et", "öt", "at", "t", "ért", "ként", "i", "ba", "ul", "ül",
    "iak", "iek", "iakat", "ieket", "ban", "ként",
)
# A final "a" or "e" of a name is long before an ending: "Manilába" (Manila), "Rómában",
# "Genfbe", "Prágában", "Athénben"; "Moszkvában", "Szerbiába"
ENDING_ALTERNATIONS = {
    "á" + ending: "a" for ending in ("ban", "ba", "ból", "ra", "ról", "tól", "hoz", "nak",
                                     "nál", "val", "ig", "n", "t", "ért", "i")
}
ENDING_ALTERNATIONS.update({
    "é" + ending: "e" for ending in ("ben", "be", "ből", "re", "ről", "től", "hez", "nek",
                                     "nél", "vel", "ig", "n", "t", "ért", "i")
})
CONNECTORS = ("de", "von", "van", "der", "da", "di", "bin", "ibn", "al")
NAME_LISTS = ("en",)

# Hungarian transcriptions of foreign names, as the names sound in English letters:
# "Dzsunicsiró" (Junichiro), "Kisida" (Kishida), "Sinzó" (Shinzo), "Hszi" (Xi), "Szergej"
# (Sergei), "Zsenya" (Zhenya). The key is also compared as it sounds.
SPOKEN_SPELLINGS = {"dzs": "j", "cs": "ch", "sz": "s", "zs": "zh", "s": "sh", "hsz": "x",
                    "gy": "d", "ty": "t", "ny": "n", "ly": "y", "^j": "y", "j$": "y",
                    "c": "ts"}

# Adjectives of places and their people: "kanadai", "ecuadori" (the place's name and "-i");
# the plural of people ("kanadaiak")
DEMONYM_SUFFIXES = ("i", "iak", "iek", "iaknak", "ieknek", "iakat", "ieket")

PERSON_TITLES = frozenset((
    "miniszterelnök", "elnök", "miniszter", "külügyminiszter", "államfő", "király",
    "királynő", "pápa", "nagykövet", "polgármester", "szóvivő", "főtitkár", "kancellár",
    "kormányfő", "tábornok", "professzor", "dr",
))
ORGANISATION_WORDS = frozenset((
    "bank", "hivatal", "iroda", "szolgálat", "törvényszék", "bíróság", "minisztérium",
    "párt", "szövetség", "tanács", "bizottság", "intézet", "egyetem", "főkapitányság",
    "rendőrség", "alap", "társaság", "zrt", "kft", "nyrt", "szervezet", "hatóság", "ügyészség",
    "kamara", "akadémia", "kormány", "országgyűlés",
))
PLACE_WORDS = frozenset(("főváros", "város", "megye", "vármegye", "tartomány", "ország"))

# Function words that start a sentence with a capital: never names there.
FUNCTION_WORDS = frozenset((
    "a", "az", "egy", "és", "de", "ha", "hogy", "mert", "is", "nem", "már", "még", "csak",
    "ez", "ezt", "ezzel", "ezen", "ezért", "azt", "azzal", "azon", "azért", "ott", "itt",
    "mint", "mintegy", "legalább", "több", "kevesebb", "közel", "csaknem", "mi", "ki", "mit",
    "kit", "akkor", "amikor", "mivel", "miután", "miközben", "bár", "pedig", "vagy", "sem",
    "szerint", "után", "előtt", "alatt", "során", "között", "közül", "nélkül", "miatt",
    "tavaly", "idén", "jövőre", "tegnap", "ma", "holnap", "éjszaka", "reggel", "este",
    "délután", "délelőtt", "hajnalban", "ekkor", "eddig", "most", "ugyanakkor", "emellett",
    "ezenkívül", "továbbá", "viszont", "azonban", "mégis", "így", "úgy", "minden", "mindkét",
    "néhány", "sok", "számos", "hét", "öten", "ketten", "hárman",
))
# Heads of compound nouns of institutions and abstract nouns ("törvényszék", "főkapitányság",
# "ügyészség"): an unknown word ending in one is a common noun, so an official name made of
# them ("Fővárosi Törvényszék", Metropolitan Court) is translated, not a name of its own.
COMMON_NOUN_SUFFIXES = ("ság", "ség", "szék", "hivatal", "szolgálat", "tanács", "intézet",
                        "egyetem", "minisztérium", "kamara", "iroda", "gyűlés", "kormány")
# "Orbán Viktor", "Kisida Fumio" but "Vlagyimir Putyin": the family name at either end
FAMILY_NAME_FIRST = True
