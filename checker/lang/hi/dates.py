"""Hindi date data beyond CLDR."""

RELATIVE_DAYS = {"आज": "today"}

# "शाम 7 बजे" (7 p.m.), "दोपहर 2 बजे" (2 p.m.); "रात" (night) is both 11 p.m. and 2 a.m.
PM_BEFORE = ("शाम", "शाम को", "दोपहर", "दोपहर को")
TIME_WORDS = {"आधी रात": "T00:00", "आधी रात को": "T00:00", "मध्यरात्रि": "T00:00"}
# Before an hour said with बजे: "साढ़े तीन बजे" 3:30, "सवा तीन बजे" 3:15, "पौने चार बजे" 3:45
MINUTES_BEFORE_HOUR = {"साढ़े": 30, "साढे": 30, "सवा": 15, "पौने": -15}

# Spellings of month names CLDR does not give (without the nukta, a nasal consonant for
# the anusvara, the dental t of "अक्तूबर"); both are common in the news
MONTHS = {
    "फरवरी": 2,
    "सितम्बर": 9,
    "अक्तूबर": 10,
    "नवम्बर": 11,
    "दिसम्बर": 12,
}
# Other names of weekdays: Thursday (CLDR: "गुरुवार"), Sunday (CLDR: "रविवार")
WEEKDAYS = {"बृहस्पतिवार": "Thursday", "वीरवार": "Thursday", "इतवार": "Sunday"}
