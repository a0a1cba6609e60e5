"""Persian date data beyond CLDR."""

RELATIVE_DAYS = {"دیروز": "yesterday", "امروز": "today", "فردا": "tomorrow"}
