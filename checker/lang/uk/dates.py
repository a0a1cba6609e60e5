"""Ukrainian date data beyond CLDR."""

MONTHS = {
    "січні": 1,
    "лютому": 2,
    "березні": 3,
    "квітні": 4,
    "травні": 5,
    "червні": 6,
    "липні": 7,
    "серпні": 8,
    "вересні": 9,
    "жовтні": 10,
    "листопаді": 11,
    "грудні": 12,
}
# Adjectives made from CLDR's names: "липневий", "лютневого", "листопадових";
# "суботній", "п'ятничне", "недільного", "понеділкова".
_ADJECTIVE = (
    *("ий", "ій", "а", "я", "е", "є", "і", "ого", "ього", "ому", "ьому", "ої", "ьої"),
    *("у", "ю", "их", "іх", "им", "ім", "ими", "іми", "ою", "ьою"),
)
NAME_ENDINGS = {
    # середи, суботу, суботою; "по суботах" (on Saturdays), "по неділях", "по вівторках"
    "а": ("и", "у", "ою", "ах"),
    "я": ("і", "ю", "ею", "ях"),
    # понеділка, вівторку; the adjective drops the fleeting "о": "вівторкова", "понеділкового"
    "ок": ("ка", "ку", "ком", "ки", "ках", *("ков" + e for e in _ADJECTIVE)),
    # четверга, "четвергова"
    "ер": ("ерга", "ергу", "ергом", "ергах", *("ергов" + e for e in _ADJECTIVE)),
    "ень": tuple("нев" + e for e in _ADJECTIVE),
    "ий": tuple("нев" + e for e in _ADJECTIVE),
    "": tuple("ов" + e for e in _ADJECTIVE),
    "та": tuple("тн" + e for e in _ADJECTIVE),
    "ця": tuple("чн" + e for e in _ADJECTIVE),
    "ля": tuple("льн" + e for e in _ADJECTIVE),
}
WEEKDAYS = {
    "понеділка": "Monday",
    "вівторка": "Tuesday",
    "середу": "Wednesday",
    "четверга": "Thursday",
    "п'ятницю": "Friday",
    "п’ятницю": "Friday",
    "суботу": "Saturday",
    "неділю": "Sunday",
}
RELATIVE_DAYS = {
    "вчора": "yesterday",
    "учора": "yesterday",
    "сьогодні": "today",
    "завтра": "tomorrow",
    "позавчора": "day_before_yesterday",
    "післязавтра": "day_after_tomorrow",
}
TIME_WORDS = {"опівночі": "T00:00", "опівдні": "T12:00", "полудень": "T12:00", "полудня": "T12:00"}
PM_WORDS = ("вечора",)  # "о 8 вечора": 20:00

# "12 і 13 червня", "з 12 по 15 червня"
DAY_PAIR_WORDS = ("і", "й", "та", "по")
# "о пів на дев'яту" (8:30: half towards the ninth hour), "о чверть на третю" (2:15), "за
# чверть дев'ята" (8:45)
MINUTES_BEFORE_HOUR = {"пів на": -30, "чверть на": -45, "за чверть": -15}
ORDINAL_HOURS = True  # "о дев’ятій вечора": at 9 p.m., "о третій годині": at three
# "у ніч на вівторок", "в ніч проти неділі": the night before that day, which the other side
# may name by either day ("Monday night", "overnight into Tuesday")
NIGHT_BEFORE = ("ніч на", "ніч проти", "ночі на", "ночі проти")

# "минулої ночі" is last night; "цієї ночі" and "сьогодні вночі" tonight or last night, so
# either (`compare.dates` takes a value with "|" as any of its days)
RELATIVE_DAYS.update({"минулої ночі": "yesterday", "цієї ночі": "yesterday|today",
                      "сьогодні вночі": "yesterday|today"})
# The seasons in their case forms ("навесні", "влітку", "восени", "взимку"); "літ" is "years"
SEASONS = {
    **dict.fromkeys(("весна", "весни", "весні", "весну", "весною", "навесні"), "spring"),
    **dict.fromkeys(("літо", "літа", "літу", "влітку", "улітку", "літом"), "summer"),
    **dict.fromkeys(("осінь", "осені", "восени", "осінню", "увосени"), "autumn"),
    **dict.fromkeys(("зима", "зими", "зимі", "зиму", "взимку", "узимку", "зимою"), "winter"),
}
# The part of a month: "на початку жовтня", "в середині травня", "наприкінці червня"
MONTH_PARTS_BEFORE = {"на початку": "early", "на початок": "early", "в середині": "mid",
                      "у середині": "mid", "наприкінці": "late", "в кінці": "late",
                      "у кінці": "late", "до кінця": "late", "кінець": "late"}
