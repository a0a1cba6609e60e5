"""Nynorsk dates: CLDR's Nynorsk month and weekday names and their case forms from
simplemma's word list, and Bokmål's clock words; the relative words Nynorsk spells its own
way ("i går", "førre veke")."""

from checker.lang.nb.dates import (  # noqa: F401
    DAY_PAIR_WORDS,
    HOUR_BEFORE,
    NIGHT_BEFORE,
    PM_WORDS,
    RELATIVE_DAYS,
    SPAN_BEFORE,
    TIME_WORDS,
)
from checker.lang.no_folder import inflected_date_names

MONTHS, WEEKDAYS, LOWER_CASE_ONLY = inflected_date_names("nn")
RELATIVE_PERIODS = {"i fjor": "year-1", "i år": "year+0", "neste år": "year+1",
                    "førre veke": "week-1", "i førre veke": "week-1", "denne veka": "week+0",
                    "neste veke": "week+1", "førre månad": "month-1", "neste månad": "month+1"}
