"""Persian date data beyond CLDR."""

RELATIVE_DAYS = {"دیروز": "yesterday", "امروز": "today", "فردا": "tomorrow"}

# "12 تا 15 ژوئن"
DAY_PAIR_WORDS = ("تا", "و")
