"""English date data beyond CLDR."""

DATE_LOCALES = ("en_GB",)  # en_GB abbreviates September "Sept"

AMBIGUOUS = ("may", "march", "sat", "sun")
MONTH_CONTEXT = (
    "in",
    "of",
    "since",
    "until",
    "by",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "during",
    "from",
    "through",
    "throughout",
    "before",
    "after",
    "till",
)
DATE_FILLERS = ("of", "the")
# the half of the day after a clock time: "at 9 p.m.", "at one in the afternoon" (13:00)
PM_WORDS = ("p.m.", "pm", "in the afternoon", "in the evening")
AM_WORDS = ("a.m.", "am", "in the morning")
# "at one in the afternoon": with the half of the day after it, a clock time
CLOCK_AT = ("at",)
RELATIVE_DAYS = {"yesterday": "yesterday", "today": "today", "tomorrow": "tomorrow",
                 "the day before yesterday": "day_before_yesterday",
                 "the day after tomorrow": "day_after_tomorrow"}
NAME_ENDINGS = {"day": ("days",)}  # "on Fridays"
# "a quarter past eight" is 8:15, "half past eight" 8:30, "a quarter to nine" 8:45
MINUTES_BEFORE_HOUR = {"quarter past": 15, "half past": 30, "quarter to": -15}
TIME_WORDS = {"midnight": "T00:00", "noon": "T12:00", "midday": "T12:00"}

# "12 and 13 June": two days of one month
DAY_PAIR_WORDS = ("and",)

# a count of hours after these is a length of time ("for 10 hours"), never the clock
SPAN_BEFORE = ("for", "within", "in", "during", "over", "after", "under")
SPAN_HOUR_WORDS = ("hours", "hrs")  # "5 hours" counts hours; the clock is "at 10:00 hours"

# The night before and the evening ahead are yesterday and today ("last night": yesterday,
# "tonight": today); a version's "tonight or last night" word answers either
RELATIVE_DAYS.update({"last night": "yesterday", "tonight": "today", "this morning": "today",
                      "this evening": "today", "this afternoon": "today"})
# The seasons, compared only with a season on the other side (`compare.dates`); "fall" and
# "springs" are other words too, so only "this fall", "last fall", "next fall" are read
SEASONS = {"spring": "spring", "springtime": "spring", "summer": "summer",
           "summertime": "summer", "summers": "summer", "autumn": "autumn",
           "autumns": "autumn", "this fall": "autumn", "last fall": "autumn",
           "next fall": "autumn", "winter": "winter", "wintertime": "winter",
           "winters": "winter"}
# The part of a month: "early October", "mid-May", "the end of June"
MONTH_PARTS_BEFORE = {"early": "early", "the beginning of": "early", "the start of": "early",
                      "mid": "mid", "the middle of": "mid", "late": "late",
                      "the end of": "late"}
