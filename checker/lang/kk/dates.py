"""Kazakh date data: the year word written after a year ("1980 ж.")."""

YEAR_MARKS = ("ж",)
