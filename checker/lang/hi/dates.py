"""Hindi date data beyond CLDR."""

RELATIVE_DAYS = {"आज": "today"}

# "शाम 7 बजे" (7 p.m.), "दोपहर 2 बजे" (2 p.m.); "रात" (night) is both 11 p.m. and 2 a.m.
PM_BEFORE = ("शाम", "शाम को", "दोपहर", "दोपहर को")
TIME_WORDS = {"आधी रात": "T00:00", "आधी रात को": "T00:00", "मध्यरात्रि": "T00:00"}
