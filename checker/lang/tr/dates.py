"""Turkish date data beyond CLDR."""

from checker.lang.date_fields import period_phrases

CAPITALISED = ("ocak", "ekim", "mart", "pazar", "cuma")  # also "stove", "sowing", "march", "market"
RELATIVE_DAYS = {"dün": "yesterday", "bugün": "today", "yarın": "tomorrow"}
DATE_FILLERS = ()
# Case endings glued to a month or weekday written without an apostrophe ("ekimde",
# "şubattan"); every harmony variant, each kept only after the names it fits
# (SUFFIX_HARMONY).
_LOCATIVE_ABLATIVE = tuple(
    head + vowel + tail for head in ("d", "t") for vowel in ("e", "a") for tail in ("", "n", "ki")
)
NAME_SUFFIXES = (
    *_LOCATIVE_ABLATIVE,
    *("e", "a", "ye", "ya", "in", "ın", "un", "ün", "nin", "nın", "i", "ı", "u", "ü"),
    # after a final vowel the accusative takes a buffer "y" ("cumartesiyi"), the genitive
    # an "n" in every harmony ("salının"); the comitative "-(y)le" ("pazartesiyle")
    *("yi", "yı", "yu", "yü", "nun", "nün", "le", "la", "yle", "yla"),
)
# Vowel harmony: the first vowel of an ending follows the name's last vowel ("martın",
# "eylülün", "salıda"); a word whose ending breaks it is no case form (a name: "Martin").
SUFFIX_HARMONY = {"a": "aı", "ı": "aı", "o": "au", "u": "au",
                  "e": "ei", "i": "ei", "ö": "eü", "ü": "eü"}
# "ekim" (sowing) and "mart" need a capital alone; their case forms are the month only.
CASE_FORMS_ANY_CASE = ("ekim", "mart")
# "cuma günü" (on Friday), "pazar sabahı" (Sunday morning): the weekday, in any case.
WEEKDAY_CONTEXT_AFTER = ("gün", "sabah", "akşam", "öğle", "gece")
TIME_WORDS = {"gece yarısı": "T00:00", "gece yarısında": "T00:00", "öğlen": "T12:00"}
PM_BEFORE = ("öğleden sonra", "akşam", "öğle")
# "sekizi çeyrek geçe": 8:15; "dokuza çeyrek kala": 8:45
MINUTES_AFTER_HOUR = {"çeyrek geçe": 15, "çeyrek kala": -15}
# "sekiz buçukta": at half past eight (the locative of "buçuk", half, says "at" a time;
# "sekiz buçuk" alone is 8.5)
MINUTES_AFTER_HOUR.update({"buçukta": 30})
HOUR_BEFORE = ("saat",)
# "ekim ayında" (in the month of October), "ekim ortasında"; not "başında" ("ocak başında":
# by the stove)
MONTH_CONTEXT_AFTER = ("ayı", "ayın", "orta")

# "12 ve 13 Haziran"
DAY_PAIR_WORDS = ("ve",)

# "dün gece" / "dün akşam" are read by "dün"; "bu akşam" is tonight, "bu sabah" this morning;
# "bu gece" tonight or last night, so either (`compare.dates` takes "|" as any of its days)
RELATIVE_DAYS.update({"bu akşam": "today", "bu sabah": "today", "bu gece": "yesterday|today"})
# The seasons with their case endings ("ilkbaharda", "kışın"); "yaz" is also "write", so
# summer only with a word that makes it the season
_SEASON_ENDINGS = ("", "da", "dan", "a", "ı", "ın", "a kadar")
SEASONS = {
    **{"ilkbahar" + e: "spring" for e in _SEASON_ENDINGS},
    **{"sonbahar" + e: "autumn" for e in _SEASON_ENDINGS},
    **dict.fromkeys(("kış", "kışın", "kışa", "kışı", "kışta", "kıştan"), "winter"),
    **dict.fromkeys(("bu yaz", "geçen yaz", "gelecek yaz", "yaz aylarında", "yaz mevsimi",
                     "yazın ortasında", "yaz sonunda", "yaz başında"), "summer"),
}
# The part of a month, after it: "Ekim başında", "Mayıs ortasında", "Haziran sonunda"
MONTH_PARTS_AFTER = {"başında": "early", "başı": "early", "ortasında": "mid", "ortası": "mid",
                     "sonunda": "late", "sonu": "late", "sonuna": "late"}
# Last, this and next week, month and year beside CLDR's "geçen hafta", "bu yıl"
# (`compare.dates`: compared with the same unit only), with the case endings news text
# writes on them ("geçen yılın", "bu yılki")
_PERIOD_WORDS = {"geçen": "-1", "geçtiğimiz": "-1", "bu": "+0", "gelecek": "+1",
                 "önümüzdeki": "+1"}
_PERIOD_UNITS = {"week": ("hafta", "haftanın", "haftaya", "haftaki", "haftada"),
                 "month": ("ay", "ayın", "aya", "ayki", "ayda"),
                 "year": ("yıl", "yılın", "yıla", "yılki", "yılda", "sene", "senenin", "seneye",
                          "seneki")}
RELATIVE_PERIODS = period_phrases(_PERIOD_WORDS, _PERIOD_UNITS)
