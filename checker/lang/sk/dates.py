"""Slovak date data beyond CLDR: the case forms and adjectives of month and weekday names,
clock times said in words."""

from checker.lang.sk import hard_adjective_endings

# CLDR gives the nominative ("október") and the genitive ("októbra"); the locative ("v
# októbri"), dative ("k októbru") and instrumental ("pred októbrom") here, and the month's
# adjective ("októbrové voľby": the October elections; "z októbrových 2,9 percenta")
_MONTH_STEMS = (("január", 1), ("február", 2), ("marc", 3), ("apríl", 4), ("máj", 5),
                ("jún", 6), ("júl", 7), ("august", 8), ("septembr", 9), ("októbr", 10),
                ("novembr", 11), ("decembr", 12))
# (with the animate plural "-í", without the instrumental "-ou")
_ADJECTIVE = (*(e for e in hard_adjective_endings() if e != "ou"), "í")
MONTHS = {
    **{stem + e: month for stem, month in _MONTH_STEMS for e in ("i", "u", "om")},
    "auguste": 8,  # the locative of "august" ("v auguste")
    **{stem + "ov" + e: month for stem, month in _MONTH_STEMS for e in _ADJECTIVE},
}
# The weekdays in their cases ("v stredu", "do štvrtka", "od pondelka", "v nedeľu", "po
# sobote") and their adjectives ("nedeľný", "piatkové rokovanie", "sobotňajší zápas")
_WEEKDAY_FORMS = {
    "Monday": ("pondelka", "pondelku", "pondelkom"),
    "Tuesday": ("utorka", "utorku", "utorkom"),
    "Wednesday": ("stredu", "strede", "stredy", "stredou"),
    "Thursday": ("štvrtka", "štvrtku", "štvrtkom"),
    "Friday": ("piatka", "piatku", "piatkom"),
    "Saturday": ("sobotu", "sobote", "soboty", "sobotou"),
    "Sunday": ("nedeľu", "nedeli", "nedele", "nedeľou"),
}
_WEEKDAY_ADJECTIVES = {
    "Monday": ("pondelkov", "pondelňajš"),
    "Tuesday": ("utorkov", "utorňajš"),
    "Wednesday": ("stredajš",),
    "Thursday": ("štvrtkov", "štvrtkajš"),
    "Friday": ("piatkov", "piatočn"),
    "Saturday": ("sobotn", "sobotňajš"),
    "Sunday": ("nedeľn", "nedeľňajš"),
}
WEEKDAYS = {
    **{form: day for day, forms in _WEEKDAY_FORMS.items() for form in forms},
    **{stem + e: day for day, stems in _WEEKDAY_ADJECTIVES.items() for stem in stems
       for e in (_ADJECTIVE if not stem.endswith("š") else
                 ("í", "ia", "ie", "ieho", "om", "iemu", "iu", "ej", "ích", "ím", "ími"))},
}
RELATIVE_DAYS = {"včera": "yesterday", "dnes": "today", "zajtra": "tomorrow"}

# "12. a 13. júna"
DAY_PAIR_WORDS = ("a",)

# "o polnoci" (at midnight), "napoludnie" (at noon); "o 2. hodine ráno" is 2 a.m.
# "pred polnocou", "do polnoci", "po poludní": the words in their cases
TIME_WORDS = {"polnoc": "T00:00", "o polnoci": "T00:00", "polnoci": "T00:00",
              "polnocou": "T00:00", "napoludnie": "T12:00", "na poludnie": "T12:00",
              "poludnie": "T12:00", "o poludní": "T12:00", "poludním": "T12:00"}
PM_WORDS = ("popoludní", "poobede", "večer")
AM_WORDS = ("ráno", "doobeda", "dopoludnia", "nadránom", "v noci", "po polnoci")

# "o pol deviatej" (8:30: half towards the ninth hour, its ordinal), "o štvrť na desať"
# (9:15), "o trištvrte na osem" (7:45); "pol" without the preposition is half of a count
MINUTES_BEFORE_HOUR = {"o pol": -30, "od pol": -30, "do pol": -30,
                       "štvrť na": -45, "trištvrte na": -15, "tri štvrte na": -15}

# Slovak writes month and weekday names in lower case: capitalised inside a sentence they
# are a name ("podozrivého Martina Stredu", "s Jánom Piatkom"), CLDR's names as their forms
LOWER_CASE_ONLY = (
    *MONTHS, *WEEKDAYS,
    "január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september",
    "október", "november", "december", "januára", "februára", "marca", "apríla", "mája",
    "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra",
    "pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa",
)

# "v noci na sobotu" (the night to Saturday) is Friday night: the weekday is not read, as
# the other side may name either day
NIGHT_BEFORE = ("v noci na", "noci na", "noc na", "cez noc na")

# The seasons in their cases ("na jar", "v lete", "na jeseň", "v zime"); compared only where
# both sides name one
SEASONS = {
    **{form: "spring" for form in ("jar", "jari", "jarou")},
    **{form: "summer" for form in ("leto", "lete", "letom", "leta")},
    **{form: "autumn" for form in ("jeseň", "jeseni", "jeseňou")},
    **{form: "winter" for form in ("zima", "zimu", "zime", "zimou", "zimy")},
}
# "začiatkom júna" (early June), "v polovici mája", "koncom roka"
MONTH_PARTS_BEFORE = {"začiatkom": "early", "na začiatku": "early", "v polovici": "mid",
                      "polovicou": "mid", "koncom": "late", "na konci": "late",
                      "v závere": "late"}

# "o siedmej ráno" (at seven in the morning), "o ôsmej večer": the hour said as the
# feminine ordinal (of "hodina") after "o" and before a time of day
ORDINAL_HOURS = True
CLOCK_AT = ("o",)
# a count of hours after these is a length of time ("za 3 hodiny", within 3 hours), and the
# plural of "hodina" after a bare count only counts hours: "o 3 hodiny" (in 3 hours), "do
# 24 hodín" (within 24 hours); the clock is the ordinal's "o 3. hodine", "do 17. hodiny"
SPAN_BEFORE = ("za", "počas", "v priebehu", "behom", "po dobu")
SPAN_HOUR_WORDS = ("hodín", "hodiny")
