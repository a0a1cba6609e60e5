"""Persian date data beyond CLDR."""

RELATIVE_DAYS = {"دیروز": "yesterday", "امروز": "today", "فردا": "tomorrow"}

# "12 تا 15 ژوئن"
DAY_PAIR_WORDS = ("تا", "و")

# "ساعت ۹" (at nine): the hour word before the hour; "ساعت ۷ عصر" (7 p.m.).
# "ظهر" (noon) is also in "بعد از ظهر" (afternoon) and "قبل از ظهر" (morning): not a time alone.
HOUR_BEFORE = ("ساعت",)
PM_WORDS = ("عصر", "بعد از ظهر", "بعدازظهر", "بعد‌ازظهر", "شب")
AM_WORDS = ("صبح", "بامداد", "قبل از ظهر")
TIME_WORDS = {"نیمه‌شب": "T00:00", "نیمه شب": "T00:00"}
