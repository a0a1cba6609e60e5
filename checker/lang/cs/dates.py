"""Czech date data beyond CLDR."""

MONTHS = {
    "lednu": 1,
    "únoru": 2,
    "březnu": 3,
    "dubnu": 4,
    "květnu": 5,
    "červnu": 6,
    "červenci": 7,
    "srpnu": 8,
    "září": 9,
    "říjnu": 10,
    "listopadu": 11,
    "prosinci": 12,
    # the month's adjective ("zářijové volby": the September elections; "ze zářijových 2,9
    # procenta": from September's 2.9 percent)
    **{stem + end: month
       for stem, month in (("lednov", 1), ("únorov", 2), ("březnov", 3), ("dubnov", 4),
                           ("květnov", 5), ("červnov", 6), ("červencov", 7), ("srpnov", 8),
                           ("zářijov", 9), ("říjnov", 10), ("listopadov", 11),
                           ("prosincov", 12))
       for end in ("ý", "á", "é", "ého", "ém", "ému", "ou", "ých", "ým", "ými")},
}
WEEKDAYS = {
    "středu": "Wednesday",
    "pondělí": "Monday",
    "úterý": "Tuesday",
    "čtvrtek": "Thursday",
    "pátek": "Friday",
    "sobotu": "Saturday",
    "neděli": "Sunday",
}
RELATIVE_DAYS = {"včera": "yesterday", "dnes": "today", "zítra": "tomorrow"}

# "12. a 13. června"
DAY_PAIR_WORDS = ("a",)

# "o půlnoci" (at midnight), "v poledne" (at noon); "ve 2 hodiny ráno" is 2 a.m.,
# "ve 2 hodiny po půlnoci" too (no midnight of its own).
TIME_WORDS = {"půlnoc": "T00:00", "o půlnoci": "T00:00", "v poledne": "T12:00", "poledne": "T12:00"}
PM_WORDS = ("odpoledne", "večer")
AM_WORDS = ("ráno", "dopoledne", "v noci", "po půlnoci")

# "v půl deváté" (8:30: half towards the ninth hour, its ordinal), "čtvrt na deset" (9:15),
# "tři čtvrtě na deset" (9:45); "půl" without the preposition is half of a count ("půl
# druhého milionu": 1.5 million)
MINUTES_BEFORE_HOUR = {"v půl": -30, "o půl": -30, "od půl": -30, "do půl": -30,
                       "čtvrt na": -45, "tři čtvrtě na": -15}

# a count of hours after these is a length of time ("za 3 hodiny", in 3 hours; "během 5
# hodin"), never the clock ("ve 3 hodiny", at three, stays one)
# ... and the forms of the verbs of lasting: "jednání trvala 3 hodiny" (lasted 3 hours)
_LASTED = tuple(f"{prefix}trv{ending}" for prefix in ("", "po")
                for ending in ("á", "ají", "al", "ala", "alo", "ali", "aly", "at", "ající"))
SPAN_BEFORE = ("za", "během", "po dobu", "v průběhu", *_LASTED)
