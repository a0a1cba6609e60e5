"""Bosnian date data: CLDR month names (januar...) plus the shared Serbian case forms."""

from checker.lang.sr.dates import (  # noqa: F401
    AM_WORDS,
    DATE_FILLERS,
    MONTHS,
    NEAR_DATE_ONLY,
    PM_WORDS,
    RELATIVE_DAYS,
    TIME_WORDS,
    WEEKDAYS,
)

CLDR_LOCALES = ["bs", "sr_Latn"]

# "12. i 13. juna"
DAY_PAIR_WORDS = ("i", "и")
