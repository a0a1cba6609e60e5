"""Spanish date data beyond CLDR."""

MONTHS = {"setiembre": 9}
WEEKDAYS = {"miercoles": "Wednesday", "sabado": "Saturday"}
# habits, in the plural: "los sábados", "los domingos" (the other weekdays do not change)
NAME_ENDINGS = {"ado": ("ados",), "ingo": ("ingos",)}
DATE_FILLERS = ("de", "del")
RELATIVE_DAYS = {
    "ayer": "yesterday",
    "hoy": "today",
    "mañana": "tomorrow",
    "anteayer": "day_before_yesterday",
    "antes de ayer": "day_before_yesterday",
    "pasado mañana": "day_after_tomorrow",
}
TIME_WORDS = {"medianoche": "T00:00", "mediodía": "T12:00"}

# "los días 12 y 13 de junio"
DAY_PAIR_WORDS = ("y",)
