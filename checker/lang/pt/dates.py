"""Portuguese date data beyond CLDR."""

DATE_FILLERS = ("de",)
# a day said without its month: "no próximo dia 27", "no último dia 3", "sábado, dia 21"
DAY_BEFORE = ("dia",)
# places named with a month word: "Rio de Janeiro" (a dateline too: "RIO DE JANEIRO - ..."),
# Cape Verde's "Ilha do Maio" and "Vila do Maio"
NOT_DATES = ("rio de janeiro", "ilha do maio", "vila do maio")
WEEKDAYS = {
    "segunda": "Monday",
    "terça": "Tuesday",
    "quarta": "Wednesday",
    "quinta": "Thursday",
    "sexta": "Friday",
}
# habits, in the plural: "aos sábados", "às segundas-feiras"
NAME_ENDINGS = {"a-feira": ("as-feiras",), "ado": ("ados",), "ingo": ("ingos",)}
AMBIGUOUS = ("segunda", "terça", "quarta", "quinta", "sexta")  # also ordinals
RELATIVE_DAYS = {"ontem": "yesterday", "hoje": "today", "amanhã": "tomorrow",
                 "anteontem": "day_before_yesterday", "ante-ontem": "day_before_yesterday",
                 "depois de amanhã": "day_after_tomorrow"}
TIME_WORDS = {"meia-noite": "T00:00", "meio-dia": "T12:00"}
# The short weekday is a weekday in any case with a time of day or a day after it ("sexta à
# noite", "sexta (5)") or "this/last/next" before it ("nesta sexta", "na última quinta").
WEEKDAY_CONTEXT_AFTER = ("à noite", "à tarde", "de manhã", "pela manhã", "(", "passad")
# ... or ends its clause: "o anúncio foi feito na segunda.", "Na sexta, o governo ..." (an
# ordinal is followed by its noun: "a segunda vez")
WEEKDAY_CONTEXT_AFTER += (",", ".", ";")
# ... but only after a word for "on", "until", "since" ("a segunda, mais cara," is the
# second one), at the start of the sentence, or before a day ("segunda, 5 de maio")
CLAUSE_END_BEFORE = ("na", "no", "até", "desde", "para", "à", "de", "e", "ou", "ou na", "e na")
CLAUSE_END_BEFORE += tuple(  # the end of a span of days: "de segunda a sexta,"
    f"{day} {link}" for link in ("a", "à") for day in (*WEEKDAYS, "sábado", "domingo"))
# ... or opens a span of days: "de segunda a sexta", "de terça à quinta"
WEEKDAY_CONTEXT_AFTER += tuple(
    f"{link} {day}"
    for link in ("a", "à")
    for day in (*WEEKDAYS, "sábado", "domingo")
)
WEEKDAYS.update(
    {
        f"{before} {day}": name
        for day, name in list(WEEKDAYS.items())
        for before in ("nesta", "desta", "nessa", "dessa", "última", "próxima")
    }
)
# a part of the day with "de" before the short weekday: "na manhã de sexta", "na noite de
# quarta" (an ordinal never follows a part of the day)
WEEKDAYS.update(
    {
        f"{part} de {day}": name
        for day, name in list(WEEKDAYS.items())
        if " " not in day
        for part in ("manhã", "tarde", "noite", "madrugada")
    }
)
# the weekday written with its ordinal in digits: "2.ª feira", "2ª-feira", "6.ª feira"
WEEKDAYS.update(
    {
        f"{digit}{mark}{gap}feira": name
        for digit, name in zip("23456", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
                               strict=True)
        for mark in (".ª", "ª", ".a")
        for gap in (" ", "-")
    }
)

# "12 e 13 de junho", "do dia 12 ao dia 15"; a night across two days: "na noite de 18
# para 19 de dezembro"
DAY_PAIR_WORDS = ("e", "ao", "para")

# The clock in words: the article before an hour said with its half ("às seis e meia",
# "à uma e meia": 6:30, 1:30); the quarters said after or before the hour ("às seis e um
# quarto", "às sete menos um quarto"; Brazilian "um quarto para as sete": 6:45). Not
# "e quinze": "entre dez e quinze pessoas" is a span of counts.
SPLIT_HOUR_BEFORE = ("às", "à")
MINUTES_AFTER_HOUR = {"e um quarto": 15, "menos um quarto": -15}
MINUTES_BEFORE_HOUR = {"um quarto para as": -15, "um quarto para a": -15}
# The morning after an hour ("às quatro da manhã"): CLDR gives the afternoon marks only
AM_WORDS = ("da manhã", "da madrugada")

# a count of hours after these is a length of time ("durante 10 horas", "interditada por 18
# horas", "há 3 horas", "após 12 horas", "mais de 48 horas"), never the clock
SPAN_BEFORE = ("durante", "em", "dentro de", "por", "há", "após", "mais de", "menos de")

# "esta noite" is tonight or last night, so either (`compare.dates` takes a value with "|"
# as any of its days); "esta manhã" this morning; "ontem à noite" is read by "ontem"
RELATIVE_DAYS.update({"esta noite": "yesterday|today", "esta manhã": "today",
                      "nesta manhã": "today"})
SEASONS = {"primavera": "spring", "verão": "summer", "outono": "autumn", "inverno": "winter"}
# The part of a month: "no início de outubro", "em meados de maio", "no final de junho"
MONTH_PARTS_BEFORE = {"início de": "early", "inícios de": "early", "começo de": "early",
                      "princípio de": "early", "meados de": "mid", "final de": "late",
                      "finais de": "late", "fim de": "late", "fins de": "late"}
