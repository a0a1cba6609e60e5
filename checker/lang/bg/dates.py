"""Bulgarian date data beyond CLDR."""

RELATIVE_DAYS = {"вчера": "yesterday", "днес": "today", "утре": "tomorrow"}

# "12 и 13 юни", "от 12 до 15 юни"
DAY_PAIR_WORDS = ("и", "до")
