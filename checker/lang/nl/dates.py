"""Dutch date data beyond CLDR."""

PREFIX_MATCH = True  # "donderdagavond"
RELATIVE_DAYS = {"gisteren": "yesterday", "vandaag": "today",
                 "eergisteren": "day_before_yesterday", "overmorgen": "day_after_tomorrow"}
TIME_WORDS = {"middernacht": "T00:00", "middaguur": "T12:00"}  # "rond het middaguur": noon

# "12 en 13 juni"
DAY_PAIR_WORDS = ("en",)

# "om half negen": half an hour before nine, 8:30
HALF_HOUR_BEFORE = ("half",)
