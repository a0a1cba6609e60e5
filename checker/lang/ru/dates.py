"""Russian date data beyond CLDR (which gives nominative and genitive months)."""

MONTHS = {
    "январе": 1,
    "феврале": 2,
    "марте": 3,
    "апреле": 4,
    "мае": 5,
    "июне": 6,
    "июле": 7,
    "августе": 8,
    "сентябре": 9,
    "октябре": 10,
    "ноябре": 11,
    "декабре": 12,
    "январём": 1,
    "январем": 1,
    "февралём": 2,
    "февралем": 2,
    "январю": 1,
    "февралю": 2,
}
WEEKDAYS = {
    "понедельника": "Monday",
    "понедельнику": "Monday",
    "вторника": "Tuesday",
    "вторнику": "Tuesday",
    "среду": "Wednesday",
    "среды": "Wednesday",
    "четверга": "Thursday",
    "четвергу": "Thursday",
    "пятницу": "Friday",
    "пятницы": "Friday",
    "субботу": "Saturday",
    "субботы": "Saturday",
    "воскресенья": "Sunday",
    "воскресенью": "Sunday",
}
# Case forms and adjectives made from CLDR's names ("июльский", "декабрьских",
# "мартовском"; "пятничный", "субботняя", "воскресное", "четверговый"; "по средам").
_ADJECTIVE = (
    *("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "его", "ого", "ему", "ому"),
    *("ем", "ом", "ей", "ую", "юю", "их", "ых", "им", "ым", "ими", "ыми"),
)
NAME_ENDINGS = {
    "": ("е", "ам", *("ск" + e for e in _ADJECTIVE), *("овск" + e for e in _ADJECTIVE),
         *("ов" + e for e in _ADJECTIVE)),
    "ь": ("е", *("ск" + e for e in _ADJECTIVE)),
    "й": ("е", *("ск" + e for e in _ADJECTIVE)),
    "а": ("ам",),
    "к": tuple("чн" + e for e in _ADJECTIVE),
    "ца": tuple("чн" + e for e in _ADJECTIVE),
    "та": tuple("тн" + e for e in _ADJECTIVE),
    "енье": ("ьям", *("н" + e for e in _ADJECTIVE)),
}
DATE_FILLERS = ()
RELATIVE_DAYS = {
    "вчера": "yesterday",
    "сегодня": "today",
    "завтра": "tomorrow",
    "позавчера": "day_before_yesterday",
    "послезавтра": "day_after_tomorrow",
}
TIME_WORDS = {"полночь": "T00:00", "полдень": "T12:00"}
# their case forms: "после полуночи", "до полудня", "в полдень"
TIME_WORDS.update({"полуночи": "T00:00", "полуночь": "T00:00", "полудня": "T12:00"})
PM_WORDS = ("вечера",)  # "в 8 вечера": 20:00

# "12 и 13 июня"
DAY_PAIR_WORDS = ("и",)
# "в половине девятого" (8:30: half of the ninth hour, the genitive ordinal), "в четверть
# девятого" (8:15), "без четверти девять" (8:45)
MINUTES_BEFORE_HOUR = {"в половине": -30, "в четверть": -45, "без четверти": -15}

# "в ночь на вторник" is the night before Tuesday (Monday night): the weekday is not read
NIGHT_BEFORE = ("ночь на", "ночи на", "ночью на", "ночь под", "ночи под")
# a count of hours after these is a length of time ("в течение 10 часов"), never the clock
# ... and the forms of the verbs of lasting: "переговоры длились 3 часа" (lasted 3 hours)
_LASTED = (
    *(f"{stem}{ending}" for stem in ("дли", "продли")
      for ending in ("тся", "лся", "лась", "лось", "лись", "ться")),
    "длятся", "продлятся", "продолжался", "продолжалась", "продолжалось", "продолжались",
    "продолжается", "продолжаются", "продолжаться")
SPAN_BEFORE = ("за", "в течение", "в течении", "на протяжении", "через", "спустя", *_LASTED)

# "прошлой ночью": last night; "сегодня ночью" and "этой ночью" are tonight or last night,
# so either (`compare.dates` takes a value with "|" as any of its days)
RELATIVE_DAYS.update({"прошлой ночью": "yesterday", "сегодня ночью": "yesterday|today",
                      "этой ночью": "yesterday|today"})
# The seasons in their case forms ("весной": in spring, "до лета", "этой осенью"); "лет"
# is "years", never summer
SEASONS = {
    **dict.fromkeys(("весна", "весны", "весне", "весну", "весной", "весною"), "spring"),
    **dict.fromkeys(("лето", "лета", "лету", "летом", "лете"), "summer"),
    **dict.fromkeys(("осень", "осени", "осенью"), "autumn"),
    **dict.fromkeys(("зима", "зимы", "зиме", "зиму", "зимой", "зимою"), "winter"),
}
# The part of a month: "в начале октября", "в середине мая", "в конце июня"
MONTH_PARTS_BEFORE = {"в начале": "early", "начале": "early", "в середине": "mid",
                      "середине": "mid", "в конце": "late", "конце": "late", "к концу": "late",
                      "до конца": "late"}
# Last, this and next week, month and year beside CLDR's "на прошлой неделе", "в этом году"
# (`compare.dates`: compared with the same unit only); the genitive after a month ("в марте
# прошлого года")
RELATIVE_PERIODS = {
    "в текущем году": "year+0", "в будущем году": "year+1", "на будущей неделе": "week+1",
    "в текущем месяце": "month+0", "прошлого года": "year-1", "этого года": "year+0",
    "текущего года": "year+0", "следующего года": "year+1", "будущего года": "year+1",
    "прошлого месяца": "month-1", "этого месяца": "month+0", "текущего месяца": "month+0",
    "прошлой недели": "week-1", "этой недели": "week+0",
}
