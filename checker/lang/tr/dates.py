"""Turkish date data beyond CLDR."""

CAPITALISED = ("ocak", "ekim", "mart", "pazar", "cuma")  # also "stove", "sowing", "march", "market"
RELATIVE_DAYS = {"dün": "yesterday", "bugün": "today", "yarın": "tomorrow"}
DATE_FILLERS = ()
