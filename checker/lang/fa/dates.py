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

# Last, this and next week, month and year beside CLDR's "هفتهٔ گذشته", "سال آینده", "امسال":
# the ezafe written as "ـهٔ", "ـه‌ی" or not at all ("هفته گذشته"); "آتی" (coming) beside
# "آینده", "جاری" (current) for this one; "پارسال" is last year. Not "پیش" nor "قبل" (ago:
# "دو سال پیش" is two years ago).
RELATIVE_PERIODS = {
    f"{noun}{ezafe} {word}": f"{unit}{offset}"
    for unit, noun in (("week", "هفته"), ("month", "ماه"), ("year", "سال"))
    for ezafe in (("", "ٔ", "\u200cی", "ی") if noun.endswith("ه") and unit == "week" else ("",))
    for word, offset in (("گذشته", "-1"), ("آینده", "+1"), ("آتی", "+1"), ("جاری", "+0"))
} | {"پارسال": "year-1", "این هفته": "week+0", "این ماه": "month+0"}

# The months of the Solar Hijri calendar, which Iran dates by ("۲۸ آبان ۱۴۰۳"): such a date
# is not converted, so it is never compared with a Gregorian one. "مهر" (also a seal),
# "تیر" (a shot) and "دی" are months only after a day, as here.
OTHER_CALENDAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "امرداد", "شهریور",
                         "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
