"""Croatian date data: CLDR gives the Croatian month names (siječanj...) and weekdays;
the Serbian case forms are shared (both are used in Bosnia and in quotes)."""

from checker.lang.sr.dates import (  # noqa: F401
    AM_WORDS,
    CLOCK_AT,
    DATE_FILLERS,
    MINUTES_AFTER_CLOCK_AT,
    NEAR_DATE_ONLY,
    NIGHT_BEFORE,
    PM_WORDS,
    RELATIVE_DAYS,
    TIME_WORDS,
    WEEKDAYS,
)

CLDR_LOCALES = ["hr", "bs"]
_STEMS = {
    1: "siječ",
    2: "veljač",
    3: "ožuj",
    4: "travn",
    5: "svibn",
    6: "lipn",
    7: "srpn",
    8: "kolovoz",
    9: "rujn",
    10: "listopad",
    11: "studen",
    12: "prosin",
}
MONTHS = {
    "siječnju": 1,
    "veljači": 2,
    "ožujku": 3,
    "travnju": 4,
    "svibnju": 5,
    "lipnju": 6,
    "srpnju": 7,
    "kolovozu": 8,
    "rujnu": 9,
    "listopadu": 10,
    "studenom": 11,
    "studenome": 11,
    "prosincu": 12,
    "studenog": 11,
    "studenoga": 11,
}

# "12. i 13. lipnja"
DAY_PAIR_WORDS = ("i", "и")
