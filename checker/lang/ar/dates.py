"""Arabic date data beyond CLDR: Levantine and Maghrebi month names."""

MONTHS = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "ماي": 5,
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
    "إبريل": 4,
    "ابريل": 4,
    "اكتوبر": 10,
    "أغسطس": 8,
}
WEEKDAYS = {"الإثنين": "Monday", "الاثنين": "Monday"}
DATE_FILLERS = ("من",)  # "الأول من أكتوبر": the first of October
RELATIVE_DAYS = {"أمس": "yesterday", "اليوم": "today", "غدا": "tomorrow", "غدًا": "tomorrow",
                 "أول أمس": "day_before_yesterday", "أول من أمس": "day_before_yesterday",
                 "بعد غد": "day_after_tomorrow"}
TIME_WORDS = {"منتصف الليل": "T00:00", "منتصف النهار": "T12:00"}
PM_WORDS = ("مساء", "مساءً", "ظهرا", "ظهراً", "بعد الظهر")
# "الثامنة والربع": 8:15; "التاسعة إلا ربعا": 8:45
MINUTES_AFTER_HOUR = {"والربع": 15, "والنصف": 30, "والثلث": 20, "إلا ربعا": -15, "إلا ربع": -15}
HOUR_BEFORE = ("الساعة",)
ORDINAL_HOURS = True  # "الساعة الثامنة صباحًا": at 8 a.m.

# "12 و13 يونيو", "من 12 إلى 15 يونيو"
DAY_PAIR_WORDS = ("و", "إلى", "الى", "حتى")

# "الليلة الماضية" / "ليلة أمس" last night ("أمس" reads the second)
RELATIVE_DAYS.update({"الليلة الماضية": "yesterday"})
# The seasons with the article, and with "و" before it; "ربيع" without the article is also
# the month of the Hijri calendar
SEASONS = {}
for _form, _season in {"الربيع": "spring", "الصيف": "summer", "الخريف": "autumn",
                       "الشتاء": "winter", "صيفا": "summer", "صيفًا": "summer",
                       "شتاء": "winter", "شتاءً": "winter"}.items():
    SEASONS.update({_form: _season, "و" + _form: _season})
# The part of a month: "أوائل أكتوبر", "منتصف مايو", "أواخر يونيو", "نهاية يونيو"
MONTH_PARTS_BEFORE = {}
for _word, _part in {"أوائل": "early", "بداية": "early", "مطلع": "early", "منتصف": "mid",
                     "أواسط": "mid", "أواخر": "late", "نهاية": "late"}.items():
    MONTH_PARTS_BEFORE.update({_word: _part, _word + " شهر": _part, "في " + _word: _part})
# Last, this and next week, month and year beside CLDR's "الأسبوع الماضي", "السنة القادمة"
# (`compare.dates`: compared with the same unit only)
RELATIVE_PERIODS = {
    f"{unit} {word}": f"{name}{offset}"
    for unit, name, words in (
        ("العام", "year", {"الماضي": "-1", "المنصرم": "-1", "الفائت": "-1", "الحالي": "+0",
                           "الجاري": "+0", "المقبل": "+1", "القادم": "+1"}),
        ("الأسبوع", "week", {"المنصرم": "-1", "الفائت": "-1", "الحالي": "+0", "الجاري": "+0",
                             "المقبل": "+1"}),
        ("الشهر", "month", {"المنصرم": "-1", "الفائت": "-1", "الحالي": "+0", "الجاري": "+0",
                            "المقبل": "+1"}),
        ("السنة", "year", {"المقبلة": "+1", "الجارية": "+0"}),
    ) for word, offset in words.items()
} | {"هذا العام": "year+0"}
