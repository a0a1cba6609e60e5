"""Italian date data beyond CLDR."""

DATE_FILLERS = ("del",)
RELATIVE_DAYS = {"ieri": "yesterday", "oggi": "today", "domani": "tomorrow"}

# "il 12 e 13 giugno", "dal 12 al 15 giugno"
DAY_PAIR_WORDS = ("e", "al")
TIME_WORDS = {"mezzanotte": "T00:00", "a mezzogiorno": "T12:00"}  # "il Mezzogiorno" is the South

# a count of hours after these is a length of time ("per 10 ore"), never the clock
SPAN_BEFORE = ("per", "entro", "durante")
# a day said without its month: "il giorno 28", "dal giorno 3" (as Portuguese "no dia 27")
DAY_BEFORE = ("giorno",)
