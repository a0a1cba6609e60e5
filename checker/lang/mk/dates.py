"""Macedonian date data beyond CLDR."""

RELATIVE_DAYS = {"вчера": "yesterday", "денес": "today", "утре": "tomorrow"}

# "12 и 13 јуни", "од 12 до 15 јуни"
DAY_PAIR_WORDS = ("и", "до")
