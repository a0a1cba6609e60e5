"""Hebrew date data: CLDR names with the prepositions written as part of the word (the
proclitics are `writing.PROCLITICS`)."""

# "בחצות" (at midnight), "בצהריים" (at noon): declared time words take no proclitic by
# themselves
TIME_WORDS = {
    "חצות": "T00:00",
    "בחצות": "T00:00",
    "בחצות הלילה": "T00:00",
    "צהריים": "T12:00",
    "בצהריים": "T12:00",
}

# "בין 8 ל-11" (between 8 and 11): the second number of a pair takes the proclitic "to"
DAY_PAIR_WORDS = ("ל-", "ל־", "עד")
