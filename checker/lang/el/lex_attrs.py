"""Greek number data (num2words has no Greek): words, scale words, context."""

NUMBER_WORDS = {
    "μηδέν": 0,
    "ένα": 1,
    "ένας": 1,
    "μία": 1,
    "μια": 1,
    "δύο": 2,
    "δυο": 2,
    "τρία": 3,
    "τρεις": 3,
    "τέσσερα": 4,
    "τέσσερις": 4,
    "πέντε": 5,
    "έξι": 6,
    "επτά": 7,
    "εφτά": 7,
    "οκτώ": 8,
    "οχτώ": 8,
    "εννέα": 9,
    "εννιά": 9,
    "δέκα": 10,
    "έντεκα": 11,
    "ένδεκα": 11,  # the learned form
    "δώδεκα": 12,
    "δεκατρία": 13,
    "δεκατέσσερα": 14,
    "δεκαπέντε": 15,
    "δεκαέξι": 16,
    "δεκαεπτά": 17,
    "δεκαοκτώ": 18,
    "δεκαεννέα": 19,
    "είκοσι": 20,
    "τριάντα": 30,
    "σαράντα": 40,
    "πενήντα": 50,
    "εξήντα": 60,
    "εβδομήντα": 70,
    "ογδόντα": 80,
    "ενενήντα": 90,
    "εκατό": 100,
    "εκατόν": 100,
    "διακόσια": 200,
    "διακόσιοι": 200,
    "διακόσιες": 200,
    "τριακόσια": 300,
    "τριακόσιοι": 300,
    "τετρακόσια": 400,
    "πεντακόσια": 500,
    "εξακόσια": 600,
    "εξακόσιοι": 600,
    "επτακόσια": 700,
    "επτακόσιοι": 700,
    "οκτακόσια": 800,
    "εννιακόσια": 900,
    "χίλια": 1000,
}
MULTIPLIERS = {
    "χιλιάδες": 1000,
    "χιλιάδων": 1000,
    "χιλ": 1000,
    "εκατομμύριο": 10**6,
    "εκατομμύρια": 10**6,
    "εκατ": 10**6,
    "δισεκατομμύριο": 10**9,
    "δισεκατομμύρια": 10**9,
    "δισ": 10**9,
    # "δις" (colloquial, also written "δισ."), "δισεκ.", and the trillions
    "δις": 10**9,
    "δισεκ": 10**9,
    "τρισεκατομμύριο": 10**12,
    "τρισεκατομμύρια": 10**12,
    "τρισ": 10**12,
    "τρις": 10**12,
}
CENTURY_WORDS = ("αιώνα", "αιώνας", "αιώνες", "αιώνων", "αι.")
QUALIFIERS_BEFORE = {
    "τουλάχιστον": "at_least",
    "πάνω από": "more_than",
    "περισσότερα από": "more_than",
    "περισσότεροι από": "more_than",
    "περίπου": "about",
    "γύρω στα": "about",
    "γύρω στους": "about",
    "σχεδόν": "nearly",
    "έως": "up_to",
    "μέχρι": "up_to",
    "λιγότερα από": "less_than",
    "λιγότεροι από": "less_than",
}
PERCENT_AFTER = ("τοις εκατόν", "τοις εκατό")
YEAR_BEFORE = ("το", "στο", "από το", "έως το", "μέχρι το")
UNITS = {
    "στρατιώτ": "soldier",
    "αμάχ": "civilian",
    "άνθρωπ": "person",
    "άτομα": "person",
    "παιδιά": "child",
    "αστυνομικ": "police",
    "δολάρια": "dollar",
    "ευρώ": "euro",
    "χιλιόμετρα": "km",
    "χρόνια": "year",
    "έτη": "year",
    "μήνες": "month",
    "εβδομάδες": "week",
    "ημέρες": "day",
    "μέρες": "day",
    "ώρες": "hour",
    "λεπτά": "minute",
    # the singular and genitive forms of the same words: "ενάμιση χρόνο" (a year and a
    # half), "διάρκειας δύο μηνών", "μιάμιση ώρα"
    **dict.fromkeys(("χρόνο", "χρόνος", "χρόνου", "χρονών", "έτος", "έτους", "ετών"), "year"),
    **dict.fromkeys(("μήνα", "μήνας", "μηνών"), "month"),
    **dict.fromkeys(("εβδομάδα", "εβδομάδας", "εβδομάδων"), "week"),
    **dict.fromkeys(("ημέρα", "ημέρας", "ημερών", "μέρα", "μέρας", "ημερών"), "day"),
    **dict.fromkeys(("ώρα", "ώρας", "ωρών"), "hour"),
    **dict.fromkeys(("λεπτό", "λεπτού", "λεπτών"), "minute"),
    "κρούσματα": "case",
    "νεκρ": "death",
    "θύματα": "victim",
}

FRACTION_WORDS = {"τρίτο": 1 / 3, "τρίτα": 1 / 3, "τέταρτο": 1 / 4, "τέταρτα": 1 / 4}
FRACTION_WORDS.update({"πέμπτο": 1 / 5, "πέμπτα": 1 / 5, "δέκατο": 1 / 10, "δέκατα": 1 / 10})
FRACTION_ALONE = {f: 1 / 2 for f in ("μισό", "μισά", "μισοί", "μισές", "μισή")}
HALF_AFTER = ("και μισό", "και μισή")
NUMBER_WORDS.update({"ενάμισι": 1.5, "ενάμιση": 1.5, "μιάμιση": 1.5, "δυόμισι": 2.5})
# Case forms (read without accents, writing.ACCENTS_OPTIONAL): "τριακόσιους", "τριακοσίων",
# "χίλιους"; "εκατομμυρίων", "δισεκατομμυρίων".
WORD_ENDINGS = {"οι": ("ους", "ων", "ες", "α"), "ια": ("ιοι", "ιους", "ιων", "ιες")}
SCALE_ENDINGS = {"ιο": ("ιου", "ιων"), "ια": ("ιων",)}
NUMBER_WORDS.update({"τριών": 3, "τεσσάρων": 4})
# ... and inside the teens that end with them: "δεκατριών ετών", "δεκατεσσάρων χωρών"
NUMBER_WORDS.update({"δεκατριών": 13, "δεκατεσσάρων": 14})
# The genitive and accusative of one inside a compound number: "είκοσι ενός", "εκατόν έναν",
# "τριάντα μιας" (alone they are articles: a one alone is never read as a count)
NUMBER_WORDS.update({"ενός": 1, "έναν": 1, "μιας": 1, "μίας": 1})
# Spoken forms beside the learned ones: "δεκαεφτά", "οχτακόσια", "εννεακόσιοι" (the case
# forms come through WORD_ENDINGS like the others)
NUMBER_WORDS.update(
    {
        "δεκάξι": 16,
        "δεκαεφτά": 17,
        "δεκαοχτώ": 18,
        "δεκαεννιά": 19,
        "εφτακόσια": 700,
        "οχτακόσια": 800,
        "εννεακόσια": 900,
        "ενάμισης": 1.5,
        "ενάμιση": 1.5,
    }
)
# A whole number and a half in one word: "τρεισήμισι" 3.5 ... "δεκάμισι" 10.5
NUMBER_WORDS.update(
    {
        "δυόμιση": 2.5,
        "τρεισήμισι": 3.5,
        "τρισήμισι": 3.5,
        "τριάμισι": 3.5,  # the neuter, from "τρία": "τριάμισι χρόνια"
        "τριάμιση": 3.5,
        "τεσσερισήμισι": 4.5,
        "τεσσεράμισι": 4.5,
        "πεντέμισι": 5.5,
        "εξίμισι": 6.5,
        "εφτάμισι": 7.5,
        "επτάμισι": 7.5,
        "οχτώμισι": 8.5,
        "οκτώμισι": 8.5,
        "εννιάμισι": 9.5,
        "δεκάμισι": 10.5,
    }
)
# Letters after digits that make an ordinal, in its genders and cases: "2ος", "3η", "25ο",
# "20ό", "1ης", "2ου"
ORDINAL_SUFFIXES = ("ος", "ός", "ου", "ού", "ο", "ό", "ον", "οι", "ων", "ους", "η", "ή", "ης", "ες")
TIME_BEFORE = ("στις", "τις")  # "στις 5.30": a clock time, not a decimal
TIME_AFTER = ("μ.μ.", "π.μ.")  # "στις 3 μ.μ.": 15:00
# "στις 9 το πρωί", "στις 8 το βράδυ" (20:00, dates.PM_WORDS): a clock time
TIME_AFTER += ("το πρωί", "το απόγευμα", "το βράδυ", "τα ξημερώματα", "το μεσημέρι")
DECADE_BEFORE = ("δεκαετία του", "δεκαετίας του")  # "τη δεκαετία του '80": the 1980s
# Tens and hundreds counted in groups: "δύο δεκάδες" (20), "τρεις εκατοντάδες" (300); alone
# ("δεκάδες τραυματίες") they are vague, like every scale word alone
MULTIPLIERS.update({"δεκάδες": 10, "εκατοντάδες": 100})
HALF_BEFORE = ("μισό",)  # "μισό εκατομμύριο": 500,000
# Units in their case forms (CLDR gives the nominative): "137 χιλιομέτρων την ώρα", "250
# κιλών", "25 εκατοστών" (word starts: the genitive moves the accent)
UNITS.update(
    {
        "χιλιομέτρ": "km",
        "χιλιόμετρ": "km",
        "εκατοστ": "cm",
        "μέτρ": "m",
        "κιλ": "kg",
        "μίλι": "mile",
        "μιλί": "mile",
        "ίντσ": "inch",
        "λίτρ": "liter",
        "βαθμ": "degree",  # "38 βαθμούς Κελσίου", "40 βαθμών" (CLDR: "βαθμοί")
        "δεκαετ": "decade",
        "τρίμην": "quarter",  # "το τρίτο τρίμηνο": the third quarter, no count of months
        "τριμήν": "quarter",
        "εξάμην": "half-year",  # "το πρώτο εξάμηνο": the first half of the year
        "εξαμήν": "half-year",
        "στρέμμ": "dunam",  # 1,000 m²: "5.000 στρέμματα"  # "δύο δεκαετίες", "τριών δεκαετιών"
    }
)

# The case forms of the ordinals (CLDR spells the nominative): "του εικοστού αιώνα", "της
# τρίτης θέσης", "των πρώτων ημερών", "τους δεύτερους"
ORDINAL_WORD_ENDINGS = {
    "ος": ("ου", "ο", "οι", "ων", "ους"),
    "ός": ("ού", "ό", "οί", "ών", "ούς"),
    "η": ("ης", "ες"),
    "ή": ("ής", "ές"),
    "ο": ("ου", "α"),
    "ό": ("ού", "ά"),
}
# "εκατοστό" is the hundredth and the centimetre ("30 εκατοστά"): read as the unit only
NOT_NUMBER_WORDS = ("εκατοστό", "εκατοστά", "εκατοστού", "εκατοστών")

# Ages and spans glued to a number ("οκτάχρονο παιδί", "τριήμερη σύνοδος"): the number's
# compound form, then "-χρον-" (years) or "-ήμερ-" (days); forms written with and without
# the accent
AGE_COMPOUNDS = {"χρον": "year", "ήμερ": "day", "ημερ": "day"}
# Spans of years and months in one word: "τριετία" (three years), "πενταετής",
# "τριακονταετίας" (thirty years), "εννεάμηνο" (nine months), "τετραμήνου"; "δεκαετία" and
# "τρίμηνο" are units (a decade, a quarter: UNITS), not a count of ten years or three months
AGE_COMPOUNDS.update({"ετ": "year", "μην": "month", "μήν": "month"})
# Spans of hours: "οκτάωρη" (eight hours), "δίωρο", "του οκταώρου"; the case endings are
# part of the end so that the storeys ("οκταώροφο", "διωρόφου") are never hours
AGE_COMPOUNDS.update({end: "hour" for end in ("ωρο", "ωρου", "ωρη", "ωρης", "ωρα", "ωρων",
                                              "ωρες", "ώρου", "ώρων")})
_COMPOUND_FORMS = {
    "δί": 2, "τρί": 3, "τετρά": 4, "πεντά": 5, "εξά": 6, "επτά": 7, "εφτά": 7, "οκτά": 8,
    "οχτά": 8, "εννιά": 9, "δεκά": 10, "εντεκά": 11, "δωδεκά": 12, "δεκαπεντά": 15,
    "εικοσά": 20, "τριαντά": 30, "σαραντά": 40, "πενηντά": 50, "εξηντά": 60,
    "εβδομηντά": 70, "ογδοντά": 80, "ενενηντά": 90,
    # before "-ήμερ-": "διήμερο", "τριήμερη", "πενθήμερο", "δεκαπενθήμερο"
    "δι": 2, "τρι": 3, "τετρα": 4, "πενθ": 5, "εξα": 6, "επτα": 7, "οκτα": 8, "δεκα": 10,
    "δεκαπενθ": 15,
    # the units after a tens word: "εικοσιδυάχρονος" (22), "τριανταδυάχρονη",
    # "εικοσιτριάχρονος" (23)
    "δυά": 2, "τριά": 3,
    # the teens before "-χρον-": "δεκατριάχρονος", "δεκαεξάχρονη", "δεκαοχτάχρονο"
    "δεκατριά": 13, "δεκατετρά": 14, "δεκαεξά": 16, "δεκαοχτά": 18, "δεκαοκτά": 18,
    # the learned forms before "-ετία" and "-μηνο": "εννεάμηνο", "τριακονταετία"
    "εννεά": 9, "τριακοντα": 30, "τεσσαρακοντα": 40, "πεντηκοντα": 50, "εξηκοντα": 60,
    "εβδομηκοντα": 70, "ογδοηκοντα": 80, "ενενηκοντα": 90,
}
_PLAIN = str.maketrans("άέήίόύώ", "αεηιουω")
COMPOUND_FORMS = {**{k.translate(_PLAIN): v for k, v in _COMPOUND_FORMS.items()},
                  **_COMPOUND_FORMS}
# A half-year named by one noun: "ένα εξάμηνο" is six months ("το πρώτο εξάμηνο", after an
# ordinal, is the first half of the year: the unit of UNITS)
MONTH_SPAN_WORDS = {"εξάμην": 6, "εξαμήν": 6}
# A count out of a larger count is a share: "ένας στους πέντε" (1/5), "δύο στις τρεις"
SHARE_BETWEEN = ("στους", "στις", "στα")
# A dozen counts twelve: "μια ντουζίνα" (12), "δύο ντουζίνες" (24); "ντουζίνες" alone is
# vague like every scale word alone
MULTIPLIERS.update({"ντουζίνα": 12, "ντουζίνες": 12, "ντουζίνας": 12, "ντουζινών": 12})
# Round counts said roughly, one word each: "καμιά δεκαριά αυτοκίνητα" (about ten),
# "μια εικοσαριά" (about twenty)
APPROXIMATE_WORDS = {"δεκαριά": 10, "εικοσαριά": 20, "τριανταριά": 30, "σαρανταριά": 40,
                     "πενηνταριά": 50}

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("κόμμα",)
# the rest of a count after its scale word, in digits and with no connector: "1 εκατομμύριο
# 500 χιλιάδες" is 1.5 million, "2 χιλιάδες 300" is 2,300
DIGITS_AFTER_SCALE = True
# A multiple said as one adjective counts the times, in every gender and case: "τριπλάσιες
# από πέρσι" (three times as many), "τετραπλάσιο κόστος"; "διπλάσιος" stays unread, as the
# English "twice" and "double" are
NUMBER_WORDS.update({
    stem + end: times
    for stem, times in (("τριπλάσι", 3), ("τετραπλάσι", 4), ("πενταπλάσι", 5),
                        ("δεκαπλάσι", 10))
    for end in ("ος", "α", "ο", "οι", "ες", "ου", "ας", "ων", "ους")
})
