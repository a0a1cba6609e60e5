"""Lithuanian date data: the year word written after a year ("2009 m.")."""

YEAR_MARKS = ("m",)

# "birželio 12 ir 13 d."
DAY_PAIR_WORDS = ("ir",)

# Case forms of CLDR's weekday names: "sekmadienį" (on Sunday), "sekmadienio", "sekmadienio"
NAME_ENDINGS = {"is": ("į", "io", "iui", "yje", "iai", "ių", "iais")}
# "vidurnaktį" (at midnight), "vidurdienį" (at noon); "2 val. nakties" is 2 a.m.
TIME_WORDS = {"vidurnaktis": "T00:00", "vidurnaktį": "T00:00", "vidurnakčio": "T00:00",
              "vidurdienį": "T12:00", "vidurdienis": "T12:00"}
PM_WORDS = ("vakaro", "vakare", "po pietų")
AM_WORDS = ("nakties", "ryto", "ryte")
