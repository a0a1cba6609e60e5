"""Persian number data: words from num2words; Persian digits are read by the machinery."""

NUM2WORDS = "fa"
MULTIPLIERS = {"هزار": 1000, "میلیون": 10**6, "میلیارد": 10**9}
CONNECTORS = ("و",)
QUALIFIERS_BEFORE = {
    "دست کم": "at_least",
    "دست‌کم": "at_least",
    "دستکم": "at_least",
    "حداقل": "at_least",
    "بیش از": "more_than",
    "بیشتر از": "more_than",
    "حدود": "about",
    "تقریبا": "about",
    "تقریباً": "about",
    "در حدود": "about",
    "قریب به": "nearly",
    "بالغ بر": "about",
    "افزون بر": "more_than",
    "بیش‌از": "more_than",
    "نزدیک به": "nearly",
    "تا": "up_to",
    "کمتر از": "less_than",
}
PERCENT_AFTER = ("درصد",)
UNITS = {
    "سرباز": "soldier",
    "غیرنظامی": "civilian",
    "نفر": "person",
    "کودک": "child",
    "درصد": "percent",
    "دلار": "dollar",
    "یورو": "euro",
    "ریال": "rial",
    "تومان": "toman",
    "کیلومتر": "km",
    "سال": "year",
    "ماه": "month",
    "هفته": "week",
    "روز": "day",
    "ساعت": "hour",
    "دقیقه": "minute",
}

FRACTION_ALONE = {"نیمی": 1 / 2, "نصف": 1 / 2}

# "دو و نیم میلیارد": two and a half billion
HALF_AFTER = ("و نیم",)
# "سومین نشست" (the third meeting): the ordinal with -ین before its noun
ORDINAL_ENDINGS = ("ین",)
ORDINAL_WORDS = {"نخستین": 1, "اولین": 1, "نخست": 1}
# "از هر پنج نفر یک نفر" (of every five people, one person): one out of that count, 1/5
SHARE_ONE_AFTER = ("یک نفر", "یکی")

# "یک پنجم" (one fifth), "دو سوم" (two thirds): the ordinal after a count is a fraction
FRACTION_WORDS = {"دوم": 1 / 2, "سوم": 1 / 3, "چهارم": 1 / 4, "پنجم": 1 / 5, "ششم": 1 / 6,
                  "هفتم": 1 / 7, "هشتم": 1 / 8, "نهم": 1 / 9, "دهم": 1 / 10}
# "نه" is nine, and also "no", "not" and "neither ... nor" ("نه تنها": not only): a number
# alone only before a counted noun ("نه نفر", nine people)
COUNTED_ONLY = ("نه",)
COUNTED_WORDS = ("کشور", "عضو", "زن", "مرد", "بار", "شهر", "استان", "سال", "ماه", "هفته",
                 "روز", "فرزند", "دانشجو", "زندانی", "مسافر", "کارگر", "پلیس", "فلسطینی",
                 "میلیون", "هزار", "صد", "راکت", "موشک", "پهپاد", "خودرو", "کودک")
