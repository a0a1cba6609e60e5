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
# Adjectives made from CLDR's names: "липневий", "лютневого", "листопадових";
# "суботній", "п'ятничне", "недільного", "понеділкова".
_ADJECTIVE = (
    *("ий", "ій", "а", "я", "е", "є", "і", "ого", "ього", "ому", "ьому", "ої", "ьої"),
    *("у", "ю", "их", "іх", "им", "ім", "ими", "іми", "ою", "ьою"),
)
NAME_ENDINGS = {
    "ень": tuple("нев" + e for e in _ADJECTIVE),
    "ий": tuple("нев" + e for e in _ADJECTIVE),
    "": tuple("ов" + e for e in _ADJECTIVE),
    "та": tuple("тн" + e for e in _ADJECTIVE),
    "ця": tuple("чн" + e for e in _ADJECTIVE),
    "ля": tuple("льн" + e for e in _ADJECTIVE),
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
TIME_WORDS = {"опівночі": "T00:00", "опівдні": "T12:00", "полудень": "T12:00"}
