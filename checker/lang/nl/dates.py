"""Dutch date data beyond CLDR."""

PREFIX_MATCH = True  # "donderdagavond"
RELATIVE_DAYS = {"gisteren": "yesterday", "vandaag": "today",
                 "eergisteren": "day_before_yesterday", "overmorgen": "day_after_tomorrow"}
TIME_WORDS = {"middernacht": "T00:00", "middaguur": "T12:00"}  # "rond het middaguur": noon

# "12 en 13 juni"
DAY_PAIR_WORDS = ("en",)

# "om half negen": half an hour before nine, 8:30
HALF_HOUR_BEFORE = ("half",)
# "kwart over drie" (3:15), "om tien voor vier" (3:50), and around the half hour: "tien
# voor half vier" (3:20), "vijf over half vier" (3:35): minutes from the hour said. Five
# and ten only after "om" or "rond": "tien over drie onderwerpen" is ten about three topics.
_FIVE_TEN = {"vijf over": 5, "tien over": 10, "vijf voor": -5, "tien voor": -10}
MINUTES_BEFORE_HOUR = {"kwart over": 15, "kwart voor": -15, "vijf voor half": -35,
                       "tien voor half": -40, "vijf over half": -25, "tien over half": -20,
                       **{f"{at} {phrase}": minutes for at in ("om", "rond")
                          for phrase, minutes in _FIVE_TEN.items()}}
# The part of the day after a clock time: "om 9 uur 's avonds" is 21:00, "om twee uur 's
# middags" 14:00 (an hour in words is a clock time only with one of these: "twee uur" is
# as often two hours). Not "'s nachts": "11 uur 's nachts" is 23:00 but "3 uur 's nachts" 3:00.
PM_WORDS = tuple(f"{mark}s {part}" for mark in ("'", "\u2019")
                 for part in ("middags", "namiddags", "avonds"))
AM_WORDS = tuple(f"{mark}s {part}" for mark in ("'", "\u2019") for part in ("ochtends", "morgens"))

# a count of hours after these is a length of time ("gedurende 10 uur"), never the clock
SPAN_BEFORE = ("binnen", "gedurende")

# "gisteravond" is last night, "vanavond" tonight, "vanochtend" this morning; "vannacht"
# tonight or last night, so either (`compare.dates` takes "|" as any of its days)
RELATIVE_DAYS.update({"gisteravond": "yesterday", "vanavond": "today", "vanochtend": "today",
                      "vanmorgen": "today", "vannacht": "yesterday|today"})
SEASONS = {"lente": "spring", "voorjaar": "spring", "zomer": "summer", "herfst": "autumn",
           "najaar": "autumn", "winter": "winter"}
# The part of a month: "begin oktober", "half mei", "medio mei", "eind juni"
MONTH_PARTS_BEFORE = {"begin": "early", "half": "mid", "medio": "mid", "midden": "mid",
                      "eind": "late", "eind van": "late", "einde": "late"}
