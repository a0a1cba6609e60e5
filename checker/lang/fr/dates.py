"""French date data beyond CLDR."""

AMBIGUOUS = ("mars",)
CAPITALISED = ()
MONTH_CONTEXT = ("en", "de", "d'", "depuis", "début", "fin", "mi", "mois de", "jusqu'en")
MONTHS = {"fevrier": 2, "aout": 8, "decembre": 12}
DATE_FILLERS = ("le", "du")
RELATIVE_DAYS = {
    "hier": "yesterday",
    "aujourd'hui": "today",
    "aujourd’hui": "today",
    "demain": "tomorrow",
    "avant-hier": "day_before_yesterday",
}
TIME_WORDS = {"minuit": "T00:00", "à midi": "T12:00"}  # "midi" alone is in "après-midi"

# "les 12 et 13 juin" ("et" is a range word already)
DAY_PAIR_WORDS = ("et",)

# a count of hours after these is a length of time ("pendant 10 heures"), never the clock
SPAN_BEFORE = ("pendant", "durant", "en", "sous", "dans", "dans les")

# "ce soir" is tonight; "cette nuit" tonight or last night, so either (`compare.dates`
# takes a value with "|" as any of its days)
RELATIVE_DAYS.update({"ce soir": "today", "ce matin": "today", "cette nuit": "yesterday|today",
                      "la nuit dernière": "yesterday", "hier soir": "yesterday"})
# "été" alone is also "been": only with its article or "cet", "en"
SEASONS = {
    **dict.fromkeys(("printemps",), "spring"),
    **dict.fromkeys(("l'été", "l’été", "cet été", "en été", "d'été", "d’été"), "summer"),
    **dict.fromkeys(("automne", "l'automne", "l’automne"), "autumn"),
    **dict.fromkeys(("hiver", "l'hiver", "l’hiver"), "winter"),
}
# The part of a month: "début octobre", "à la mi-mai", "fin juin"
MONTH_PARTS_BEFORE = {"début": "early", "au début du mois de": "early", "mi": "mid",
                      "fin": "late", "à la fin du mois de": "late"}
# Last, this and next week, month and year beside CLDR's "la semaine dernière", "cette
# année" (`compare.dates`: compared with the same unit only)
RELATIVE_PERIODS = {
    "l'an dernier": "year-1", "l'an passé": "year-1", "l'année passée": "year-1",
    "l'an prochain": "year+1", "la semaine passée": "week-1", "le mois passé": "month-1",
    "ce mois": "month+0", "cette année-ci": "year+0",
}
