"""Vietnamese number words beyond CLDR's spell-out rules and num2words: the scale words in
both spellings ("nghìn" and "ngàn", "tỷ" and "tỉ"), "rưỡi" (and a half), "năm" (five, and
the year)."""

from checker.lang.no_folder import cldr_number_data

NUM2WORDS, GLUED_NUMBERS, ORDINAL_DOT, _ = cldr_number_data("vi")
# "thứ hai" is the second, and Monday; "hai" alone is two: neither is "other"
NOT_NUMBER_WORDS = ()

# "hai mươi mốt" (21), "hai mươi lăm" (25), "tư" (four after the tens: "hai mươi tư"), "linh"
# and "lẻ" (and no tens: "một trăm linh năm", 105)
NUMBER_WORDS = {"mốt": 1, "lăm": 5, "nhăm": 5}
# "ba ngàn" (3,000, the southern spelling), "2 tỉ" (the older spelling of "tỷ"), "một tá"
# (a dozen), "vạn" (ten thousand)
MULTIPLIERS = {"nghìn": 10**3, "ngàn": 10**3, "vạn": 10**4, "triệu": 10**6, "tỷ": 10**9,
               "tỉ": 10**9, "tá": 12}
ARTICLES_ONE = ()
# "hai triệu rưỡi" (2.5 million), "một tiếng rưỡi" (an hour and a half)
HALF_AFTER = ("rưỡi",)
HALF_BEFORE = ("nửa",)
# "năm" is five, and the year ("năm 2023", "21 năm tù": 21 years in prison, "năm ngoái":
# last year): a number only beside another number word or before a counted noun
COUNTED_ONLY = ("năm",)
COUNTED_WORDS = ("người", "trẻ", "em", "chiếc", "ngôi", "con", "binh", "lính", "thợ",
                 "nhà", "tỉnh", "nước", "quốc", "thành", "lần", "cây", "ngày", "tuần",
                 "tháng", "giờ", "tiếng", "phút", "km", "kg", "tấn", "mét", "độ", "triệu",
                 "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "mươi", "phần", "bị", "đã", "nạn")
QUALIFIERS_BEFORE = {
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "hơn": "more_than",
    "trên": "more_than",
    "khoảng": "about",
    "chừng": "about",
    "gần": "nearly",
    "suýt": "nearly",
    "tới": "up_to",
    "lên tới": "up_to",
    "lên đến": "up_to",
    "tối đa": "at_most",
    "dưới": "less_than",
    "chưa đến": "less_than",
    "không đến": "less_than",
}
PERCENT_AFTER = ("phần trăm", "điểm phần trăm")
PERCENT_BEFORE = ()
RANGE_WORDS = ("đến", "tới")
# "năm 1932": the year word comes before the year
YEAR_BEFORE = ("năm", "từ năm", "vào năm")
DECIMAL_WORDS = ("phẩy",)
# "lúc 15h30", "lúc 3 giờ": a clock time
TIME_BEFORE = ("lúc", "vào lúc")
TIME_AFTER = ("giờ",)
UNITS = {"người": "person", "binh sĩ": "soldier", "quân": "soldier", "lính": "soldier",
         "trẻ em": "child", "cảnh sát": "police", "phần trăm": "percent", "đô la": "dollar",
         "usd": "dollar", "euro": "euro", "km": "km", "ki-lô-mét": "km", "kilômét": "km",
         "cây số": "km", "kg": "kg", "ki-lô-gam": "kg", "cân": "kg", "tấn": "ton",
         "mét": "m", "độ": "degree", "dặm": "mile", "phút": "minute", "giờ": "hour",
         "tiếng": "hour", "ngày": "day", "tuần": "week", "tháng": "month", "năm": "year",
         "tuổi": "age"}
# "thứ nhất" (first), "thứ nhì" (second): ordinals are "thứ" and the number word. "thứ
# hai" to "thứ bảy" are also Monday to Saturday (dates.py)
ORDINAL_WORDS = {"thứ nhất": 1, "thứ nhì": 2, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4,
                 "thứ năm": 5, "thứ sáu": 6, "thứ bảy": 7, "thứ tám": 8, "thứ chín": 9,
                 "thứ mười": 10}
FRACTION_ALONE = {"một nửa": 1 / 2}
SHARE_BETWEEN = ("trên",)
# "quý hai", "quý 3": the second, the third quarter (the ordinal is the number after it)
ORDINAL_BEFORE = ("quý",)
ORDINAL_WORDS.update({f"quý {word}": number for number, word in
                      enumerate(("một", "hai", "ba", "bốn"), 1)})
ORDINAL_WORDS.update({"quý tư": 4, "quý i": 1, "quý ii": 2, "quý iii": 3, "quý iv": 4})
