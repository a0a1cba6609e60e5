"""Bulgarian date data beyond CLDR."""

RELATIVE_DAYS = {"вчера": "yesterday", "днес": "today", "утре": "tomorrow"}

# "12 и 13 юни", "от 12 до 15 юни"
DAY_PAIR_WORDS = ("и", "до")

# Definite forms of the weekday and month names: "петъка", "петъкът", "неделята".
NAME_ENDINGS = {"": ("а", "ът", "та")}
# "в 7 часа вечерта" (7 p.m.), "в 2 часа след полунощ" (2 a.m.), "в полунощ", "по обяд"
TIME_WORDS = {"полунощ": "T00:00", "полунощта": "T00:00", "по обяд": "T12:00"}
PM_WORDS = ("вечерта", "следобед", "след обяд", "през деня")
AM_WORDS = ("сутринта", "след полунощ", "през нощта", "рано сутринта")

# "в нощта срещу вторник" is the night before Tuesday (Monday night): the weekday is not read
NIGHT_BEFORE = ("нощта срещу", "нощ срещу", "нощта към", "нощта на")

# "в продължение на 12 часа" (for 12 hours), "в рамките на 24 часа": a count of hours, not
# the clock ("за" is left out: "насрочено за 10 ч." is a clock time)
SPAN_BEFORE = ("в продължение на", "в рамките на", "през последните")
