"""Portuguese date data beyond CLDR."""

DATE_FILLERS = ("de",)
WEEKDAYS = {
    "segunda": "Monday",
    "terça": "Tuesday",
    "quarta": "Wednesday",
    "quinta": "Thursday",
    "sexta": "Friday",
}
AMBIGUOUS = ("segunda", "terça", "quarta", "quinta", "sexta")  # also ordinals
RELATIVE_DAYS = {"ontem": "yesterday", "hoje": "today", "amanhã": "tomorrow"}
TIME_WORDS = {"meia-noite": "T00:00", "meio-dia": "T12:00"}
