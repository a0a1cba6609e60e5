"""Serbian number data (Latin; Cyrillic forms are derived with cyrtranslit).
num2words gives nominative words; case forms and Serbian scale words are here
(num2words says "bilion" for 10^9; Serbian says "milijarda")."""

from checker.lang.sr import both as _both
from checker.lang.sr import cyrillic as _cyrillic

NUM2WORDS = "sr"
TRANSLITERATE = "sr"  # every number word also in Cyrillic


NUMBER_WORDS = _both(
    {
        "dvoje": 2,
        "dvojica": 2,
        "dvaju": 2,
        "dvema": 2,
        "troje": 3,
        "trojica": 3,
        "triju": 3,
        "trima": 3,
        "četvoro": 4,
        "četvorica": 4,
        "petoro": 5,
        "petorica": 5,
        "šestoro": 6,
        "šestorica": 6,
        "sedmoro": 7,
        "sedmorica": 7,
        "desetoro": 10,
        "nula": 0,
        "stotinu": 100,
        "dvije": 2,
        "dve": 2,
        "jedna": 1,
        "jedno": 1,
        "dvjesto": 200,
        "dvjesta": 200,
        "sedamnaest": 17,
        # "dvesto", "tristo" beside "dvesta", "trista" (num2words gives these only)
        "dvesto": 200,
        "tristo": 300,
        # the neuter ordinal ("šesto mesto": sixth place); 600 is "šeststo", which CLDR
        # gives (num2words writes "šesto" for it)
        "šesto": 6,
    }
)
MULTIPLIERS = _both(
    {
        "stotina": 100,
        "stotine": 100,
        "hiljadu": 1000,
        "hiljade": 1000,
        "hiljada": 1000,
        "tisuću": 1000,
        "tisuće": 1000,
        "tisuća": 1000,
        "hilj": 1000,
        "milion": 10**6,
        "miliona": 10**6,
        "milioni": 10**6,
        "milionima": 10**6,
        "milijun": 10**6,
        "milijuna": 10**6,
        "mil": 10**6,
        "mln": 10**6,  # "10 mln" ("10 млн"), as CLDR's compact "mil." is
        "miliona dinara": 10**6,
        "milijarda": 10**9,
        "milijarde": 10**9,
        "milijardi": 10**9,
        "mlrd": 10**9,
        "bilion": 10**12,
        "biliona": 10**12,
    }
)
# Case forms of the scale words ("hiljadama", "milionom", "milijardama"; Cyrillic by
# transliteration) and the approximate "-ak" of round numbers ("dvadesetak": about twenty).
SCALE_ENDINGS = {"a": ("u", "e", "i", "om", "ama"), "": ("a", "e", "i", "u", "om", "ima")}
WORD_ENDINGS = {"set": ("setak",), "naest": ("naestak",)}
APPROXIMATE_ENDINGS = _both(("setak", "naestak"))
# "stotinak ljudi": about a hundred, a word of its own
APPROXIMATE_WORDS = _both({"stotinak": 100, "stotinjak": 100})  # and the western "stotinjak"
# Ages and spans glued to a number word: "dvadesetpetogodišnji" (25-year-old),
# "tridesetogodišnjak", "petogodišnji" (the number word, a linking "o", then "godišnj-")
AGE_COMPOUNDS = _both({"godišnj": "year"})
COMPOUND_FORMS = _both({"jedno": 1, "dvo": 2, "tro": 3, "četvoro": 4, "sedmo": 7, "osmo": 8})
NOT_ALONE = _both(("mil",))
CONNECTORS = _both(("i",))
# counts of more than one without a number: "several hours and 20 minutes" is no hour
VAGUE_QUANTITIES = _both(("nekoliko", "par", "više", "mnogo", "puno", "desetine", "nekolike"))
ORDINAL_DOT = True
# the case forms of a century, ekavian, ijekavian and western: "u XVI vijeku", "XX stoljećem"
CENTURY_WORDS = _both(("vek", "veka", "veku", "vekom", "stoljeće", "stoljeća", "stoljeću",
                       "stoljećem", "vijek", "vijeka", "vijeku", "vijekom",
                       # counted: "osam vekova" (eight centuries), "pre dva veka"
                       "vekova", "vijekova", "vekovima", "vijekovima", "stoljećima"))
QUALIFIERS_BEFORE = _both(
    {
        "najmanje": "at_least",
        "bar": "at_least",
        "barem": "at_least",
        "makar": "at_least",
        "više od": "more_than",
        "preko": "more_than",
        "oko": "about",
        "otprilike": "about",
        "približno": "about",
        "tek nešto više od": "more_than",
        "skoro": "nearly",
        "gotovo": "nearly",
        "blizu": "nearly",
        "do": "up_to",
        "čak": "up_to",
        "najviše": "at_most",
        "manje od": "less_than",
        "ispod": "less_than",
    }
)
QUALIFIERS_AFTER = {}
PERCENT_AFTER = _both(("odsto", "posto", "procen", "postotak", "postotaka", "postotna"))
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = _both(("poen", "poena", "poene", "procentni poen", "procentnih poena",
                     "postotni bod", "postotnih bodova", "bod", "boda", "bodova"))
RANGE_WORDS = _both(("do",))
YEAR_BEFORE = _both(("u", "od", "do", "tokom", "iz", "početkom", "krajem", "sredinom"))
YEAR_AFTER = _both(("godine", "godini", "godina", "godinu", "god.", "g."))
# the hour word in its forms after every count ("u 21 čas", "u 1 sat", "u 14 č"), and the
# parts of the day ("u 10 pre podne": 10 a.m.)
TIME_AFTER = _both(
    ("časova", "časa", "čas", "č", "sati", "sata", "sat", "h", "posle podne", "popodne",
     "po podne", "uveče", "ujutru", "ujutro", "pre podne", "prepodne", "prijepodne",
     "poslepodne", "poslije podne", "poslijepodne", "prije podne", "uvečer", "naveče",
     "navečer")
)
# "u 15.30", "oko 10.00": after "at" or "about", an hour and minutes with a dot are a clock
# time (Serbian writes decimals with a comma)
TIME_BEFORE = _both(("u", "oko"))
UNITS = _both(
    {
        "vojni": "soldier",
        "vojsk": "soldier",
        "trup": "soldier",
        "civil": "civilian",
        "ljud": "person",
        "osob": "person",
        "lica": "person",
        "stanovni": "person",
        "dec": "child",
        "djec": "child",
        "polic": "police",
        "odsto": "percent",
        "posto": "percent",
        "dolar": "dollar",
        "evr": "euro",
        "eur": "euro",
        "dinar": "dinar",
        "km": "km",
        "kilometar": "km",
        "kilometr": "km",
        "metar": "m",
        "metr": "m",
        "kilogram": "kg",
        "tona": "ton",
        "godin": "year",
        "decenij": "decade",
        "mesec": "month",
        "mjesec": "month",
        "nedelj": "week",
        "sedmic": "week",
        "tjed": "week",
        "dan": "day",
        "sat": "hour",
        "minut": "minute",
        "slučaj": "case",
        "mrtv": "death",
        "poginul": "death",
        "žrtv": "victim",
    }
)
# "posto" (percent) does not inflect: the stem alone, never "postojanja" (of existence)
UNIT_ENDINGS = _both({"posto": ("",)})

# Fractions ("polovina", "trećina") are numbers alone; "dve trećine" after a count.
FRACTION_ALONE = _both({
    **{"polovin" + e: 1 / 2 for e in ("a", "u", "e", "i", "om")},
    **{"trećin" + e: 1 / 3 for e in ("a", "u", "e", "i", "om")},
    **{"četvrtin" + e: 1 / 4 for e in ("a", "u", "e", "i", "om")},
})
# Ordinal words in their gender and case forms: "po peti put", "petog dana".
_ORDINAL_STEMS = {
    "prv": 1,  # "prvog jula": 1 is a day in a date only, never a number of its own
    "drug": 2,  # "drugi" is "other" as often as "second": NOT_NUMBER_WORDS keeps it a day only
    "treć": 3,
    "četvrt": 4,
    "pet": 5,
    "šest": 6,
    "sedm": 7,
    "osm": 8,
    "devet": 9,
    "deset": 10,
    "jedanaest": 11,
    "dvanaest": 12,
    "trinaest": 13,
    "četrnaest": 14,
    "petnaest": 15,
    "šesnaest": 16,
    "sedamnaest": 17,
    "osamnaest": 18,
    "devetnaest": 19,
    "dvadeset": 20,
    "trideset": 30,
    "stot": 100,
    # the hundreds of anniversaries: "dvestota godišnjica" (200th), "osamstoti rođendan"
    "dvestot": 200, "tristot": 300, "četiristot": 400, "petstot": 500, "šeststot": 600,
    "sedamstot": 700, "osamstot": 800, "devetstot": 900, "hiljadit": 1000,
}
_ORDINAL_ENDINGS = ("i", "a", "o", "og", "oga", "om", "oj", "e", "u", "ih", "im")
# after a soft consonant the masculine and neuter endings take e for o: "trećeg", "trećem"
_SOFT_ORDINAL_ENDINGS = ("eg", "ega", "em", "emu")
# and the days of the twenties and thirty-first written as one word, as often as in two:
# "dvadesetprvog", "dvadesettrećeg", "tridesetprvog" (beside "dvadeset prvog")
_ORDINAL_STEMS.update({tens + stem: tens_value + value
                       for tens, tens_value in (("dvadeset", 20), ("trideset", 30))
                       for stem, value in list(_ORDINAL_STEMS.items())
                       if value < (10 if tens_value == 20 else 2)})
ORDINAL_WORDS = _both({
    stem + ending: value
    for stem, value in _ORDINAL_STEMS.items()
    for ending in (*_ORDINAL_ENDINGS, *(_SOFT_ORDINAL_ENDINGS if stem.endswith("ć") else ()))
    if stem + ending not in NUMBER_WORDS
})
# Collective numerals ("sedmero djece", "troje ljudi", "dvojica vojnika"): -ero (hr) and
# -oro (sr) forms, and the masculine -ica nouns.
_COLLECTIVE = {
    2: ("dvoje", "dvojica", "dvojicu", "dvojice"),
    3: ("troje", "trojica", "trojicu", "trojice"),
    4: ("četvero", "četvoro", "četvorica", "četvoricu", "četvorice"),
    5: ("petero", "petoro", "petorica", "petoricu", "petorice"),
    6: ("šestero", "šestoro", "šestorica", "šestoricu"),
    7: ("sedmero", "sedmoro", "sedmorica", "sedmoricu"),
    8: ("osmero", "osmoro", "osmorica", "osmoricu"),
    9: ("devetero", "devetoro", "devetorica"),
    10: ("desetero", "desetoro", "desetorica"),
}
# the masculine -ica nouns in every case: "sa dvojicom kolega" (instrumental),
# "prišao je trojici policajaca" (dative)
for _value, _forms in _COLLECTIVE.items():
    for _form in _forms:
        NUMBER_WORDS.setdefault(_form, _value)
        if _form.endswith("ica"):
            for _ending in ("u", "e", "om", "i"):
                NUMBER_WORDS.setdefault(_form[:-1] + _ending, _value)
NUMBER_WORDS = _both(NUMBER_WORDS)
HALF_AFTER = _both(("i po", "i pol"))  # "četiri i po hiljade": 4,500; "milion i po"
# "drugi" is "other" as often as "second" (CLDR's spell-out rules give it as the ordinal)
NOT_NUMBER_WORDS = _both(
    tuple("drug" + e for e in ("i", "a", "o", "og", "oga", "om", "oj", "e", "u", "ih", "im"))
)
# "devedesetih", "osamdesete godine": the decade said with the plural adjective of its tens
# word (Cyrillic by transliteration)
DECADE_WORD_ENDINGS = {"": ("ih", "e")}
HALF_BEFORE = _both(("pola",))  # "pola miliona": 500,000
# "90-ih", "90-te godine", "u 90-im godinama", "u 90-ima" (both scripts): the 1990s
DECADE_SUFFIXES = _both(("ih", "tih", "e", "te", "im", "ima"))
# ... but "-e" and "-im" are also the ordinal's (the feminine genitive, the masculine
# instrumental): before a noun that agrees with the ordinal, "dvadesete obljetnice" is of the
# 20th anniversary and "s 90-im rođendanom" the 90th birthday; "devedesete godine",
# "devedesete su", "u 90-im godinama" stay decades
# (the feminine genitives "-ice", "-ne", "-te", "-ke", "-nde": "obljetnice", "sezone",
# "minute", "utakmice", "runde"; not every "-e": "devedesete pamti", "piše", "opisuje" are
# verbs after the decade)
_DECADE_ORDINAL = {"e": ("ice", "ne", "te", "ke", "nde"), "im": ("om", "em")}
DECADE_ORDINAL_ENDINGS = {form: _both(nouns) for ending, nouns in _DECADE_ORDINAL.items()
                          for form in (ending, _cyrillic(ending))}
# ... and a verb after the decade ("Devedesete pamte ratove", "Sedamdesete donose"): the
# word list's lemma is its infinitive (the lemmas are Latin in both scripts)
VERB_LEMMA_ENDINGS = ("ti", "ći")

# "jedan od pet" (one in five), "dvoje od troje" (2/3); "svaki peti" (every fifth) is 1/5
SHARE_BETWEEN = _both(("od",))
SHARE_EVERY = _both(("svaki", "svaka", "svako", "svakog", "svakoga", "svakom", "svakome",
                     "svakoj", "svaku"))
# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = _both(("zarez",))
