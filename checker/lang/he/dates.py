"""Hebrew date data: CLDR names with the prepositions written as part of the word (the
proclitics are `writing.PROCLITICS`)."""

# "בחצות" (at midnight), "בצהריים" (at noon): declared time words take no proclitic by
# themselves
TIME_WORDS = {
    "חצות": "T00:00",
    "בחצות": "T00:00",
    "בחצות הלילה": "T00:00",
    "צהריים": "T12:00",
    "בצהריים": "T12:00",
}

# "בין 8 ל-11" (between 8 and 11): the second number of a pair takes the proclitic "to"
DAY_PAIR_WORDS = ("ל-", "ל־", "עד")

# The prepositions, conjunction and article that news prose writes onto a relative period
# (declared phrases take no proclitic by themselves): "החודש שעבר" (last month) and
# "ובשנה הבאה" (and next year) must be read whole, never as CLDR's shorter "החודש"
# (this month) or "השנה" (this year).
_PERIOD_PREFIXES = ("", "ו", "ש", "כ", "מ", "ל", "וב", "וה", "ומ", "ול", "שב", "וכ", "מה")
# CLDR gives "בחודש שעבר", "החודש", "בחודש הבא"; the article form with "that passed"
# and "next", and "שחלף" (that has gone by) beside "שעבר"; "הנוכחי" (the current)
_PERIOD_FORMS = {
    "year": ("שנה", {"שעברה": "-1", "שחלפה": "-1", "הקודמת": None, "הבאה": "+1",
                     "הנוכחית": "+0"}),
    "month": ("חודש", {"שעבר": "-1", "שחלף": "-1", "הקודם": None, "הבא": "+1",
                       "הנוכחי": "+0"}),
    "week": ("שבוע", {"שעבר": "-1", "שחלף": "-1", "הקודם": None, "הבא": "+1",
                      "הנוכחי": "+0"}),
}
RELATIVE_PERIODS = {
    prefix + article + noun + " " + word: unit + offset
    for unit, (noun, words) in _PERIOD_FORMS.items()
    for word, offset in words.items() if offset is not None
    for article in ("ב", "ה")
    for prefix in _PERIOD_PREFIXES
} | {prefix + "אשתקד": "year-1" for prefix in ("", "ו", "מ", "מה", "של")}

# "מוצאי שבת" (the evening after the Sabbath ends) is Saturday evening
WEEKDAYS = {prefix + "מוצאי שבת": "Saturday" for prefix in ("", "ב", "ו", "וב", "מ", "עד")}
# "ליל שבת", "ערב שבת" (the Sabbath's eve) are Friday evening: the weekday after them is not
# read, as the English may name either day
NIGHT_BEFORE = ("ליל", "בליל", "וליל", "ערב", "בערב", "ובערב", "לערב")

# The months of the Hebrew calendar as written after a day ("15 בשבט"): such a date is not
# converted, so it is never compared with a Gregorian one. Not "אב" alone (also father).
_HEBREW_MONTHS = ("תשרי", "חשוון", "חשון", "מרחשוון", "כסלו", "טבת", "שבט", "אדר", "ניסן",
                  "אייר", "סיוון", "סיון", "תמוז", "אלול")
OTHER_CALENDAR_MONTHS = (*(p + m for m in _HEBREW_MONTHS for p in ("", "ב")), "באב")
