"""Ukrainian date data beyond CLDR."""

MONTHS = {
    "січні": 1,
    "лютому": 2,
    "березні": 3,
    "квітні": 4,
    "травні": 5,
    "червні": 6,
    "липні": 7,
    "серпні": 8,
    "вересні": 9,
    "жовтні": 10,
    "листопаді": 11,
    "грудні": 12,
}
WEEKDAYS = {
    "понеділка": "Monday",
    "вівторка": "Tuesday",
    "середу": "Wednesday",
    "четверга": "Thursday",
    "п'ятницю": "Friday",
    "п’ятницю": "Friday",
    "суботу": "Saturday",
    "неділю": "Sunday",
}
RELATIVE_DAYS = {
    "вчора": "yesterday",
    "учора": "yesterday",
    "сьогодні": "today",
    "завтра": "tomorrow",
}
