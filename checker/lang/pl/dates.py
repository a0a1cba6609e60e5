"""Polish date data beyond CLDR."""

MONTHS = {
    "styczniu": 1,
    "lutym": 2,
    "marcu": 3,
    "kwietniu": 4,
    "maju": 5,
    "czerwcu": 6,
    "lipcu": 7,
    "sierpniu": 8,
    "wrześniu": 9,
    "październiku": 10,
    "listopadzie": 11,
    "grudniu": 12,
}
WEEKDAYS = {
    "poniedziałek": "Monday",
    "wtorek": "Tuesday",
    "środę": "Wednesday",
    "czwartek": "Thursday",
    "piątek": "Friday",
    "sobotę": "Saturday",
    "niedzielę": "Sunday",
}
RELATIVE_DAYS = {"wczoraj": "yesterday", "dzisiaj": "today", "dziś": "today", "jutro": "tomorrow"}

# "12 i 13 czerwca"
DAY_PAIR_WORDS = ("i", "a")  # "między 8 a 11": between 8 and 11

# "o północy" (at midnight; "na północy" is in the north), "w południe" (at noon);
# "o 2 w nocy" is 2 a.m., "o 19 wieczorem" 7 p.m.
TIME_WORDS = {"o północy": "T00:00", "w południe": "T12:00", "w samo południe": "T12:00"}
PM_WORDS = ("po południu", "wieczorem")
AM_WORDS = ("rano", "w nocy", "po północy", "przed południem")
# "o godzinie 9": the word for hour before the hour
HOUR_BEFORE = ("godzinie", "godz.")

# "w nocy na wtorek" is the night before Tuesday (Monday night): the weekday is not read
NIGHT_BEFORE = ("nocy na", "noc na")
