"""Lithuanian date data: the year word written after a year ("2009 m.")."""

YEAR_MARKS = ("m",)

# "birželio 12 ir 13 d."
DAY_PAIR_WORDS = ("ir",)
