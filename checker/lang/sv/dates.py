"""Date data beyond CLDR: case forms of month and weekday names from simplemma's word
list (as for a language without a folder), and what the list lacks."""

from checker.lang.no_folder import inflected_date_names

MONTHS, WEEKDAYS, LOWER_CASE_ONLY = inflected_date_names("sv")

# "mitt på dagen" (at midday); CLDR gives "midnatt"
TIME_WORDS = {"mitt på dagen": "T12:00", "vid lunchtid": "T12:00", "midnatt": "T00:00",
              "vid midnatt": "T00:00"}
# "måndagskvällen" (Monday evening), "tisdagsmorgonen": the weekday with a time of day,
# "i fredags" (last Friday)
_DAY_STEMS = {"måndag": "Monday", "tisdag": "Tuesday", "onsdag": "Wednesday",
              "torsdag": "Thursday", "fredag": "Friday", "lördag": "Saturday",
              "söndag": "Sunday"}
_PARTS = ("morgon", "morgonen", "förmiddag", "förmiddagen", "eftermiddag", "eftermiddagen",
          "kväll", "kvällen", "natt", "natten")
WEEKDAYS.update({f"{stem}s{part}": day for stem, day in _DAY_STEMS.items() for part in _PARTS})
WEEKDAYS.update({f"{stem}en": day for stem, day in _DAY_STEMS.items()})
RELATIVE_DAYS = {"i går": "yesterday", "igår": "yesterday", "i dag": "today", "idag": "today",
                 "i morgon": "tomorrow", "imorgon": "tomorrow", "i förrgår": "day_before_yesterday"}
# "den 12 och 13 maj": two days of one month
DAY_PAIR_WORDS = ("och",)
# "klockan 21", "kl. 16": the hour word comes first
HOUR_BEFORE = ("klockan", "kl.", "kl")
# "klockan nio på kvällen" (9 p.m.), "klockan tre på eftermiddagen"
PM_WORDS = ("på kvällen", "på eftermiddagen", "i kväll", "ikväll")
# "natten till torsdag" (Wednesday night): the weekday is either day, left unread
NIGHT_BEFORE = ("natten till", "natten mot", "under natten till", "natt till")
