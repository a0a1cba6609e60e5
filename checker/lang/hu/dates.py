"""Hungarian date data: the case and possessive forms of month and weekday names ("2024
májusában", "2025 júliusáig": in May 2024, until July 2025), their adjectives ("a vasárnapi
szavazás": Sunday's vote; "az októberi árvíz"), the times of day and relative weeks."""

from checker.lang.date_fields import period_phrases

# Month names in lower case, with the vowel their endings take (back "a", front "e") and the
# possessive stem of "2024 májusa" (May 2024): "januárja", "októbere".
_MONTHS = {
    "január": (1, "a", "januárj"), "február": (2, "a", "februárj"),
    "március": (3, "a", "március"), "április": (4, "a", "április"),
    "május": (5, "a", "május"), "június": (6, "a", "június"), "július": (7, "a", "július"),
    "augusztus": (8, "a", "augusztus"), "szeptember": (9, "e", "szeptember"),
    "október": (10, "e", "október"), "november": (11, "e", "november"),
    "december": (12, "e", "december"),
}
# case endings after a consonant, in back and front harmony
_ENDINGS = {
    "a": ("ban", "ba", "ból", "ig", "ra", "ról", "tól", "t", "nak", "hoz", "i"),
    "e": ("ben", "be", "ből", "ig", "re", "ről", "től", "t", "nek", "hez", "i"),
}
# the same after the possessive vowel, which lengthens before them ("májusában")
_AFTER_POSSESSIVE = {
    "a": ("a", "ában", "ába", "ából", "áig", "ára", "áról", "ától", "át", "ának", "ához"),
    "e": ("e", "ében", "ébe", "éből", "éig", "ére", "éről", "étől", "ét", "ének", "éhez"),
}
MONTHS = {
    **{name + ending: number for name, (number, harmony, _) in _MONTHS.items()
       for ending in _ENDINGS[harmony]},
    **{stem + ending: number for name, (number, harmony, stem) in _MONTHS.items()
       for ending in _AFTER_POSSESSIVE[harmony]},
}
# Weekdays in their cases and as adjectives: "kedden" (on Tuesday), "szerdán", "vasárnap"
# (on Sunday is the name itself), "a csütörtöki napra" (for Thursday), "hétfőig", "péntektől"
_WEEKDAYS = {
    "Monday": ("hétfő", "hétfőn", "hétfői", "hétfőre", "hétfőig", "hétfőtől", "hétfőről",
               "hétfőt"),
    "Tuesday": ("kedd", "kedden", "keddi", "keddre", "keddig", "keddtől", "keddről", "keddet"),
    "Wednesday": ("szerda", "szerdán", "szerdai", "szerdára", "szerdáig", "szerdától",
                  "szerdáról", "szerdát"),
    "Thursday": ("csütörtök", "csütörtökön", "csütörtöki", "csütörtökre", "csütörtökig",
                 "csütörtöktől", "csütörtökről", "csütörtököt"),
    "Friday": ("péntek", "pénteken", "pénteki", "péntekre", "péntekig", "péntektől",
               "péntekről", "pénteket"),
    "Saturday": ("szombat", "szombaton", "szombati", "szombatra", "szombatig", "szombattól",
                 "szombatról", "szombatot"),
    "Sunday": ("vasárnap", "vasárnapi", "vasárnapra", "vasárnapig", "vasárnaptól",
               "vasárnapról", "vasárnapot"),
}
WEEKDAYS = {form: day for day, (_, *forms) in _WEEKDAYS.items() for form in forms}
WEEKDAYS["vasárnap"] = "Sunday"
# Written in lower case: a capitalised form inside a sentence is a name.
LOWER_CASE_ONLY = tuple(sorted({*MONTHS, *WEEKDAYS} - {"vasárnap"}))

TIME_WORDS = {"délben": "T12:00", "délig": "T12:00",
              "éjfélkor": "T00:00", "éjfél": "T00:00", "éjfélig": "T00:00",
              "éjféltől": "T00:00", "éjfélre": "T00:00"}
# "délután 5 órakor" (5 p.m.), "este 9-kor", "esti 8 órás" (8 p.m.)
PM_BEFORE = ("délután", "este", "esti", "délutáni")
# The time of day before an hour makes it a clock time ("délután 5 óra 15 perckor",
# "hajnali 2 óra 40 perc", "reggel 8 óra 30 perckor")
CLOCK_AT = ("délután", "délelőtt", "reggel", "este", "esti", "hajnali", "hajnalban",
            "éjjel", "éjszaka", "délutáni", "délelőtti", "reggeli")
DAY_PAIR_WORDS = ("és",)
# "március elején" (in early March), "május közepén", "június végén"
MONTH_PARTS_AFTER = {"elején": "early", "elejére": "early", "elejéig": "early",
                     "közepén": "mid", "közepére": "mid", "közepéig": "mid",
                     "végén": "late", "végére": "late", "végéig": "late"}
# "a jövő héten" (next week), "a múlt hónapban", "ezen a héten"
_OFFSETS = {"jövő": "+1", "múlt": "-1", "előző": "-1", "ezen a": "+0"}
_UNITS = {"week": ("héten", "hétre", "hét"), "month": ("hónapban", "hónapra", "hónap"),
          "year": ("évben", "évre", "év")}
RELATIVE_PERIODS = period_phrases(_OFFSETS, _UNITS)
RELATIVE_PERIODS.update({"a héten": "week+0", "tavaly": "year-1", "tavalyi": "year-1",
                         "idén": "year+0", "idei": "year+0", "jövőre": "year+1"})
SEASONS = {"tavasszal": "spring", "nyáron": "summer",
           "ősszel": "autumn", "télen": "winter", "tavaszi": "spring", "nyári": "summer",
           "őszi": "autumn", "téli": "winter"}
# "fél kilenckor": half past eight (half of the way to nine); "negyed tízkor": 9:15 (a
# quarter of the way to ten); "háromnegyed nyolckor": 7:45
HALF_HOUR_BEFORE = ("fél",)
MINUTES_BEFORE_HOUR = {"negyed": -45, "háromnegyed": -15}
