"""Bulgarian date data beyond CLDR."""

RELATIVE_DAYS = {"вчера": "yesterday", "днес": "today", "утре": "tomorrow"}
