"""Japanese date data beyond CLDR."""

MONTHS = {f"{n}月": n for n in range(1, 13)}
WEEKDAYS = {
    "月曜": "Monday",
    "火曜": "Tuesday",
    "水曜": "Wednesday",
    "木曜": "Thursday",
    "金曜": "Friday",
    "土曜": "Saturday",
    "日曜": "Sunday",
}
RELATIVE_DAYS = {"昨日": "yesterday", "今日": "today", "明日": "tomorrow"}
YEAR_MARKS = ("年",)
DAY_MARKS = ("日",)
HOUR_MARKS = ("時",)
MINUTE_MARKS = ("分",)
HALF_MARKS = ("半",)
PM_BEFORE = ("午後",)  # "午後4時": 16:00

# "6月12日～15日", "12日から15日"
DAY_PAIR_WORDS = ("から", "と", "、")
