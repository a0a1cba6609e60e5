"""Latvian date data: the year word written after a year ("1973. gada")."""

YEAR_MARKS = ("gada", "gadā")

# "12. un 13. jūnijs"
DAY_PAIR_WORDS = ("un",)
