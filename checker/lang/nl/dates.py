"""Dutch date data beyond CLDR."""

PREFIX_MATCH = True  # "donderdagavond"
RELATIVE_DAYS = {"gisteren": "yesterday", "vandaag": "today"}
TIME_WORDS = {"middernacht": "T00:00"}
