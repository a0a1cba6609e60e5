"""Arabic number data: num2words words plus the forms news text uses
(accusative/genitive tens, "و" glued to the next word, plural scale words)."""

NUM2WORDS = "ar"
_TENS = {
    "عشرين": 20,
    "ثلاثين": 30,
    "أربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
    "عشرون": 20,
    "ثلاثون": 30,
    "أربعون": 40,
    "خمسون": 50,
    "ستون": 60,
    "سبعون": 70,
    "ثمانون": 80,
    "تسعون": 90,
}
NUMBER_WORDS = {
    **_TENS,
    **{"و" + k: v for k, v in _TENS.items()},
    "اثنين": 2,
    "اثنتين": 2,
    # the units of 11 and 12, which come only before "عشر"/"عشرة" (one and two alone are
    # "واحد", "اثنان"): "أحد عشر", "اثنتا عشرة"
    "أحد": 1,
    "إحدى": 1,
    "اثنا": 2,
    "اثنتا": 2,
    "اثني": 2,
    "اثنتي": 2,
    "ثلاث": 3,
    "أربع": 4,
    "خمس": 5,
    "ست": 6,
    "سبع": 7,
    "ثماني": 8,
    "تسع": 9,
    "عشر": 10,
    "مئة": 100,
    "مائة": 100,
    "مئتين": 200,
    "مائتين": 200,
    "مئتان": 200,
    "مائتان": 200,
    # hundreds in the "مئة" spelling news uses (num2words writes "مائة")
    "ثلاثمئة": 300,
    "أربعمئة": 400,
    "خمسمئة": 500,
    "ستمئة": 600,
    "سبعمئة": 700,
    "ثمانمئة": 800,
    "تسعمئة": 900,
    "ألف": 1000,
}
MULTIPLIERS = {
    "مئة": 100,
    "مائة": 100,
    "ألف": 1000,
    "آلاف": 1000,
    "ألفا": 1000,
    "مليون": 10**6,
    "ملايين": 10**6,
    "مليونا": 10**6,
    "مليار": 10**9,
    "بليون": 10**9,  # the older word for a billion
    "تريليون": 10**12,  # CLDR spells it "ترليون"
    "مليارات": 10**9,
    "مليارا": 10**9,
    "مليوناً": 10**6,
    "ألفاً": 1000,
    "مليارً": 10**9,
    "ملياراً": 10**9,
}
# Dual forms: alone they are two of the unit ("ألفا" 2000); after a number, the unit.
ALONE_VALUES = {
    "ألفا": 2000,
    "ألفان": 2000,
    "ألفين": 2000,
    "مليونا": 2 * 10**6,
    "مليونان": 2 * 10**6,
    "مليونين": 2 * 10**6,
    "مليارا": 2 * 10**9,
    # the dual before its noun ("مليوني دولار": two million dollars)
    "ألفي": 2000,
    "مئتي": 200,  # "مئتي عائلة": two hundred families
    "مائتي": 200,
    "مليوني": 2 * 10**6,
    "ملياري": 2 * 10**9,
    "مليارين": 2 * 10**9,
}
# The dual of a counted noun is two of it without a number word ("بعد يومين": two days
# later; "قُتل شخصان": two people were killed): nominative -ان, oblique -ين; ة becomes ت.
# Nouns of units and of people only ("رجلين" is also "two legs"; "مرتين", twice, is an
# adverb English says without a number).
_DUAL_NOUNS = ("يوم", "أسبوع", "شهر", "عام", "سنة", "ساعة", "دقيقة", "شخص", "طفل", "جندي",
               "امرأة", "قتيل")
ALONE_VALUES.update({
    (noun[:-1] + "ت" if noun.endswith("ة") else noun) + ending: 2
    for noun in _DUAL_NOUNS for ending in ("ان", "ين")
})
CONNECTORS = ("و",)
QUALIFIERS_BEFORE = {
    "أكثر من": "more_than",
    "ما يزيد عن": "more_than",
    "ما يزيد على": "more_than",
    "ما لا يقل عن": "at_least",
    "نحو": "about",
    "حوالي": "about",
    "حوالى": "about",
    "قرابة": "about",
    "زهاء": "about",
    "ما يقرب من": "nearly",
    "أقل من": "less_than",
    "حتى": "up_to",
    "ما يصل إلى": "up_to",
}
QUALIFIERS_AFTER = {"على الأقل": "at_least", "تقريبا": "about", "تقريبًا": "about"}
PERCENT_AFTER = ("بالمئة", "بالمائة", "في المئة", "في المائة", "بالمية")
# points of a rate or an index ("0.5 points"): what a hundred basis points make
POINT_AFTER = ("نقطة", "نقاط", "نقطة مئوية", "نقاط مئوية")
YEAR_BEFORE = ("عام", "العام", "سنة", "في", "منذ", "حتى", "خلال")
UNITS = {
    "جندي": "soldier",
    "جنود": "soldier",
    "عسكري": "soldier",
    "مدني": "civilian",
    "شخص": "person",
    "أشخاص": "person",
    "طفل": "child",
    "أطفال": "child",
    "شرطي": "police",
    "دولار": "dollar",
    "يورو": "euro",
    "كيلومتر": "km",
    "كلم": "km",
    "متر": "m",
    "دونم": "dunam",  # 1,000 m²
    "عاما": "year",
    "سنة": "year",
    "سنوات": "year",
    "شهر": "month",
    "أسبوع": "week",
    "يوم": "day",
    "أيام": "day",
    "ساعة": "hour",
    "دقيقة": "minute",
    "حالة": "case",
    "قتيل": "death",
    "قتلى": "death",
}
TIME_BEFORE = ("الساعة",)  # "saat 10.00": a clock time, not a decimal
# the times of day after an hour ("8 صباحًا", "الثامنة مساءً"); "مساء" also makes it p.m.
TIME_AFTER = ("صباحًا", "صباحا", "صباحاً", "مساءً", "مساء", "مساءا", "ظهرًا", "ظهرا", "ظهراً")

FRACTION_ALONE = {
    "نصف": 1 / 2,
    "ثلث": 1 / 3,
    "ربع": 1 / 4,
    "ثلثا": 2 / 3,
    "ثلثي": 2 / 3,
}
# Ordinal words, masculine and feminine, with and without the article: "الجولة الثالثة".
_ORDINAL_STEMS = {
    "حادي": 1,  # only in 11th and 21st...: "الحادي عشر", "الحادي والعشرين"
    "ثاني": 2,
    "ثالث": 3,
    "رابع": 4,
    "خامس": 5,
    "سادس": 6,
    "سابع": 7,
    "ثامن": 8,
    "تاسع": 9,
    "عاشر": 10,
}
ORDINAL_WORDS = {
    article + stem + ending: value
    for stem, value in _ORDINAL_STEMS.items()
    for article in ("", "ال")
    for ending in ("", "ة")
}
ORDINAL_WORDS.update({"ثانية": 2, "الثانية": 2})  # "ثاني" + "ة" is written "ثانية"
UNITS_BEFORE_TENS = True  # "واحد وعشرون" (21), "الخامسة والعشرين" (25th)
# "الثمانينيات" (the eighties): the tens word with "يات"
DECADE_WORD_ENDINGS = {"": ("يات",)}
CENTURY_WORDS = ("القرن", "قرن")  # "القرن العشرين": the 20th century
HALF_BEFORE = ("نصف",)  # "نصف مليون": 500,000
# the ordinals of the round tens are the cardinal with the article: "الذكرى الأربعون"
ORDINAL_ARTICLE = "ال"
# "في سن الرابعة عشرة": at the age of fourteen, said with the ordinal
AGE_BEFORE_ORDINAL = ("سن",)
# a count out of a larger count is a share: "اثنان من كل ثلاثة" (two in three), "واحد من كل
# خمسة" (one in five)
SHARE_BETWEEN = ("من كل",)

# the word said for the decimal mark between a whole number and its decimals in words
DECIMAL_WORDS = ("فاصلة",)
