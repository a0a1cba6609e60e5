"""Ukrainian number data: nominative words from num2words; main case forms here."""

NUM2WORDS = "uk"
# Ordinals in their case and gender forms: "п'ятого грудня", "першого", "третьої".
ORDINAL_WORD_ENDINGS = {
    "ий": ("ого", "ому", "им", "ім", "а", "ої", "ій", "у", "е", "і", "их", "ими"),
    "ій": ("ього", "ьому", "ім", "я", "ьої", "ю", "є", "і", "іх"),
}
NUMBER_WORDS = {
    "дві": 2,
    "одна": 1,
    "одну": 1,
    "одне": 1,
    "одного": 1,
    "двох": 2,
    "двом": 2,
    "двома": 2,
    "трьох": 3,
    "трьом": 3,
    "трьома": 3,
    "чотирьох": 4,
    "п'яти": 5,
    "п’яти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "дев'яти": 9,
    "дев’яти": 9,
    "десяти": 10,
    "двадцяти": 20,
    "тридцяти": 30,
    "сорока": 40,
    "п'ятдесяти": 50,
    "п’ятдесяти": 50,
    "шістдесяти": 60,
    "сімдесяти": 70,
    "вісімдесяти": 80,
    "дев'яноста": 90,
    "ста": 100,
    "двохсот": 200,
    "трьохсот": 300,
    "п'ятисот": 500,
    "семисот": 700,
}
MULTIPLIERS = {
    "тисяча": 1000,
    "тисячі": 1000,
    "тисяч": 1000,
    "тис": 1000,
    "мільйон": 10**6,
    "мільйона": 10**6,
    "мільйонів": 10**6,
    "мільйони": 10**6,
    "мільярди": 10**9,
    "млн": 10**6,
    "мільярд": 10**9,
    "мільярда": 10**9,
    "мільярдів": 10**9,
    "млрд": 10**9,
}
# Case forms: "двадцятьох", "п'ятьма", "десяти"; "тисячею", "мільйонами".
WORD_ENDINGS = {"ь": ("ьох", "ьом", "ьма", "и")}
SCALE_ENDINGS = {
    "а": ("у", "ею", "і", "", "ам", "ами", "ах"),
    "": ("а", "ів", "ом", "і", "и", "ам", "ами", "ах"),
}
CENTURY_WORDS = ("століття", "столітті", "століттям", "століть", "сторіччя", "сторіччі",
                 "сторіччям", "ст.")  # case forms
# ... and the plural's instrumental and locative: "XVIII і XIX століттями", "у XX-XXI
# століттях"
CENTURY_WORDS += ("століттями", "століттях", "сторіччями", "сторіччях")
QUALIFIERS_BEFORE = {
    "щонайменше": "at_least",
    "принаймні": "at_least",
    "не менше": "at_least",
    "понад": "more_than",
    "більше": "more_than",
    "більш ніж": "more_than",
    "близько": "about",
    "приблизно": "about",
    "майже": "nearly",
    "до": "up_to",
    "менше": "less_than",
    "не більше": "at_most",
}
PERCENT_AFTER = ("відсот", "процент")  # "12 відсотків", also "12 процентів"
RANGE_WORDS = ("до",)
YEAR_BEFORE = ("у", "в", "з", "до", "від")
YEAR_AFTER = ("році", "року", "рік", "р.")
# the plural after the second year of a span: "у 2020–2022 роках", "2020–2022 роки", "рр."
YEAR_AFTER += ("роках", "роки", "рр.")
UNITS = {
    "військов": "soldier",
    "солдат": "soldier",
    "цивільн": "civilian",
    "людей": "person",
    "осіб": "person",
    "дітей": "child",
    "відсот": "percent",
    "долар": "dollar",
    "євро": "euro",
    "гривень": "hryvnia",
    "гривні": "hryvnia",
    "км": "km",
    "років": "year",
    "рок": "year",
    "місяц": "month",
    "тижн": "week",
    "днів": "day",
    "доб": "day",  # "дві доби" (two 24-hour days)
    "діб": "day",
    "годин": "hour",
    "хвилин": "minute",
    "випад": "case",
    "загибл": "death",
}

FRACTION_ALONE = {
    **{f: 1 / 2 for f in ("половина", "половину", "половини", "половині", "половиною")},
    **{f: 1 / 3 for f in ("третина", "третину", "третини", "третині", "третиною")},
    **{f: 1 / 4 for f in ("чверть", "чверті", "чвертю")},
}
HALF_AFTER = ("з половиною", "із половиною")
NUMBER_WORDS.update({"півтора": 1.5, "півтори": 1.5, "півтораста": 150})
TIME_AFTER = ("годині", "год.", "вечора", "ранку")  # "о 15 годині", "о 8 вечора"
# Collective numbers for people: "троє людей", "п'ятеро дітей" (and their case forms).
NUMBER_WORDS.update(
    {
        stem + ending: value
        for stem, value in {
            "дво": 2, "тро": 3, "четвер": 4, "п'ятер": 5, "шестер": 6, "семер": 7,
            "восьмер": 8, "дев'ятер": 9, "десятер": 10,
        }.items()
        for ending in ("є", "о", "х", "м", "ма", "ьох", "ом", "ьом")
    }
)
# The teens and round tens have collective forms too: "одинадцятеро", "двадцятеро"
NUMBER_WORDS.update(
    {
        stem + "теро": value
        for stem, value in {
            "одинадця": 11, "дванадця": 12, "тринадця": 13, "чотирнадця": 14,
            "п'ятнадця": 15, "п’ятнадця": 15, "шістнадця": 16, "сімнадця": 17,
            "вісімнадця": 18, "дев'ятнадця": 19, "дев’ятнадця": 19, "двадця": 20,
            "тридця": 30,
        }.items()
    }
)

# Forms of "другий" (second) that are as often "other" or "friend" ("з другого боку", "друга")
NOT_NUMBER_WORDS = tuple(
    "друг" + e for e in ("ого", "ому", "им", "ім", "а", "ої", "ій", "у", "е", "і", "их", "ими")
)
# "у дев'яностих", "двадцяті роки", "сорокових", "п'ятдесятих": the decade said with the
# plural adjective of its tens word
DECADE_WORD_ENDINGS = {
    "ь": ("их", "і"),
    "о": ("их", "і"),
    "к": ("кових", "кові"),
    "т": ("тих", "ті"),
}
# Tens and hundreds counted in groups: "два десятки" (20), "п'ять десятків", "дві сотні"
# (200), "п'ять сотень"; alone ("десятки поранених") they are vague, like every scale word
MULTIPLIERS.update({"десятки": 10, "десятків": 10, "сотні": 100, "сотень": 100})
HALF_BEFORE = ("пів-",)  # "півмільйона", "пів мільйона": 500,000
DECADE_SUFFIXES = ("х", "ті", "тих", "их")  # "у 90-х", "90-ті роки": the 1990s
# A number word glued to "-річний", "-денний"...: an age or a span ("восьмирічний":
# 8-year-old; "дводенний": two-day), the number in its genitive or a compound form
AGE_COMPOUNDS = {"річн": "year", "літн": "year", "денн": "day", "тижнев": "week",
                 "місячн": "month"}
COMPOUND_FORMS = {"дво": 2, "одно": 1}
# The singular forms of the scale nouns count alone: "тисячу людей" is a thousand, "мільйон
# туристів" a million (the plural "тисячі", "мільйони" alone stays vague: thousands)
NUMBER_WORDS.update(
    {
        form: value
        for value, forms in {
            1000: ("тисяча", "тисячу", "тисячею"),
            10**6: ("мільйон", "мільйона", "мільйону", "мільйоном"),
            10**9: ("мільярд", "мільярда", "мільярду", "мільярдом"),
        }.items()
        for form in forms
    }
)
# ... and the genitive singular "тисячі", "сотні" (also the plural) after a word that governs
# the genitive: "більше тисячі" (more than a thousand), "близько сотні" (about a hundred)
SINGULAR_SCALE_FORMS = {"тисячі": 1000, "сотні": 100}
SINGULAR_SCALE_AFTER = ("більше", "близько", "менше", "більш ніж")
# A dozen counts twelve: "дюжину журналістів" (12) alone, like the singular scale nouns
# above; "дві дюжини" (24), "п'ять дюжин" after a count
NUMBER_WORDS.update(dict.fromkeys(("дюжина", "дюжину", "дюжиною"), 12))
MULTIPLIERS.update({"дюжини": 12, "дюжин": 12})
# The hundreds in their cases: genitive "чотирьохсот", dative "чотирьомстам", instrumental
# "чотирмастами" (also "чотирьохстами"), locative "чотирьохстах"; the genitive, dative and
# instrumental of the count before "-сот", "-стам", "-ма/-стами" (the nominatives come
# from num2words)
_HUNDRED_STEMS = {
    2: ("двох", "двом", "двома"),
    3: ("трьох", "трьом", "трьома"),
    4: ("чотирьох", "чотирьом", "чотирма"),
    5: ("п'яти", "п'яти", "п'ятьма"),
    6: ("шести", "шести", "шістьма"),
    7: ("семи", "семи", "сьома"),
    8: ("восьми", "восьми", "вісьма"),
    9: ("дев'яти", "дев'яти", "дев'ятьма"),
}
NUMBER_WORDS.update(
    {
        form.replace("'", apostrophe): count * 100
        for count, (genitive, dative, instrumental) in _HUNDRED_STEMS.items()
        for form in (genitive + "сот", dative + "стам", genitive + "стах",
                     instrumental + "стами", genitive + "стами", dative + "астами")
        for apostrophe in ("'", "’")
    }
)
# The dative and instrumental of four: "чотирьом країнам", "з чотирма дітьми"
NUMBER_WORDS.update({"чотирьом": 4, "чотирма": 4})
# How many times: "втричі більше" (three times as many), "вп'ятеро"; not "вдвічі", as often
# "by half" ("скоротилося вдвічі": halved) as "twice"
NUMBER_WORDS.update(
    {
        prefix + word.replace("'", apostrophe): value
        for word, value in {"тричі": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6,
                            "семеро": 7, "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10}.items()
        for prefix in ("в", "у")
        for apostrophe in ("'", "’")
    }
)
# "кожен п'ятий" (every fifth) is one in five, 1/5
SHARE_EVERY = ("кожен", "кожний", "кожна", "кожне", "кожного", "кожному", "кожну", "кожної",
               "кожній")
# Fractions after a count, said with the ordinal in the genitive plural: "дві п'ятих" (2/5),
# "три четвертих" (3/4), "сім десятих"; "третини", "чверті" are the nouns (FRACTION_ALONE)
FRACTION_WORDS = {
    ordinal.replace("'", apostrophe): 1 / denominator
    for ordinal, denominator in {"третіх": 3, "четвертих": 4, "п'ятих": 5, "шостих": 6,
                                 "сьомих": 7, "восьмих": 8, "дев'ятих": 9, "десятих": 10}.items()
    for apostrophe in ("'", "’")
}
FRACTION_WORDS.update({"третини": 1 / 3, "чверті": 1 / 4})
# "десяток" is a round ten, read as about ten ("десяток сіл": a translator's "a dozen"
# too); its genitive counts after a count or a word that governs it, like the scale words
# ("півтора десятка": 15, "близько десятка": about ten); the plural "десятки" (tens) is
# the vague one above
APPROXIMATE_WORDS = {"десяток": 10, "десятком": 10}
MULTIPLIERS.update({"десятка": 10})
SINGULAR_SCALE_FORMS = {**SINGULAR_SCALE_FORMS, "десятка": 10}

# "один із п'яти" (one in five), "двоє з трьох" (2/3)
SHARE_BETWEEN = ("з", "із", "зі")
# Half of a unit in one word: "півроку" (six months), "півгодини", "півстоліття"
HALF_UNITS = ("півроку", "півгодини", "півмісяця", "півхвилини", "півстоліття", "півтижня")
# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("кома",)
# the rest of a count after its scale word, in digits and with no connector: "1 млн 500 тис."
# is 1.5 million, "2 тисячі 300" is 2,300
DIGITS_AFTER_SCALE = True
