"""Hebrew date data: CLDR names with the prepositions written as part of the word."""

CLITIC_PREFIXES = ("ב", "ל", "מ", "ו", "וב", "ה")
