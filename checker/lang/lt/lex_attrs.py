"""Lithuanian number data: the nominative words come from CLDR's spell-out rules; their case
forms, the ordinals and the words around numbers are here."""

# The case forms of "du" (two) and "trys" (three), too short for WORD_ENDINGS: "dviejų",
# "dviem", "dvi"; "trijų", "trims", "tris", "trimis".
NUMBER_WORDS = {
    "du": 2,
    "dvi": 2,
    "dviejų": 2,
    "dviem": 2,
    "dviems": 2,
    "dviemis": 2,
    "trys": 3,
    "trijų": 3,
    "trims": 3,
    "tris": 3,
    "trimis": 3,
    "trijuose": 3,
    "dešimt": 10,
    # the collective numbers that count nouns used only in the plural ("septynerius metus":
    # seven years; "dvejų metų", "ketverių metų")
    **{stem + end: value for stem, value in (("dvej", 2), ("trej", 3))
       for end in ("i", "us", "ų", "iems", "ais", "uose", "os", "as", "oms", "omis")},
    **{stem + end: value
       for stem, value in (("ketver", 4), ("penker", 5), ("šešer", 6), ("septyner", 7),
                           ("aštuoner", 8), ("devyner", 9))
       for end in ("i", "ius", "ių", "iems", "iais", "iuose", "ios", "ias", "ioms", "iomis")},
}
# "pusantro milijono": one and a half million, "pusantrų metų"
NUMBER_WORDS.update({"pusantr" + e: 1.5 for e in ("o", "os", "ų", "ą", "ai", "u", "a")})
# "pusė milijono": half a million
HALF_BEFORE = ("pusė", "pusės", "pusę", "puse")
# "pusė rinkėjų" (half of the voters), "trečdalis" (a third), "ketvirtadalis" (a quarter), in
# their cases
_PART_ENDINGS = ("is", "io", "iui", "į", "iu", "yje", "iai", "ių", "ius", "iais")
FRACTION_ALONE = {
    **{"pus" + e: 1 / 2 for e in ("ė", "ės", "ei", "ę", "e", "ėje")},
    **{"trečdal" + e: 1 / 3 for e in _PART_ENDINGS},
    **{"ketvirtadal" + e: 1 / 4 for e in _PART_ENDINGS},
    **{"penktadal" + e: 1 / 5 for e in _PART_ENDINGS},
}
# "du trečdaliai" (two thirds), "trys ketvirtadaliai": after a count
FRACTION_WORDS = {
    **{"trečdal" + e: 1 / 3 for e in ("iai", "ių", "ius", "iais")},
    **{"ketvirtadal" + e: 1 / 4 for e in ("iai", "ių", "ius", "iais")},
}
# Case endings of the counts four to nine ("keturi", "šeši", "devynios": "keturių",
# "šešiems", "penkis", "devyniais", "devynioms"), of the teens ("vienuolika":
# "vienuolikos") and of the tens ("dešimt", "penkiasdešimt": "penkiasdešimties").
WORD_ENDINGS = {
    "i": ("ių", "iems", "is", "iais", "iuose"),
    "ios": ("ių", "ioms", "ias", "iomis", "iose"),
    "lika": ("likos", "likai", "likoje"),
    "dešimt": ("dešimties", "dešimčiai", "dešimčia", "dešimtyje", "dešimčių"),
}
MULTIPLIERS = {
    "šimtas": 100,
    "šimto": 100,
    "šimtui": 100,
    "šimtą": 100,
    "šimtu": 100,
    "šimtai": 100,
    "šimtų": 100,
    "šimtams": 100,
    "šimtus": 100,
    "šimtais": 100,
    "tūkstantis": 1000,
    "tūkstantį": 1000,
    "tūkstančiui": 1000,
    "tūkstančiu": 1000,
    "tūkstančiams": 1000,
    "tūkstančius": 1000,
    "tūkstančiais": 1000,
    "tūkst": 1000,
}
# "milijonas": "milijoną", "milijonus", "milijonams" (CLDR gives the nominative and genitive)
SCALE_ENDINGS = {"as": ("ą", "ui", "u", "e", "us", "ams", "ais", "uose")}
NOT_ALONE = ("tūkst",)
# A scale word in the singular alone is one of it ("milijonas gyventojų": a million
# inhabitants, "tūkstantį eurų"); after a count it multiplies
ALONE_VALUES = {"šimtas": 100, "šimtą": 100, "tūkstantis": 1000, "tūkstantį": 1000,
                "milijonas": 10**6, "milijoną": 10**6, "milijardas": 10**9, "milijardą": 10**9}
QUALIFIERS_BEFORE = {
    "mažiausiai": "at_least",
    "bent": "at_least",
    "ne mažiau kaip": "at_least",
    "daugiau nei": "more_than",
    "daugiau kaip": "more_than",
    "per": "more_than",
    "virš": "more_than",
    "apie": "about",
    "maždaug": "about",
    "beveik": "nearly",
    "vos ne": "nearly",
    "iki": "up_to",
    "mažiau nei": "less_than",
    "mažiau kaip": "less_than",
    "ne daugiau kaip": "at_most",
}
PERCENT_AFTER = ("proc", "procentų", "procentai", "procentus", "procento")
RANGE_WORDS = ("iki",)
YEAR_AFTER = ("m",)
CENTURY_WORDS = ("amžius", "amžiaus", "amžiuje", "amžių", "a.")  # "XX a. pabaigoje"
UNITS = {
    "kari": "soldier",
    "civili": "civilian",
    "žmon": "person",
    "asmen": "person",
    "vaik": "child",
    "polici": "police",
    "pareigūn": "police",
    "proc": "percent",
    "dolerių": "dollar",
    "eur": "euro",
    "km": "km",
    "met": "year",
    "mėnes": "month",
    "savait": "week",
    "dien": "day",
    "val": "hour",
    "valand": "hour",
    "minuč": "minute",
    "aukų": "victim",
    "auk": "victim",
}
# "16 val.", "16 valandą": the hour word after a clock hour
TIME_AFTER = ("val.", "valandą", "valandos")

# CLDR has no Lithuanian ordinals: the first ten, with their gender, case and definite forms
# ("penktas", "penktoji", "trečiajame", "antrą kartą").
ORDINAL_WORDS = {
    "pirmas": 1,
    "antras": 2,
    "trečias": 3,
    "ketvirtas": 4,
    "penktas": 5,
    "šeštas": 6,
    "septintas": 7,
    "aštuntas": 8,
    "devintas": 9,
    "dešimtas": 10,
}
ORDINAL_WORD_ENDINGS = {
    "as": ("a", "o", "ui", "ą", "u", "e", "ai", "ų", "ams", "us", "ais", "uose", "os", "ai",
           "oje", "oms", "as", "omis", "ose", "asis", "oji", "ojo", "ajam", "ąjį", "uoju",
           "ajame", "osios", "ajai", "ąją", "ąja", "ojoje", "ieji", "ųjų", "iesiems", "uosius",
           "aisiais", "uosiuose"),
}
# "kas penktas" (every fifth) is one in five, 1/5
SHARE_EVERY = ("kas",)
