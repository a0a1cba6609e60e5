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
}
MULTIPLIERS = {"אלפים": 1000, "אלף": 1000}
# CLDR's long scale words after digits ("2.8 מיליארד"): a scale, not a number of their own
MULTIPLIERS.update({"מיליון": 10**6, "מיליארד": 10**9})
# The dunam (1,000 m²), the land measure of Israeli news: CLDR has no name for it; the
# plural of CLDR's "טון" (ton), whose stem is too short to read by itself
UNITS = {"דונם": "dunam", "דונמים": "dunam", "טונות": "ton"}
