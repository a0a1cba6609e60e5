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
DATE_FILLERS = ()
RELATIVE_DAYS = {
    "вчера": "yesterday",
    "сегодня": "today",
    "завтра": "tomorrow",
    "позавчера": "day_before_yesterday",
    "послезавтра": "day_after_tomorrow",
}
