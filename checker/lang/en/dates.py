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
SPAN_HOUR_WORDS = ("hours", "hrs")  # "5 hours" counts hours; "at 10 hours" is the clock
