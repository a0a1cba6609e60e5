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
DAY_PAIR_WORDS = ("i",)
