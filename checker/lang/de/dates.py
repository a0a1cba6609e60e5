"""German date data beyond CLDR."""

PREFIX_MATCH = True  # "Donnerstagabend", "Februarmitte"
MONTHS = {"jänner": 1, "feber": 2}
WEEKDAYS = {"donnerstags": "Thursday", "sonnabend": "Saturday"}
DATE_FILLERS = ("des", "im")
RELATIVE_DAYS = {
    "gestern": "yesterday",
    "heute": "today",
    "vorgestern": "day_before_yesterday",
    "übermorgen": "day_after_tomorrow",
}
# "Viertel nach acht" is 8:15, "Viertel vor neun" 8:45, "halb neun" 8:30
MINUTES_BEFORE_HOUR = {"viertel nach": 15, "viertel vor": -15, "halb": -30}
# "um Mittag", "gegen Mittag" (at, around noon); "Mittag" alone is lunch as often
TIME_WORDS = {"mitternacht": "T00:00", "um mittag": "T12:00", "gegen mittag": "T12:00"}

# "am 12. und 13. Juni": two days of one month
DAY_PAIR_WORDS = ("und",)

# "letzte Nacht" is last night; "heute Nacht" tonight or last night, so either
# (`compare.dates` takes a value with "|" as any of its days)
RELATIVE_DAYS.update({"letzte nacht": "yesterday", "gestern nacht": "yesterday",
                      "heute nacht": "yesterday|today", "heute abend": "today"})
SEASONS = {
    **dict.fromkeys(("frühling", "frühlings", "frühjahr", "frühjahrs"), "spring"),
    **dict.fromkeys(("sommer", "sommers"), "summer"),
    **dict.fromkeys(("herbst", "herbstes", "herbsts"), "autumn"),
    **dict.fromkeys(("winter", "winters"), "winter"),
}
# The part of a month: "Anfang Oktober", "Mitte Mai", "Ende Juni"
MONTH_PARTS_BEFORE = {"anfang": "early", "mitte": "mid", "ende": "late"}
# Last, this and next week, month and year beside CLDR's "letzte Woche", "dieses Jahr"
# (`compare.dates`: compared with the same unit only), in the cases news text puts them in
RELATIVE_PERIODS = {
    **{f"{word} {unit}": f"{name}{offset}"
       for unit, name, words in (
           ("woche", "week", {"vergangene": "-1", "vergangenen": "-1", "vorige": "-1",
                              "vorigen": "-1", "letzten": "-1", "kommende": "+1",
                              "kommenden": "+1", "nächsten": "+1", "dieser": "+0"}),
           ("monat", "month", {"vergangenen": "-1", "vorigen": "-1", "kommenden": "+1",
                               "diesem": "+0"}),
           ("monats", "month", {"vergangenen": "-1", "vorigen": "-1", "kommenden": "+1",
                                "nächsten": "+1", "dieses": "+0"}),
           ("jahr", "year", {"vergangenes": "-1", "vergangenen": "-1", "voriges": "-1",
                             "vorigen": "-1", "letzten": "-1", "kommendes": "+1",
                             "kommenden": "+1", "nächsten": "+1", "diesem": "+0"}),
           ("jahres", "year", {"vergangenen": "-1", "vorigen": "-1", "letzten": "-1",
                               "kommenden": "+1", "nächsten": "+1", "dieses": "+0",
                               "diesen": "+0"}),
       ) for word, offset in words.items()},
    "vorjahr": "year-1", "vorjahres": "year-1", "vorwoche": "week-1", "vormonat": "month-1",
}
