"""Persian number data: words from num2words; Persian digits are read by the machinery."""

NUM2WORDS = "fa"
MULTIPLIERS = {"هزار": 1000, "میلیون": 10**6, "میلیارد": 10**9}
CONNECTORS = ("و",)
QUALIFIERS_BEFORE = {
    "دست کم": "at_least",
    "حداقل": "at_least",
    "بیش از": "more_than",
    "بیشتر از": "more_than",
    "حدود": "about",
    "تقریبا": "about",
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
