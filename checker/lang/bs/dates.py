"""Bosnian date data: CLDR month names (januar...) plus the shared Serbian case forms."""

from checker.lang.sr.dates import (  # noqa: F401
    DATE_FILLERS,
    MONTHS,
    NEAR_DATE_ONLY,
    RELATIVE_DAYS,
    WEEKDAYS,
)

CLDR_LOCALES = ["bs", "sr_Latn"]

# "12. i 13. juna"
DAY_PAIR_WORDS = ("i", "и")
