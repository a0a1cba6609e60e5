"""Polish number data: nominative words from num2words; main case forms here."""

NUM2WORDS = "pl"
NUMBER_WORDS = {
    "jedna": 1,  # feminine: "jedna trzecia" (a third)
    "jedno": 1,
    "dwóch": 2,
    "dwu": 2,
    "dwie": 2,
    "dwoma": 2,
    "trzech": 3,
    "trzem": 3,
    "czterech": 4,
    "pięciu": 5,
    "sześciu": 6,
    "siedmiu": 7,
    "ośmiu": 8,
    "dziewięciu": 9,
    "dziesięciu": 10,
    "dwudziestu": 20,
    "trzydziestu": 30,
    "czterdziestu": 40,
    "pięćdziesięciu": 50,
    "stu": 100,
    "dwustu": 200,
    "trzystu": 300,
    "pięciuset": 500,
    "siedmiuset": 700,
}
MULTIPLIERS = {
    "tysiąc": 1000,
    "tysiące": 1000,
    "tysięcy": 1000,
    "tysiąca": 1000,  # "1,5 tysiąca": genitive after a decimal
    "tys": 1000,
    "milion": 10**6,
    "miliony": 10**6,
    "milionów": 10**6,
    "miliona": 10**6,
    "milionach": 10**6,
    "mln": 10**6,
    "miliard": 10**9,
    "miliardy": 10**9,
    "miliardów": 10**9,
    "miliarda": 10**9,
    "mld": 10**9,
}
ORDINAL_DOT = True
CENTURY_WORDS = ("wiek", "wieku", "w.")
QUALIFIERS_BEFORE = {
    "co najmniej": "at_least",
    "przynajmniej": "at_least",
    "ponad": "more_than",
    "więcej niż": "more_than",
    "około": "about",
    "ok.": "about",
    "blisko": "nearly",
    "prawie": "nearly",
    "niemal": "nearly",
    "do": "up_to",
    "mniej niż": "less_than",
    "najwyżej": "at_most",
}
PERCENT_AFTER = ("proc", "procent")
RANGE_WORDS = ("do",)
YEAR_BEFORE = ("w", "od", "do", "roku")
YEAR_AFTER = ("roku", "r.", "rok")
UNITS = {
    "żołnierz": "soldier",
    "cywil": "civilian",
    "osób": "person",
    "osoby": "person",
    "ludzi": "person",
    "dzieci": "child",
    "policjant": "police",
    "procent": "percent",
    "dolar": "dollar",
    "euro": "euro",
    "złotych": "zloty",
    "zł": "zloty",
    "km": "km",
    "lat": "year",
    "rok": "year",
    "miesi": "month",
    "tygodn": "week",
    "dni": "day",
    "godzin": "hour",
    "minut": "minute",
    "przypad": "case",
    "ofiar": "victim",
}

# "połowa" alone; "jedna trzecia", "dwie trzecie" (feminine ordinals) after a count.
FRACTION_WORDS = {
    "trzecia": 1 / 3,
    "trzecie": 1 / 3,
    "trzecich": 1 / 3,
    "czwarta": 1 / 4,
    "czwarte": 1 / 4,
    "czwartych": 1 / 4,
}
FRACTION_ALONE = {
    **{f: 1 / 2 for f in ("połowa", "połowę", "połowy", "połowie", "połową")},
    **{f: 1 / 4 for f in ("ćwierć",)},
}
HALF_AFTER = ("i pół",)
NUMBER_WORDS.update({"półtora": 1.5, "półtorej": 1.5, "pół": 0.5})  # "pół miliona"
# "w latach dziewięćdziesiątych", "czterdziestych": the decade said with the plural adjective
# of its tens word
DECADE_WORD_ENDINGS = {"": ("ych", "e"), "ści": ("stych", "ste")}

# Gender and case forms of the ordinals ("druga runda", "trzeciego dnia", "piątą rocznicę"):
# soft stems take i before the ending (trzecia), velar ones do not (druga); both are made.
ORDINAL_WORD_ENDINGS = {
    "i": ("a", "ia", "ą", "ią", "ie", "iego", "iemu", "im", "iej", "ich", "imi"),
    "y": ("a", "ą", "e", "ego", "emu", "ym", "ej", "ych", "ymi"),
}

# "o 2 w nocy" (2 a.m.), "o 7 rano", "o 8 wieczorem": the time of day after the hour
TIME_AFTER = ("rano", "w nocy", "wieczorem", "po południu")
