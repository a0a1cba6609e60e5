"""Croatian date data: CLDR gives the Croatian month names (siječanj, siječnja) and weekdays;
the case forms of the weekdays are the Serbian ijekavian ones, and Croatian texts quote the
Serbian and Bosnian month names (januar, jula), so those are read too. Unlike Serbian,
Croatian says "tjedan" for a week: "nedjelja" is always Sunday."""

from checker.lang.sr.dates import (  # noqa: F401
    AM_WORDS,
    CLOCK_AT,
    DATE_FILLERS,
    HALF_HOUR_BEFORE,
    MINUTES_AFTER_CLOCK_AT,
    MINUTES_BEFORE_HOUR,
    NAME_ENDINGS,
    NIGHT_BEFORE,
    NOT_DATES,
    PM_WORDS,
    RELATIVE_DAYS,
    ROMAN_MONTHS,
    SPAN_BEFORE,
    TIME_WORDS,
    WEEKDAY_CONTEXT_AFTER,
    WEEKDAYS,
)
from checker.lang.sr.dates import MONTHS as _SERBIAN_MONTHS

CLDR_LOCALES = ["hr", "bs"]
# The locative of each month (CLDR has the nominative and the genitive), and the stem of its
# adjective ("siječanjski", "u srpanjskim izborima", "prosinačke")
_LOCATIVES = {
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
_ADJECTIVE_STEMS = {
    "siječanjsk": 1,
    "veljačk": 2,
    "ožujsk": 3,
    "travanjsk": 4,
    "svibanjsk": 5,
    "lipanjsk": 6,
    "srpanjsk": 7,
    "kolovošk": 8,
    "rujansk": 9,
    "listopadsk": 10,
    "studensk": 11,
    "prosinačk": 12,
}
_ADJECTIVE = ("i", "a", "o", "e", "u", "og", "oj", "om", "ih", "im", "ima", "oga", "omu", "ome")
MONTHS = {
    **_SERBIAN_MONTHS,
    **_LOCATIVES,
    **{stem + ending: n for stem, n in _ADJECTIVE_STEMS.items() for ending in _ADJECTIVE},
}

# "12. i 13. lipnja"
DAY_PAIR_WORDS = ("i", "и")
