"""Date data beyond CLDR: case forms of month and weekday names from simplemma's word list
(as for a language without a folder), and the relative days, periods and clock words of
Norwegian news."""

from checker.lang.no_folder import inflected_date_names

MONTHS, WEEKDAYS, LOWER_CASE_ONLY = inflected_date_names("nb")

TIME_WORDS = {"midt på dagen": "T12:00", "ved middagstid": "T12:00", "midnatt": "T00:00",
              "ved midnatt": "T00:00", "i lunsjen": "T12:00"}
# "mandag kveld" is read as the weekday; "mandagskvelden", "tirsdagsmorgenen": the weekday
# glued to a time of day; "torsdagen": the weekday with its article
_DAY_STEMS = {"mandag": "Monday", "tirsdag": "Tuesday", "onsdag": "Wednesday",
              "torsdag": "Thursday", "fredag": "Friday", "lørdag": "Saturday",
              "søndag": "Sunday"}
_PARTS = ("morgen", "morgenen", "formiddag", "formiddagen", "ettermiddag", "ettermiddagen",
          "kveld", "kvelden", "natt", "natten")
WEEKDAYS.update({f"{stem}s{part}": day for stem, day in _DAY_STEMS.items() for part in _PARTS})
WEEKDAYS.update({f"{stem}en": day for stem, day in _DAY_STEMS.items()})
RELATIVE_DAYS = {"i går": "yesterday", "igår": "yesterday", "i dag": "today", "idag": "today",
                 "i morgen": "tomorrow", "imorgen": "tomorrow",
                 "i forgårs": "day_before_yesterday", "i overmorgen": "day_after_tomorrow"}
RELATIVE_PERIODS = {"i fjor": "year-1", "i år": "year+0", "neste år": "year+1",
                    "forrige uke": "week-1", "sist uke": "week-1", "i forrige uke": "week-1",
                    "denne uken": "week+0", "neste uke": "week+1", "forrige måned": "month-1",
                    "i forrige måned": "month-1", "neste måned": "month+1",
                    "denne måneden": "month+0"}
# "12. og 13. mai": two days of one month
DAY_PAIR_WORDS = ("og",)
# "klokken 21", "kl. 16": the hour word comes first
HOUR_BEFORE = ("klokken", "klokka", "kl.", "kl")
PM_WORDS = ("om kvelden", "på kvelden", "om ettermiddagen", "på ettermiddagen", "i kveld")
# "natt til torsdag" (Wednesday night): the weekday is either day, left unread
NIGHT_BEFORE = ("natt til", "natten til", "i natt til")
SPAN_BEFORE = ("innen", "i løpet av")
