"""Latvian date data: the year word written after a year ("1973. gada", "2023. g."), and the
case forms of CLDR's month and weekday names."""

YEAR_MARKS = ("gada", "gadā", "g")

# "12. un 13. jūnijs"
DAY_PAIR_WORDS = ("un",)

# Locative, genitive, dative and accusative of the names: "5. janvārī", "marta sākumā",
# "līdz martam", "pirmdienā", "svētdienas", "līdz ceturtdienai", "katru pirmdienu"
# "a": ("", ...): the adverb of a weekday, "svētdien" (on Sunday), is its name without the -a
NAME_ENDINGS = {"is": ("ī", "a", "im"), "ts": ("tā", "ta", "tam", "tu"),
                "js": ("jā", "ja", "jam", "ju"), "a": ("ā", "as", "", "ai", "u")}
MONTHS = {"aprīļa": 4}  # the genitive softens the l

# "pusnaktī" (at midnight), "pusdienlaikā" (at noon); "pulksten 2 naktī" is 2 a.m.
TIME_WORDS = {"pusnakts": "T00:00", "pusnaktī": "T00:00", "pusdienlaikā": "T12:00"}
PM_WORDS = ("vakarā", "pēcpusdienā")
AM_WORDS = ("naktī", "no rīta", "rītā")
HOUR_BEFORE = ("pulksten", "plkst.")  # "pulksten 2": at two o'clock

RELATIVE_DAYS = {"vakar": "yesterday", "šodien": "today", "rīt": "tomorrow",
                 "aizvakar": "day_before_yesterday", "šorīt": "today", "šovakar": "today",
                 "šonakt": "yesterday|today"}
# Last, this and next year, month and week said in one word ("pērn": last year, "šogad":
# this year, "nākamgad": next year), beside CLDR's "pagājušajā nedēļā"
RELATIVE_PERIODS = {"pērn": "year-1", "pagājušgad": "year-1", "šogad": "year+0",
                    "nākamgad": "year+1", "šonedēļ": "week+0", "šomēnes": "month+0",
                    "pagājušā gada": "year-1", "šā gada": "year+0", "nākamā gada": "year+1"}
