"""Hungarian number data: the words come from num2words; their suffixed forms (accusative
"ötöt", collective "öten", attributive "két"), compounds ("háromhónapos") and the words
around numbers are here. Hungarian glues every case ending to its word ("2024-ben",
"10%-kal" after digits, with a hyphen)."""

NUM2WORDS = "hu"
GLUED_NUMBERS = True  # "háromezer", "huszonöt"

# The units with their accusative ("ötöt", "nyolcat": five, eight of them) and collective
# ("öten", "hárman": five people, three of them) forms; two is "két" before a noun.
_UNITS = {
    "kettő": (2, "kettőt", "ketten"), "két": (2, "", ""), "három": (3, "hármat", "hárman"),
    "négy": (4, "négyet", "négyen"), "öt": (5, "ötöt", "öten"), "hat": (6, "hatot", "hatan"),
    "hét": (7, "", "heten"), "nyolc": (8, "nyolcat", "nyolcan"),
    "kilenc": (9, "kilencet", "kilencen"),
}
_TENS = {
    "tíz": (10, "tízet", "tízen"), "húsz": (20, "húszat", "húszan"),
    "harminc": (30, "harmincat", "harmincan"), "negyven": (40, "negyvenet", "negyvenen"),
    "ötven": (50, "ötvenet", "ötvenen"), "hatvan": (60, "hatvanat", "hatvanan"),
    "hetven": (70, "hetvenet", "hetvenen"), "nyolcvan": (80, "nyolcvanat", "nyolcvanan"),
    "kilencven": (90, "kilencvenet", "kilencvenen"),
}
# the tens as they stand before a unit: "tizenkét" (12), "huszonöt" (25), "harmincnégy"
_TENS_BEFORE = {"tizen": 10, "huszon": 20, "harminc": 30, "negyven": 40, "ötven": 50,
                "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90}
NUMBER_WORDS = {form: value for word, (value, *forms) in (*_UNITS.items(), *_TENS.items())
                for form in forms if form and form != "heten"}
NUMBER_WORDS.update({
    tens + form: tens_value + value
    for tens, tens_value in _TENS_BEFORE.items()
    for word, (value, *forms) in (*_UNITS.items(), ("egy", (1, "egyet", "egyen")))
    for form in (word, *forms) if form
})
NUMBER_WORDS.update({
    "két": 2,
    "tizet": 10,
    # "heten" (seven people) is written as "héten" (in the week) is without its accent
    "heten": 7,
    # "egy tucat" is a dozen; "több tucat", "tucatnyi" are dozens, no count
    "egy tucat": 12,
    # "másfél" is one and a half ("másfél millió": 1.5 million)
    "másfél": 1.5,
})
# "hét" is seven and also the week ("a jövő héten", "a hét végéig"): alone it is seven only
# right before a counted noun ("hét ember", "hét hónap")
COUNTED_ONLY = ("hét",)
# Nouns news text counts, in the singular a number takes ("hét ember", "hét szakaszból"),
# with the case endings of both vowel harmonies (a form that breaks harmony never occurs)
_COUNTED_NOUNS = (
    "ember", "fő", "személy", "nap", "hónap", "év", "óra", "órá", "perc", "másodperc",
    "ország", "város", "falu", "falv", "település", "ház", "lakás", "gyermek", "gyerek",
    "diák", "katona", "rendőr", "áldozat", "sebesült", "beteg", "tag", "párt", "képviselő",
    "szavazat", "mandátum", "szakasz", "gól", "pont", "érem", "érm", "hajó", "repülőgép",
    "autó", "busz", "vonat", "tonna", "tonná", "kilométer", "méter", "forint", "euró",
    "dollár", "alkalom", "alkalomm", "éjszaka", "éjszaká", "hét", "het", "gyanúsított",
    "fogoly", "túsz", "halott", "áldozat", "tagállam", "megye", "megyé", "iskola", "iskolá",
)
_COUNTED_ENDINGS = ("", "t", "at", "et", "ot", "öt", "ből", "ból", "ben", "ban", "re", "ra",
                    "nek", "nak", "vel", "val", "en", "on", "ön", "ig", "től", "tól", "ért",
                    "ről", "ról", "hez", "hoz", "höz", "je", "ja", "a", "e", "e", "nél", "nál")
COUNTED_WORDS = tuple(noun + ending for noun in _COUNTED_NOUNS for ending in _COUNTED_ENDINGS)
MULTIPLIERS = {
    "ezer": 1000,
    "millió": 10**6,
    "milliárd": 10**9,
    "billió": 10**12,
    "ezret": 1000,
    "ezren": 1000,
    "mrd": 10**9,
    "mrd.": 10**9,
}
MULTIPLIERS.update({"milliót": 10**6, "milliárdot": 10**9, "millióra": 10**6,
                    "milliárdra": 10**9, "millióval": 10**6, "milliárddal": 10**9,
                    "millióan": 10**6, "ezerre": 1000, "ezerrel": 1000})
ALONE_VALUES = {}
# "2,5 millió", "30 ezer": digits before the scale word
DIGITS_AFTER_SCALE = True
# Spans glued to a number word: "háromhónapos" (three-month), "hatnapos", "hatórás",
# "kétéves", "hétfős" (seven-member), "négynapos"
AGE_COMPOUNDS = {"hónapos": "month", "napos": "day", "órás": "hour", "éves": "year",
                 "hetes": "week", "perces": "minute", "fős": "person", "kilométeres": "km"}
COMPOUND_FORMS = {"két": 2, "hét": 7}
# "kétszer" (twice), "háromszor" (three times), "másfélszeresére" (one and a half times as
# much): the multiplying ending in the word's vowel harmony
_TIMES = {"másfél": (1.5, "e"), "két": (2, "e"), "három": (3, "o"), "négy": (4, "e"),
          "öt": (5, "ö"), "hat": (6, "o"), "hét": (7, "e"), "nyolc": (8, "o"),
          "kilenc": (9, "e"), "tíz": (10, "e"), "húsz": (20, "o")}
_TIMES_ENDINGS = {"e": ("szer", "szeres", "szeresére", "szeresen", "szeresét"),
                  "o": ("szor", "szoros", "szorosára", "szorosan", "szorosát"),
                  "ö": ("ször", "szörös", "szörösére", "szörösen", "szörösét")}
NUMBER_WORDS.update({word + ending: value for word, (value, harmony) in _TIMES.items()
                     for ending in _TIMES_ENDINGS[harmony]})
# they count nothing after them: "kétszer annyi ember" is twice as many people, no two people
TIMES_WORDS = tuple(word + _TIMES_ENDINGS[harmony][0] for word, (_, harmony) in _TIMES.items())
# "One in ten": the tenth, the quarter, the fifth of a group, in their cases ("a háztartások
# negyedében": in one in four households; "a költségvetés negyedét": a quarter of the budget)
_PARTS = {"fel": 1 / 2, "harmad": 1 / 3, "negyed": 1 / 4, "ötöd": 1 / 5, "hatod": 1 / 6,
          "tized": 1 / 10}
_PART_ENDINGS = ("e", "ét", "ében", "ére", "éből", "éhez", "ének", "a", "át", "ában", "ára",
                 "ából", "ához", "ának")
FRACTION_ALONE = {
    part + ending: value
    for part, value in _PARTS.items()
    for ending in _PART_ENDINGS
    # the vowel of the ending follows the word's: "negyede", "harmada", "fele"
    if (ending[0] in "eé") == (part[-2] in "eéiíöőüű" or part == "fel")
    and part + ending not in ("fele", "felé", "felét", "felében", "felére")
}
# "fele": half of it ("felé", towards, is no half)
FRACTION_ALONE.update({"fele": 1 / 2, "felét": 1 / 2, "felében": 1 / 2})
# "kétharmada" (two thirds), "háromnegyede" (three quarters), and the adjectives of a
# majority ("kétharmados többség")
FRACTION_ALONE.update({
    head + part + ending: value
    for head, part, value in (("két", "harmad", 2 / 3), ("három", "negyed", 3 / 4))
    for ending in ("", "a", "e", "os", "es", "át", "ét", "ával", "ével")
})
HALF_BEFORE = ("fél", "fél-")  # "fél millió", "félmillió": half a million
HALF_AFTER = ("és fél",)  # "három és fél év": three and a half years
# The hours with the temporal ending "-kor" (at): "nyolckor" (at eight), "fél kilenckor"
# (at half past eight, dates.HALF_HOUR_BEFORE), "negyed tízkor" (9:15)
NUMBER_WORDS.update({word + "kor": value for word, value in (
    ("egy", 1), ("kettő", 2), ("két", 2), ("három", 3), ("négy", 4), ("öt", 5), ("hat", 6),
    ("hét", 7), ("nyolc", 8), ("kilenc", 9), ("tíz", 10), ("tizenegy", 11),
    ("tizenkettő", 12), ("tizenkét", 12))})
ORDINAL_DOT = True
ORDINAL_ENDINGS = ()
QUALIFIERS_BEFORE = {
    "legalább": "at_least",
    "mintegy": "about",
    "körülbelül": "about",
    "kb.": "about",
    "nagyjából": "about",
    "csaknem": "nearly",
    "közel": "nearly",
    "majdnem": "nearly",
    "több mint": "more_than",
    "kevesebb mint": "less_than",
    "legfeljebb": "at_most",
    "legföljebb": "at_most",
    "alig": "less_than",
}
QUALIFIERS_AFTER = {
    "körül": "about",
    "felett": "more_than",
    "fölött": "more_than",
    "alatt": "less_than",
    "alatti": "less_than",
    "feletti": "more_than",
}
PERCENT_AFTER = ("százalék", "százalékkal", "százalékra", "százalékos", "százalékát",
                 "százaléka", "százalékot", "százalékon", "százaléknyi", "százalékról")
RANGE_WORDS = ("és",)
YEAR_AFTER = ()
DECIMAL_WORDS = ("egész",)
# "délután 5 óra 15 perckor" (at 5:15 p.m.), "este 9 órakor", "7-kor": the hour word and
# the temporal ending "-kor" (at) after an hour
# ("-ig", "-ra" after a number are as often "up to", "to" a count: "10-re emelkedett")
TIME_AFTER = ("óra", "órakor", "óráig", "órától", "órára", "-kor")
UNITS = {
    "ember": "person",
    "fő": "person",
    "személy": "person",
    "katon": "soldier",
    "rendőr": "police",
    "gyermek": "child",
    "gyerek": "child",
    "áldozat": "death",
    "halott": "death",
    "sebesült": "injured",
    "forint": "forint",
    "ft": "forint",
    "euró": "euro",
    "eur": "euro",
    "dollár": "dollar",
    "tonn": "ton",
    "kilométer": "km",
    "km": "km",
    "méter": "m",
    "kilogramm": "kg",
    "kg": "kg",
    "fok": "degree",
    "év": "year",
    "hónap": "month",
    "nap": "day",
    "órá": "hour",
    "óra": "hour",
    "perc": "minute",
    "hét": "week",
    "hetig": "week",
}
# "a harmincas évei elején" (in his early 30s), "hetvenes éveiben" (in her seventies),
# "negyvenes férfi": a tens word with "-as/-es" is a decade
DECADE_WORD_ENDINGS = {"": ("as", "es")}
# "az 1990-es években", "a 90-es évek": a year with "-es", "-as", "-ös"
DECADE_SUFFIXES = ("-es", "-as", "-ös", "es", "as", "ös")
# ... but after digits the suffix makes an adjective of any number: "a 20-as busz" (the number
# 20 bus), "a 7-es villamos", "a 40-es főút": a decade only before the plural of "év" (year),
# a function word ("a 80-as és 90-es években"), a comma or nothing
DECADE_AFTER = ("évek", "évekre", "években", "évekből", "évekig", "évekhez", "évekbeli",
                "évekét", "évei", "éveiben", "éveit", "éveire", "éveiből", "éveinek",
                "évtized", "évtizedben", "évtizedet", "évtizedre", "évtizedből", "évtizedig",
                "évtizedhez", "évtizedbeli", "évtizedének", "évtizedében")
DECADE_ORDINAL_ENDINGS = {"-as": ("",), "-es": ("",), "-os": ("",), "-ös": ("",)}
CENTURY_WORDS = ("század", "században", "századi", "századot", "századra")
# "minden negyedik magyar": every fourth Hungarian, one in four (1/4)
SHARE_EVERY = ("minden",)
