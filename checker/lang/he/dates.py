"""Hebrew date data: CLDR names with the prepositions written as part of the word."""

# Legacy name of `writing.PROCLITICS`, read by facts/dates until it reads the profile.
from checker.lang.he.writing import PROCLITICS as CLITIC_PREFIXES  # noqa: F401
