"""Armenian date data: the year word written after a year ("1976 թ.", also with the Armenian
full stop "թ․")."""

YEAR_MARKS = ("թ", "թ\u2024")

# The dative of a month, "in May": "մայիսին" (CLDR gives the nominative and the genitive)
NAME_ENDINGS = {"": ("ին",)}
