"""Lithuanian date data: the year word written after a year ("2009 m.")."""

YEAR_MARKS = ("m",)
