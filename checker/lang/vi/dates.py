"""Vietnamese dates beyond CLDR: months named by their number in words ("tháng Ba", March),
the weekdays as the press writes them ("thứ Năm", Thursday), the day word before a day and
month in digits ("ngày 15/12"), relative days and periods, clock times ("15h30", "3 giờ
chiều")."""

_MONTH_NUMBERS = ("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
                  "mười một", "mười hai")
# "tháng Ba" (March), "tháng Giêng" (the first month), "tháng Chạp" (the twelfth)
MONTHS = {f"tháng {word}": number for number, word in enumerate(_MONTH_NUMBERS, 1)}
MONTHS.update({"tháng giêng": 1, "tháng chạp": 12, "tháng bốn": 4})
# "tháng năm" is also "months and years": May only with its capital ("tháng Năm")
CAPITALISED = ("tháng năm",)
WEEKDAYS = {"chủ nhật": "Sunday", "chúa nhật": "Sunday"}
# "lần thứ ba" (the third time), "xếp thứ ba" (ranked third): an ordinal, not Tuesday
COUNTED_BEFORE = ("lần", "hạng", "xếp", "về", "đạt", "giành", "vòng", "đợt", "kỳ", "khóa",
                  "vị trí", "quý", "phần", "chương", "tập", "thế hệ", "người", "nhiệm kỳ",
                  "đứng")
RELATIVE_DAYS = {"hôm qua": "yesterday", "hôm nay": "today", "ngày mai": "tomorrow",
                 "hôm kia": "day_before_yesterday", "ngày kia": "day_after_tomorrow"}
RELATIVE_PERIODS = {"năm ngoái": "year-1", "năm trước": "year-1", "năm nay": "year+0",
                    "năm sau": "year+1", "năm tới": "year+1", "tuần trước": "week-1",
                    "tuần này": "week+0", "tuần sau": "week+1", "tuần tới": "week+1",
                    "tháng trước": "month-1", "tháng này": "month+0", "tháng sau": "month+1",
                    "tháng tới": "month+1"}
TIME_WORDS = {"nửa đêm": "T00:00", "giữa trưa": "T12:00", "buổi trưa": "T12:00",
              "trưa": "T12:00"}
# "ngày 3 tháng 3 năm 2023": the day word, the month, the year word
DATE_FILLERS = ("năm",)
DAY_PAIR_WORDS = ("và",)
HOUR_BEFORE = ("lúc",)
PM_WORDS = ("chiều", "tối", "giờ chiều", "giờ tối")
AM_WORDS = ("sáng", "giờ sáng")
SPAN_HOUR_WORDS = ("giờ",)
SPAN_BEFORE = ("trong", "kéo dài", "mất", "sau")
# "ngày 15/12", "ngày 3/3": the day word makes a day and month in digits a date
DAY_MONTH_BEFORE = ("ngày", "hôm")
