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
TIME_WORDS = {"mitternacht": "T00:00"}

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
