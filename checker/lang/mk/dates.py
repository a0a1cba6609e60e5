"""Macedonian date data beyond CLDR."""

RELATIVE_DAYS = {"вчера": "yesterday", "денес": "today", "утре": "tomorrow"}
