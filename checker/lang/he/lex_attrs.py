"""Hebrew number data beyond CLDR's spell-out rules."""

# The construct forms of three to ten before the thousands ("שלושת אלפים", 3,000; also "the
# three of": still three), and the dual two thousand
NUMBER_WORDS = {
    "שלושת": 3,
    "ארבעת": 4,
    "חמשת": 5,
    "ששת": 6,
    "שבעת": 7,
    "שמונת": 8,
    "תשעת": 9,
    "עשרת": 10,
    "אלפיים": 2000,
    # the dual of a unit of time is two of it ("בשנתיים הקרובות": in the next two years)
    "שנתיים": 2,
    "חודשיים": 2,
    "שבועיים": 2,
    "יומיים": 2,
    "שעתיים": 2,
}
MULTIPLIERS = {"אלפים": 1000, "אלף": 1000}
# CLDR's long scale words after digits ("2.8 מיליארד"): a scale, not a number of their own
MULTIPLIERS.update({"מיליון": 10**6, "מיליארד": 10**9})
# The dunam (1,000 m²), the land measure of Israeli news: CLDR has no name for it; the
# plural of CLDR's "טון" (ton), whose stem is too short to read by itself
UNITS = {"דונם": "dunam", "דונמים": "dunam", "טונות": "ton"}

# Israel counts trillions short scale, as the English: "100 טריליון ריאל"
MULTIPLIERS.update({"טריליון": 10**12})

# Qualifiers before a number; "כ" (about) is written onto it, with or without a hyphen before
# digits ("כ-18", "כ18"), also after "ו" (and), "ב" (by) and "ל" (to): "ירד בכ-5%"
_ABOUT = {prefix + "כ" + mark: "about" for prefix in ("", "ו", "ב", "ל", "ש", "מ", "וב", "ול")
          for mark in ("-", "\u05be", "")}
QUALIFIERS_BEFORE = _ABOUT | {
    "לפחות": "at_least",
    "ולפחות": "at_least",
    "לא פחות מ-": "at_least",
    "יותר מ-": "more_than",
    "יותר מ": "more_than",
    "למעלה מ-": "more_than",
    "למעלה מ": "more_than",
    "מעל": "more_than",
    "מעל ל-": "more_than",
    "בערך": "about",
    "קרוב ל-": "nearly",
    "קרוב ל": "nearly",
    "כמעט": "nearly",
    "פחות מ-": "less_than",
    "פחות מ": "less_than",
    "עד": "up_to",
    "עד ל-": "up_to",
}
# "כשישה" (about six), "וכעשרים" (and about twenty): the glued "כ" makes a number word
# approximate. Not "כאחד" (alike) nor "כשני" (like the second).
_ROUGH = {
    2: ("שניים", "שתיים"), 3: ("שלושה", "שלוש", "שלושת"), 4: ("ארבעה", "ארבע", "ארבעת"),
    5: ("חמישה", "חמש", "חמשת"), 6: ("שישה", "שש", "ששת"), 7: ("שבעה", "שבע", "שבעת"),
    8: ("שמונה", "שמונת"), 9: ("תשעה", "תשע", "תשעת"), 10: ("עשרה", "עשר", "עשרת"),
    20: ("עשרים",), 30: ("שלושים",), 40: ("ארבעים",), 50: ("חמישים",), 60: ("שישים",),
    70: ("שבעים",), 80: ("שמונים",), 90: ("תשעים",), 100: ("מאה",), 200: ("מאתיים",),
    1000: ("אלף",), 2000: ("אלפיים",),
}
APPROXIMATE_WORDS = {prefix + "כ" + form: value for value, forms in _ROUGH.items()
                     for form in forms for prefix in ("", "ו", "ב", "ל")}
# "אחד מכל חמישה" (one of every five), "שניים מתוך שלושה" (two out of three): a share
SHARE_BETWEEN = ("מכל", "מתוך")
# Fractions alone, also with a proclitic ("מחצית מהתושבים", half of the residents). Not
# "חצי" (also in "חצי האי", peninsula) nor "רבע" (also a city's quarter).
FRACTION_ALONE = {prefix + word: value
                  for word, value in {"מחצית": 1 / 2, "שליש": 1 / 3, "חמישית": 1 / 5,
                                      "עשירית": 1 / 10}.items()
                  for prefix in ("", "ו", "ב", "ל", "כ", "וכ")}
# "חמישית", "עשירית" without the article are the fractions (a fifth, a tenth); the ordinals
# stand after a definite noun with it ("בפעם החמישית", for the fifth time)
NOT_NUMBER_WORDS = ("חמישית", "עשירית")
