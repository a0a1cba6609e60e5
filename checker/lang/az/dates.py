"""Azerbaijani date data beyond CLDR: the case endings of month and weekday names in vowel
harmony ("martın 3-də", "iyunun", "apreldə", "şənbəyə"), as Turkish writes them with "ə" for
its "e"."""

from checker.lang.date_fields import period_phrases
from checker.lang.tr import dates as _tr

# "martın 3-də" (on March 3: the month in the genitive), "yanvardan", "apreldə", "mayadək"
NAME_SUFFIXES = tuple(dict.fromkeys(
    [s.replace("e", "ə") for s in _tr.NAME_SUFFIXES]
    # the possessive before a case: "ötən ilin dekabrında" (in December of last year)
    + [p + c for p in ("ın", "in", "un", "ün") for c in ("da", "də", "dan", "dən", "a", "ə")]
    + ["dək", "dak", "adək", "ədək", "yadək", "yədək", "ınadək", "inədək", "ünədək", "unadək"]
))
# The first vowel of an ending follows the name's last vowel: back a ı o u, front e ə i ö ü
SUFFIX_HARMONY = {"a": "aı", "ı": "aı", "o": "au", "u": "au",
                  "e": "əi", "ə": "əi", "i": "əi", "ö": "əü", "ü": "əü"}
# "bazar" is also the market, "cümə" the Friday prayer's day: a weekday with a capital, or with
# "günü" (day), "axşamı" (evening), "səhəri" (morning) after it
CAPITALISED = ("bazar",)
WEEKDAY_CONTEXT_AFTER = ("gün", "səhər", "axşam", "gecə")
# "cümə axşamına qədər" (until Thursday), "bazar ertəsindən" (from Monday): the last word of
# a weekday of two words in its cases
WEEKDAYS = {
    f"{name}{ending}": day
    for name, day, endings in (
        ("bazar ertəsi", "Monday", ("", "nə", "ndən", "ndə", "ni", "nin")),
        ("çərşənbə axşamı", "Tuesday", ("", "na", "ndan", "nda", "nı", "nın")),
        ("cümə axşamı", "Thursday", ("", "na", "ndan", "nda", "nı", "nın")),
    )
    for ending in endings
}
RELATIVE_DAYS = {"dünən": "yesterday", "bu gün": "today", "bugün": "today",
                 "sabah": "tomorrow"}
TIME_WORDS = {"gecəyarısı": "T00:00", "gecə yarısı": "T00:00", "günorta": "T12:00"}
HOUR_BEFORE = ("saat",)
PM_BEFORE = ("axşam",)
AM_WORDS = ("səhər",)
# "12 və 13 iyun", "aprelin 12-də və 13-də"
DAY_PAIR_WORDS = ("və",)
MONTH_CONTEXT_AFTER = ("ayı", "ayın", "ayında")
_PERIOD_WORDS = {"keçən": "-1", "ötən": "-1", "bu": "+0", "gələn": "+1", "növbəti": "+1"}
_PERIOD_UNITS = {"week": ("həftə", "həftənin", "həftəyə", "həftədə"),
                 "month": ("ay", "ayın", "aya", "ayda"),
                 "year": ("il", "ilin", "ilə", "ildə")}
RELATIVE_PERIODS = period_phrases(_PERIOD_WORDS, _PERIOD_UNITS)
# The month in the genitive before its day ("martın 3-də", "iyunun 12-si": on March 3, June
# 12th), the way Azerbaijani writes a date: declared forms, so a day may follow them (a
# glued case ending, "martda", takes none)
MONTHS = {"yanvarın": 1, "fevralın": 2, "martın": 3, "aprelin": 4, "mayın": 5, "iyunun": 6,
          "iyulun": 7, "avqustun": 8, "sentyabrın": 9, "oktyabrın": 10, "noyabrın": 11,
          "dekabrın": 12}
# "iyulun 10-dan 14-dək" (from 10 to 14 July): the ablative on the first day opens the range
RANGE_START_ENDINGS = ("dan", "dən")
