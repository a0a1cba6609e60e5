"""Italian date data beyond CLDR."""

DATE_FILLERS = ("del",)
RELATIVE_DAYS = {"ieri": "yesterday", "oggi": "today", "domani": "tomorrow"}
