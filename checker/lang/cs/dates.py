"""Czech date data beyond CLDR."""

MONTHS = {
    "lednu": 1,
    "únoru": 2,
    "březnu": 3,
    "dubnu": 4,
    "květnu": 5,
    "červnu": 6,
    "červenci": 7,
    "srpnu": 8,
    "září": 9,
    "říjnu": 10,
    "listopadu": 11,
    "prosinci": 12,
}
WEEKDAYS = {
    "středu": "Wednesday",
    "pondělí": "Monday",
    "úterý": "Tuesday",
    "čtvrtek": "Thursday",
    "pátek": "Friday",
    "sobotu": "Saturday",
    "neděli": "Sunday",
}
RELATIVE_DAYS = {"včera": "yesterday", "dnes": "today", "zítra": "tomorrow"}

# "12. a 13. června"
DAY_PAIR_WORDS = ("a",)
