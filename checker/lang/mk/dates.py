"""Macedonian date data beyond CLDR."""

RELATIVE_DAYS = {"вчера": "yesterday", "денес": "today", "утре": "tomorrow"}

# "12 и 13 јуни", "од 12 до 15 јуни"
DAY_PAIR_WORDS = ("и", "до")

# The adjectives of the months with their endings of gender, number and definiteness:
# "јануарските цени", "во мајскиот извештај", "октомвриската седница"
_ADJECTIVE_STEMS = {
    "јануарск": 1, "февруарск": 2, "мартовск": 3, "априлск": 4, "мајск": 5, "јунск": 6,
    "јулск": 7, "августовск": 8, "септемвриск": 9, "октомвриск": 10, "ноемвриск": 11,
    "декемвриск": 12,
}
MONTHS = {stem + ending: n for stem, n in _ADJECTIVE_STEMS.items()
          for ending in ("и", "а", "о", "иот", "ата", "ото", "ите")}

# Definite forms of the weekday and month names: "петокот", "средата", "неделата".
NAME_ENDINGS = {"": ("от", "та")}
# "во 7 часот навечер" (7 p.m.), "во 2 часот по полноќ" (2 a.m.), "на полноќ", "напладне"
TIME_WORDS = {"полноќ": "T00:00", "полноќта": "T00:00", "напладне": "T12:00", "на пладне": "T12:00"}
PM_WORDS = ("навечер", "попладне", "попладнето", "вечерта")
AM_WORDS = ("наутро", "изутрина", "по полноќ", "после полноќ", "утрото")

# "ноќта спроти вторник" is the night before Tuesday (Monday night): the weekday is not read
NIGHT_BEFORE = ("ноќта спроти", "ноќ спроти", "ноќта кон", "ноќта на")
