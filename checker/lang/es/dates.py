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
DAY_PAIR_WORDS = ("y", "y el")  # "entre el 2 y el 4 de junio"

# The clock in words: the article before an hour said with its half ("a las seis y media",
# "a la una y media": 6:30, 1:30); the quarters said after the hour ("las seis y cuarto":
# 6:15, "las siete menos cuarto": 6:45)
SPLIT_HOUR_BEFORE = ("a las", "las", "a la", "la")
MINUTES_AFTER_HOUR = {"y cuarto": 15, "menos cuarto": -15}
# The morning after an hour ("a las cuatro de la mañana"): CLDR gives the afternoon marks only
AM_WORDS = ("de la mañana", "de la madrugada")

# a count of hours after these is a length of time ("durante 10 horas"), never the clock
SPAN_BEFORE = ("durante", "en", "tras", "dentro de", "por", "hace", "más de", "menos de")

# "anoche" is last night, "esta noche" tonight, "esta mañana" this morning
RELATIVE_DAYS.update({"anoche": "yesterday", "esta noche": "today", "esta mañana": "today"})
SEASONS = {"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"}
# The part of a month: "a principios de octubre", "a mediados de mayo", "a finales de junio"
MONTH_PARTS_BEFORE = {"principios de": "early", "comienzos de": "early", "inicios de": "early",
                      "mediados de": "mid", "finales de": "late", "fines de": "late"}
# Last and next week, month and year said another way than CLDR's "la próxima semana"
# (`compare.dates`: compared with the same unit only)
# ("del año pasado": "el" glued to "de")
RELATIVE_PERIODS = {"el año que viene": "year+1", "la semana que viene": "week+1",
                    "el mes que viene": "month+1", "año pasado": "year-1",
                    "semana pasada": "week-1", "mes pasado": "month-1", "próximo año": "year+1",
                    "próxima semana": "week+1", "próximo mes": "month+1"}
# a day said without its month: "el día 28", "desde el día 3" (as Portuguese "no dia 27")
DAY_BEFORE = ("día",)
