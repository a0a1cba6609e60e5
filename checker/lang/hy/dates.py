"""Armenian date data: the year word written after a year ("1976 թ.")."""

YEAR_MARKS = ("թ",)
