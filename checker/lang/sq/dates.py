"""Albanian date data beyond CLDR: definite and case forms, weekdays with their article."""

_MONTHS = {
    "janar": 1,
    "shkurt": 2,
    "mars": 3,
    "prill": 4,
    "maj": 5,
    "qershor": 6,
    "korrik": 7,
    "gusht": 8,
    "shtator": 9,
    "tetor": 10,
    "nëntor": 11,
    "dhjetor": 12,
}
# definite forms: a masculine noun ending in -k, -g or -h takes -u, -ut, -un ("korriku",
# "i korrikut", "korrikun"); the others -i, -it, -in ("janari", "i janarit")
_BACK_ENDINGS, _FRONT_ENDINGS = ("", "u", "ut", "un"), ("", "i", "it", "in")
MONTHS = {
    stem + ending: n
    for stem, n in _MONTHS.items()
    for ending in (_BACK_ENDINGS if stem.endswith(("k", "g", "h")) else _FRONT_ENDINGS)
}
_DAYS = {
    "hënë": "Monday",
    "martë": "Tuesday",
    "mërkurë": "Wednesday",
    "enjte": "Thursday",
    "premte": "Friday",
    "shtunë": "Saturday",
    "diel": "Sunday",
}
WEEKDAYS = {}
for _stem, _name in _DAYS.items():
    _definite = _stem + ("n" if _stem.endswith(("e", "ë")) else "ën")
    for _article in ("e", "të"):
        WEEKDAYS[f"{_article} {_stem}"] = _name
        WEEKDAYS[f"{_article} {_definite}"] = _name
    # after a noun in the genitive ("natës së shtunë"), and with "dita" (day) before it
    WEEKDAYS[f"së {_stem}"] = _name
    for _day in ("dita e", "ditën e", "ditës së"):
        WEEKDAYS[f"{_day} {_stem}"] = _name
    # habits, in the plural: "të shtunave", "të premteve" (on Saturdays, on Fridays)
    _plural = _stem[:-1] + "eve" if _stem.endswith("e") else _stem.rstrip("ë") + "ave"
    WEEKDAYS[f"të {_plural}"] = _name
    # the definite nominative, a subject: "e hëna", "e premtja", "e diela"
    if _stem.endswith(("e", "ë")):  # "enjte" -> "enjtja", "shtunë" -> "shtuna"
        _nominative = _stem[:-1] + ("ja" if _stem.endswith("e") else "a")
    else:
        _nominative = _stem + "a"
    WEEKDAYS[f"e {_nominative}"] = _name
    # the genitive after a definite noun: "mbrëmja e së premtes", "tërmeti i së hënës"
    _genitive = _stem + ("s" if _stem.endswith(("e", "ë")) else "ës")
    for _article in ("së", "të"):
        WEEKDAYS[f"{_article} {_genitive}"] = _name
DATE_FILLERS = ("të vitit", "të", "vitit", "e")
RELATIVE_DAYS = {"dje": "yesterday", "sot": "today", "nesër": "tomorrow",
                 "pardje": "day_before_yesterday", "pasnesër": "day_after_tomorrow"}
TIME_WORDS = {"mesnatë": "T00:00", "mesnatën": "T00:00", "mesditë": "T12:00", "mesditën": "T12:00"}
PM_WORDS = ("të pasdites", "e pasdites", "pasdite", "pasdites", "të mbrëmjes", "në mbrëmje")
# "tetë e një çerek": 8:15; "nëntë pa një çerek": 8:45
MINUTES_AFTER_HOUR = {"e një çerek": 15, "e çerek": 15, "pa një çerek": -15, "pa çerek": -15}
HOUR_BEFORE = ("ora", "orën", "orës")

# "12 dhe 13 qershor"
DAY_PAIR_WORDS = ("dhe", "e")

# a count of hours after these is a length of time ("gjatë 10 orëve"), never the clock
SPAN_BEFORE = ("për", "brenda", "gjatë")

# "mbrëmë" is last night, "sonte" tonight, "sot në mëngjes" this morning (read by "sot")
RELATIVE_DAYS.update({"mbrëmë": "yesterday", "sonte": "today"})
# The seasons with their definite endings; "verë" is also wine, so summer only as "verës",
# "verën", "verë" after a word that makes it the season
SEASONS = {
    **dict.fromkeys(("pranverë", "pranvera", "pranverën", "pranverës", "pranverave"), "spring"),
    **dict.fromkeys(("në verë", "këtë verë", "gjatë verës", "verën e kaluar", "vera e kaluar",
                     "muajt e verës"), "summer"),
    **dict.fromkeys(("vjeshtë", "vjeshta", "vjeshtën", "vjeshtës"), "autumn"),
    **dict.fromkeys(("dimër", "dimri", "dimrin", "dimrit", "dimrave"), "winter"),
}
# The part of a month: "në fillim të tetorit", "në mes të majit", "në fund të qershorit"
MONTH_PARTS_BEFORE = {"në fillim të": "early", "fillim të": "early", "në fillimin e": "early",
                      "në mes të": "mid", "në mesin e": "mid", "mesi i": "mid",
                      "në fund të": "late", "në fundin e": "late", "fundi i": "late",
                      "deri në fund të": "late"}
# Last, this and next week, month and year beside CLDR's "javën e kaluar", "këtë muaj"
# (`compare.dates`: compared with the same unit only)
RELATIVE_PERIODS = {
    "vitin e kaluar": "year-1", "vitit të kaluar": "year-1", "këtë vit": "year+0",
    "vitin e ardhshëm": "year+1", "vitit të ardhshëm": "year+1", "vitin që vjen": "year+1",
    "javën që vjen": "week+1", "muajin që vjen": "month+1", "javës së kaluar": "week-1",
    "muajit të kaluar": "month-1",
}
# CLDR's one-word "vjet" (last year: also "years", "20 vjet") and "mot" (next year: also
# weather) are other words too
NOT_DATES = ("vjet", "mot")
