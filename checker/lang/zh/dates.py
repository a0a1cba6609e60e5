"""Chinese date data beyond CLDR."""

CLDR_LOCALES = ["zh", "zh_Hant"]
MONTHS = {f"{n}月": n for n in range(1, 13)}
WEEKDAYS = {
    "周一": "Monday",
    "周二": "Tuesday",
    "周三": "Wednesday",
    "周四": "Thursday",
    "周五": "Friday",
    "周六": "Saturday",
    "周日": "Sunday",
    "周天": "Sunday",
    "星期天": "Sunday",
    "礼拜一": "Monday",
    "礼拜二": "Tuesday",
    "礼拜三": "Wednesday",
    "礼拜四": "Thursday",
    "礼拜五": "Friday",
    "礼拜六": "Saturday",
    "礼拜天": "Sunday",
    "礼拜日": "Sunday",
}
RELATIVE_DAYS = {
    "昨天": "yesterday",
    "今天": "today",
    "明天": "tomorrow",
    "昨日": "yesterday",
    "今日": "today",
    "明日": "tomorrow",
    "前天": "day_before_yesterday",
    "后天": "day_after_tomorrow",
}
YEAR_MARKS = ("年",)
DAY_MARKS = ("日", "号")
HOUR_MARKS = ("时", "点")
MINUTE_MARKS = ("分",)
HALF_MARKS = ("半",)
QUARTER_MARKS = ("刻",)  # "八点一刻": 8:15
PM_BEFORE = ("下午", "晚上", "傍晚")  # "下午4时": 16:00
TIME_WORDS = {"午夜": "T00:00"}

# "6月12日至15日", "12日和13日": two days of one month
DAY_PAIR_WORDS = ("至", "到", "和", "、")

# "昨晚" / "昨夜" last night, "今晚" tonight, "今早" this morning
RELATIVE_DAYS.update({"昨晚": "yesterday", "昨夜": "yesterday", "今晚": "today", "今早": "today"})
SEASONS = {"春天": "spring", "春季": "spring", "夏天": "summer", "夏季": "summer",
           "秋天": "autumn", "秋季": "autumn", "冬天": "winter", "冬季": "winter"}
# The part of a month, after it: "10月初", "5月中旬", "6月底"
MONTH_PARTS_AFTER = {"初": "early", "上旬": "early", "中旬": "mid", "底": "late", "下旬": "late",
                     "末": "late"}
# Last, this and next week, month and year beside CLDR's "上周", "明年" (`compare.dates`:
# compared with the same unit only)
RELATIVE_PERIODS = {"上月": "month-1", "下月": "month+1", "上星期": "week-1", "下星期": "week+1",
                    "这个月": "month+0", "这周": "week+0", "本年": "year+0"}
