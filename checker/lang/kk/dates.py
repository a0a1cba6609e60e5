"""Kazakh date data: the year word written after a year ("1980 ж.", "2024 жылы"), and the
case endings glued to month and weekday names in vowel harmony and after their last sound
("наурызда" in March, "3 наурызда", "шілдеде", "сейсенбіде" on Tuesday, "жұмаға дейін"
until Friday, "қаңтардан" from January, "мамырдағы" of May)."""

from checker.lang.date_fields import period_phrases

# "2024 жылғы 3 наурыз" (3 March 2024), "2024 жылдың 3 наурызында": the year word between
# the year and its day
YEAR_MARKS = ("ж", "жыл", "жылы", "жылғы", "жылдың")

# Locative -да/-де/-та/-те, its attributive -дағы/-дегі/-тағы/-тегі, ablative
# -дан/-ден/-тан/-тен/-нан/-нен, dative -ға/-ге/-қа/-ке, genitive -ның/-нің/-дың/-дің/
# -тың/-тің, accusative -ны/-ні/-ды/-ді/-ты/-ті, "-ның" and the possessive "-ы/-і" of a
# month named with its day ("наурыздың 3-і"); every variant, each kept only after the names
# its vowel fits (SUFFIX_HARMONY).
NAME_SUFFIXES = (
    "да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі",
    "дан", "ден", "тан", "тен", "нан", "нен",
    "ға", "ге", "қа", "ке",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "ны", "ні", "ды", "ді", "ты", "ті",
    # the possessive of "жылдың қаңтарында" (in January of the year), "шілдесінде"
    *(p + c for p in ("ы", "сы") for c in ("", "нда", "ндағы", "нан", "на", "ның", "н")),
    *(p + c for p in ("і", "сі") for c in ("", "нде", "ндегі", "нен", "не", "нің", "н")),
)
# Vowel harmony: back vowels а о ұ ы take endings with а/ы, front ә е ө ү і with е/і
# ("наурызда", "сейсенбіде"); "у" and "и" are both, as in "мамыр" and "Мәскеу".
SUFFIX_HARMONY = {"а": "аы", "о": "аы", "ұ": "аы", "ы": "аы", "я": "аы",
                  "ә": "еі", "е": "еі", "ө": "еі", "ү": "еі", "і": "еі",
                  "у": "аыеі", "и": "аыеі"}
RELATIVE_DAYS = {"кеше": "yesterday", "бүгін": "today", "ертең": "tomorrow"}
HOUR_BEFORE = ("сағат",)
DAY_PAIR_WORDS = ("және",)
MONTH_CONTEXT_AFTER = ("айы", "айында", "айынан", "айына", "айының")
_PERIOD_WORDS = {"өткен": "-1", "былтырғы": "-1", "осы": "+0", "биылғы": "+0", "келесі": "+1",
                 "алдағы": "+1"}
_PERIOD_UNITS = {"week": ("апта", "аптада", "аптаның", "аптаға"),
                 "month": ("ай", "айда", "айдың", "айға"),
                 "year": ("жыл", "жылы", "жылдың", "жылға")}
RELATIVE_PERIODS = period_phrases(_PERIOD_WORDS, _PERIOD_UNITS)
# The month in the genitive before its day, with the day's possessive and case after it
# ("наурыздың 3-і", "наурыздың 3-інде": on March 3): declared forms, so a day may follow
# them (a glued case ending, "наурызда", takes none)
MONTHS = {"қаңтардың": 1, "ақпанның": 2, "наурыздың": 3, "сәуірдің": 4, "мамырдың": 5,
          "маусымның": 6, "шілденің": 7, "тамыздың": 8, "қыркүйектің": 9, "қазанның": 10,
          "қарашаның": 11, "желтоқсанның": 12}
# "Қазан" is also the city of Kazan ("Қазанда": in Kazan) and "Жұма" a given name: inside a
# sentence, with a capital, they are names; in lower case, October and Friday
LOWER_CASE_ONLY = tuple(
    name + ending for name in ("қазан", "жұма")
    for ending in ("", *NAME_SUFFIXES)
)
