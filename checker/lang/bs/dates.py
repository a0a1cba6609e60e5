"""Bosnian date data: CLDR month names (januar...) plus the shared Serbian case forms; like
Serbian, Bosnian is written in Latin and Cyrillic (`lex_attrs.TRANSLITERATE`). Bosnian also
writes the Croatian month names ("juli" and "srpanj"): CLDR's hr names and every case and
adjective form of both, as Croatian reads them."""

from checker.lang.hr.dates import MONTHS  # noqa: F401
from checker.lang.sr.dates import (  # noqa: F401
    AM_WORDS,
    CLOCK_AT,
    DATE_FILLERS,
    HALF_HOUR_BEFORE,
    MINUTES_AFTER_CLOCK_AT,
    MINUTES_BEFORE_HOUR,
    NAME_ENDINGS,
    NEAR_DATE_ONLY,
    NIGHT_BEFORE,
    NOT_DATES,
    PM_WORDS,
    RELATIVE_DAYS,
    ROMAN_MONTHS,
    SPAN_BEFORE,
    TIME_WORDS,
    WEEK_WORDS,
    WEEKDAY_CONTEXT_AFTER,
    WEEKDAYS,
)

CLDR_LOCALES = ["bs", "sr_Latn"]
DATE_LOCALES = ["hr"]

# "12. i 13. juna"
DAY_PAIR_WORDS = ("i", "и")
