"""Serbian date data beyond CLDR: case forms (Latin; Cyrillic derived).
"nedelja" is also "week": "u nedelju", or "nedelja" right before a date, is Sunday."""

from checker.lang.date_fields import period_phrases
from checker.lang.sr import both as _both

CLDR_LOCALES = ["sr", "sr_Latn"]
DATE_LOCALES = ["sr_Latn_BA"]  # the ijekavian names ("srijeda", "nedjelja", "ponedjeljak")


_STEMS = {
    1: "januar",
    2: "februar",
    3: "mart",
    4: "april",
    5: "maj",
    6: "jun",
    7: "jul",
    8: "avgust",
    9: "septemb",
    10: "oktob",
    11: "novemb",
    12: "decemb",
}
MONTHS = {}
for _n, _stem in _STEMS.items():
    _forms = ["ar", "ra", "ru", "rom"] if _stem.endswith("b") else ["", "a", "u", "om"]
    for _ending in _forms:
        MONTHS[_stem + _ending] = _n
# Case and adjective forms of CLDR's Latin names (the Cyrillic ones follow by
# transliteration): "jula", "julom", "julski", "martovskom"; "subotu", "subotom", "subotnji";
# "petka", "petkom". After a soft consonant (nj) the masculine and neuter endings take e
# for o: "subotnjeg", "subotnjem" (but "subotnjom", "subotnjoj").
_ADJECTIVE = ("i", "a", "o", "e", "u", "og", "oj", "om", "ih", "im", "ima", "oga", "omu")
_SOFT_ADJECTIVE = (*_ADJECTIVE, "eg", "em", "ega", "emu")
NAME_ENDINGS = {
    "": ("a", "u", "om", *("sk" + e for e in _ADJECTIVE), *("ovsk" + e for e in _ADJECTIVE)),
    "ak": ("ka", "ku", "kom", "cima"),  # "utorcima": on Tuesdays
    "a": ("e", "u", "om", "ama"),  # "subotama": on Saturdays
    "ota": tuple("otnj" + e for e in _SOFT_ADJECTIVE),
}
MONTHS.update({"juni": 6, "juli": 7, "juna": 6, "jula": 7, "augusta": 8, "augustu": 8, "august": 8})
MONTHS = _both(MONTHS)
WEEKDAYS = _both(
    {
        "ponedeljka": "Monday",
        "ponedeljku": "Monday",
        "ponedjeljak": "Monday",
        "ponedjeljka": "Monday",
        "utorka": "Tuesday",
        "utorku": "Tuesday",
        "sredu": "Wednesday",
        "srede": "Wednesday",
        "sredom": "Wednesday",
        "srijeda": "Wednesday",
        "srijedu": "Wednesday",
        "četvrtka": "Thursday",
        "četvrtku": "Thursday",
        "petka": "Friday",
        "petku": "Friday",
        "subotu": "Saturday",
        "subote": "Saturday",
        "suboti": "Saturday",  # locative: "o suboti"
        "petkovima": "Friday",  # "petkovima" beside "petcima": on Fridays
        "u nedelju": "Sunday",
        "u nedjelju": "Sunday",
    }
)
# "nedelja" is also "week" ("ove nedelje"), and its adjective "nedeljni" both "Sunday's"
# and "weekly": Sunday only right before a date, or with a time of day after it
_SUNDAY_ADJECTIVES = {stem + ending: "Sunday" for stem in ("nedeljn", "nedjeljn")
                      for ending in _ADJECTIVE}
WEEKDAYS.update(_both(_SUNDAY_ADJECTIVES))
NEAR_DATE_ONLY = tuple(
    _both({"nedelja": 0, "nedjelja": 0, "nedelje": 0, "nedjelje": 0, "nedelju": 0, "nedjelju": 0,
           "nedeljama": 0, "nedjeljama": 0, **_SUNDAY_ADJECTIVES})
)
# The week: CLDR's locales say "nedelj" (sr, sr_Latn) and "sedmic" (sr_Latn_BA); the
# ijekavian "nedjelja" is a week as well as Sunday too; each in both scripts (Bosnian's
# CLDR locales are Latin only)
WEEK_WORDS = tuple(_both({"nedelj": 0, "nedjelj": 0, "sedmic": 0}))
# a time of day after "nedelja" makes it Sunday, not a week ("nedelje uveče"), and a part
# of the day after its adjective ("nedeljno jutro", "nedeljne večeri", "nedeljnoj noći")
_TIMES_OF_DAY = ("uveče", "uvečer", "navečer", "ujutru", "ujutro", "popodne", "prepodne")
_TIMES_OF_DAY += ("poslepodne", "posle podne", "poslijepodne", "jutr", "veče", "večer", "noć")
WEEKDAY_CONTEXT_AFTER = tuple(_both(dict.fromkeys(_TIMES_OF_DAY, 0)))
# A month name cut short with a dot that is a word of its own: "troje dece." (three
# children) is no "3 Dec."
NOT_DATES = tuple(_both({"dece.": 0}))
# "1. VII", "od 3. do 5. VI 2023.": the month of a day in Roman numerals
ROMAN_MONTHS = True
DATE_FILLERS = tuple(_both({"godine": 0}))
RELATIVE_DAYS = _both(
    {"juče": "yesterday", "jučer": "yesterday", "danas": "today", "sutra": "tomorrow",
     "prekjuče": "day_before_yesterday", "prekjučer": "day_before_yesterday",
     "prekosutra": "day_after_tomorrow"}
)
# noon in its genitive after a preposition: "do podneva" (until noon), "oko podneva"
TIME_WORDS = _both({"ponoć": "T00:00", "ponoći": "T00:00", "u podne": "T12:00",
                    "podneva": "T12:00"})
# and their ijekavian and western forms ("poslijepodne", "uvečer", "navečer")
PM_WORDS = tuple(_both(dict.fromkeys((
    "posle podne", "poslepodne", "poslije podne", "poslijepodne", "popodne", "po podne",
    "uveče", "uvečer", "naveče", "navečer"))))
# "u 2 sata posle ponoći": 2 a.m., not 2 o'clock and a midnight
AM_WORDS = tuple(
    _both(dict.fromkeys(("posle ponoći", "poslije ponoći", "nakon ponoći", "iza ponoći",
                         "ujutru", "ujutro", "izjutra")))
)

# "u tri i petnaest", "u osam i četvrt": the minutes after an hour in words, read only after
# the clock's "u" and at the end of the clause ("tri i četvrt miliona" is a number)
CLOCK_AT = tuple(_both({"u": 0}))
_TENS = {"deset": 10, "dvadeset": 20, "trideset": 30, "četrdeset": 40, "pedeset": 50}
MINUTES_AFTER_CLOCK_AT = _both(
    {"i četvrt": 15, "i pet": 5, "i petnaest": 15}
    | {f"i {word}": value for word, value in _TENS.items()}
    | {f"i {word} pet": value + 5 for word, value in _TENS.items() if value > 10}
)

# "u pola tri": half an hour before three, 2:30
# and after the other prepositions of a time: "oko pola jedanaest" (about 10:30), "do pola
# osam", "od pola devet", "posle pola dva"
HALF_HOUR_BEFORE = tuple(_both(dict.fromkeys(
    ("u pola", "oko pola", "do pola", "od pola", "posle pola", "poslije pola", "nakon pola",
     "pre pola", "prije pola", "iza pola"), 0)))

# "12. i 13. juna" (Cyrillic by transliteration), and the night from one day to the next:
# "u noći sa 4. na 5. februar" names both days of the month said once
DAY_PAIR_WORDS = _both(("i", "na"))
# "u četvrt do devet": a quarter before nine, 8:45
MINUTES_BEFORE_HOUR = _both({"četvrt do": -15})

# "u noći na utorak" is the night before Tuesday (Monday night): the weekday is not read
NIGHT_BEFORE = tuple(_both({"noći na": 0, "noć na": 0, "noću na": 0}))
# a count of hours after these is a length of time ("tokom 10 sati"), never the clock
# ... and the forms of the verbs of lasting: "pregovori su trajali 3 sata" (lasted 3 hours)
_LASTED = tuple(f"{prefix}traj{ending}" for prefix in ("", "po")
                for ending in ("e", "u", "ao", "ala", "alo", "ali", "ale", "ati", "aće", "at će"))
SPAN_BEFORE = _both(("za", "tokom", "tijekom", "u roku od", *_LASTED))  # "tijekom": Croatian

# "sinoć" is last night, "večeras" tonight, "jutros" this morning; "noćas" is tonight or
# last night, so either (`compare.dates` takes a value with "|" as any of its days)
RELATIVE_DAYS.update(_both({"sinoć": "yesterday", "snoć": "yesterday", "večeras": "today",
                            "jutros": "today", "noćas": "yesterday|today"}))
# The seasons in their case forms, ekavian and ijekavian, and their adjectives ("prolećni",
# "letnjeg", "jesenje", "zimskom"); "letos", "jesenas", "zimus", "proletos": this season
_SEASON_NOUNS = {
    "spring": ("proleć", "proljeć"),
    "summer": ("let", "ljet"),
    "autumn": ("jesen",),
    "winter": ("zim",),
}
_SEASON_CASES = {
    "proleć": ("e", "a", "u", "em"), "proljeć": ("e", "a", "u", "em"),
    "let": ("o", "a", "u", "om"), "ljet": ("o", "a", "u", "om"),
    "jesen": ("", "i", "u", "ima"), "zim": ("a", "e", "i", "u", "om", "ama"),
}
_SEASON_ADJECTIVES = {"spring": ("prolećn", "proljećn"), "summer": ("letnj", "ljetn"),
                      "autumn": ("jesenj",), "winter": ("zimsk",)}
SEASONS = {}
for _season, _stems in _SEASON_NOUNS.items():
    for _stem in _stems:
        SEASONS.update({_stem + ending: _season for ending in _SEASON_CASES[_stem]})
for _season, _stems in _SEASON_ADJECTIVES.items():
    for _stem in _stems:
        _endings = _SOFT_ADJECTIVE if _stem.endswith("j") else _ADJECTIVE
        SEASONS.update({_stem + ending: _season for ending in _endings})
SEASONS.update({"proletos": "spring", "letos": "summer", "ljetos": "summer",
                "jesenas": "autumn", "zimus": "winter"})
SEASONS = _both(SEASONS)

# The possessive adjectives of the weekdays in "-ak" ("četvrtkovo glasanje", "na petkovoj
# sednici"): not the bare "petkov", and inside a sentence only in lower case ("sa Marijom
# Petkovom" is a surname)
_POSSESSIVES = {stem + "kov" + ending: day
                for stem, day in (("ponedelj", "Monday"), ("ponedjelj", "Monday"),
                                  ("utor", "Tuesday"), ("četvrt", "Thursday"),
                                  ("pet", "Friday"))
                for ending in _ADJECTIVE}
WEEKDAYS.update(_both(_POSSESSIVES))
LOWER_CASE_ONLY = tuple(_both(_POSSESSIVES))
# The part of a month: "početkom oktobra", "sredinom maja", "krajem juna", "do kraja marta"
# and the genitive after any preposition ("od početka maja", "do sredine juna", "od kraja"),
# "potkraj" and the western "koncem" (late)
MONTH_PARTS_BEFORE = _both({"početkom": "early", "na početku": "early", "početka": "early",
                            "sredinom": "mid", "polovinom": "mid", "sredina": "mid",
                            "sredine": "mid", "sredini": "mid", "krajem": "late",
                            "na kraju": "late", "do kraja": "late", "kraj": "late",
                            "kraja": "late", "potkraj": "late", "koncem": "late"})
# Last, this and next week, month and year beside CLDR's "prošle nedelje", "ove godine"
# (`compare.dates`: compared with the same unit only)
RELATIVE_PERIODS = _both({
    "naredne godine": "year+1", "iduće godine": "year+1", "tekuće godine": "year+0",
    "naredne nedelje": "week+1", "iduće nedelje": "week+1", "naredne sedmice": "week+1",
    "prošle nedjelje": "week-1", "narednog meseca": "month+1", "idućeg meseca": "month+1",
    "narednog mjeseca": "month+1", "tekućeg meseca": "month+0",
    # the year in one word: "lane" (last year), "preklane" (the year before), "dogodine"
    # (next year), with their western "lani", "preklani"; and "pretprošle godine"
    "lane": "year-1", "lani": "year-1", "preklane": "year-2", "preklani": "year-2",
    "pretprošle godine": "year-2", "dogodine": "year+1",
    # the ijekavian week ("naredne nedjelje") and month ("idućeg mjeseca"), and the western
    # "slijedeće" beside CLDR's forms
    **period_phrases({"prošle": "-1", "ove": "+0", "tekuće": "+0", "naredne": "+1",
                      "iduće": "+1", "sledeće": "+1", "sljedeće": "+1", "slijedeće": "+1"},
                     {"week": ("nedelje", "nedjelje", "sedmice")}),
    **period_phrases({"prošlog": "-1", "ovog": "+0", "tekućeg": "+0", "narednog": "+1",
                      "idućeg": "+1", "sledećeg": "+1", "sljedećeg": "+1", "slijedećeg": "+1"},
                     {"month": ("meseca", "mjeseca")}),
    **period_phrases({"sljedeće": "+1", "slijedeće": "+1"}, {"year": ("godine",)}),
    # last year's and this year's: "lanjska sezona", "prošlogodišnji sajam", "ovogodišnje"
    **{"lanjsk" + ending: "year-1" for ending in _ADJECTIVE},
    **{"prošlogodišnj" + ending: "year-1" for ending in _SOFT_ADJECTIVE},
    **{"ovogodišnj" + ending: "year+0" for ending in _SOFT_ADJECTIVE},
})
