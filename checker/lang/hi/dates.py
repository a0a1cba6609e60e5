"""Hindi date data beyond CLDR."""

RELATIVE_DAYS = {"आज": "today"}
