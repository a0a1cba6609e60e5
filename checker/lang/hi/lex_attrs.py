"""Hindi number data (num2words has no Hindi): common words, lakh/crore, context.
Devanagari digits are read by the machinery."""

NUMBER_WORDS = {
    "शून्य": 0,
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पांच": 5,
    "पाँच": 5,
    "छह": 6,
    "छः": 6,
    "सात": 7,
    "आठ": 8,
    "नौ": 9,
    "दस": 10,
    "ग्यारह": 11,
    "बारह": 12,
    "तेरह": 13,
    "चौदह": 14,
    "पंद्रह": 15,
    "सोलह": 16,
    "सत्रह": 17,
    "अठारह": 18,
    "उन्नीस": 19,
    "बीस": 20,
    "पच्चीस": 25,
    "तीस": 30,
    "चालीस": 40,
    "पचास": 50,
    "साठ": 60,
    "सत्तर": 70,
    "अस्सी": 80,
    "नब्बे": 90,
    "सौ": 100,
    # one and a half, two and a half ("डेढ़ लाख": 150,000)
    "डेढ़": 1.5,
    "डेढ": 1.5,
    "ढाई": 2.5,
    # one and a quarter: "सवा लाख" 125,000
    "सवा": 1.25,
}
# Before a number word, a fraction added to it: "साढ़े तीन लाख" 350,000 ("साढ़े": and a
# half), "सवा दो करोड़" 22.5 million ("सवा": and a quarter), "पौने चार" 3.75 ("पौने": less
# a quarter); "साढ़े तीन बजे" is 3:30 (dates.MINUTES_BEFORE_HOUR)
_FRACTION_BEFORE = {"साढ़े": 0.5, "साढे": 0.5, "सवा": 0.25, "पौने": -0.25}
NUMBER_WORDS |= {
    f"{before} {word}": value + fraction
    for before, fraction in _FRACTION_BEFORE.items()
    for word, value in list(NUMBER_WORDS.items())
    if isinstance(value, int) and 2 <= value < 100
}
MULTIPLIERS = {
    "सौ": 100,
    "हज़ार": 1000,
    "हजार": 1000,
    "लाख": 100_000,
    "करोड़": 10**7,
    "करोड": 10**7,
    "अरब": 10**9,
    "खरब": 10**11,
    # the English scale words as Hindi news writes them
    "मिलियन": 10**6,
    "बिलियन": 10**9,
    "ट्रिलियन": 10**12,
}
# "1 लाख 20 हज़ार": 120,000
DIGITS_AFTER_SCALE = True
QUALIFIERS_BEFORE = {
    "कम से कम": "at_least",
    "से अधिक": "more_than",
    "लगभग": "about",
    "करीब": "about",
    "क़रीब": "about",
    "तकरीबन": "about",
}
QUALIFIERS_AFTER = {
    "से अधिक": "more_than",
    "से ज़्यादा": "more_than",
    "से ज्यादा": "more_than",
    "से कम": "less_than",
}
# "1960 के दशक में", "60 के दशक में": in the 1960s
DECADE_AFTER = ("के दशक", "का दशक")
PERCENT_AFTER = ("प्रतिशत", "फीसदी", "फ़ीसदी")
UNITS = {
    "सैनिक": "soldier",
    "नागरिक": "civilian",
    "लोग": "person",
    "लोगों": "person",
    "बच्च": "child",
    "प्रतिशत": "percent",
    "डॉलर": "dollar",
    "रुपये": "rupee",
    "रुपए": "rupee",
    "किलोमीटर": "km",
    "साल": "year",
    "वर्ष": "year",
    "महीन": "month",
    "दिन": "day",
    "घंटे": "hour",
}

FRACTION_ALONE = {"आधा": 1 / 2, "आधे": 1 / 2, "आधी": 1 / 2}

# "शाम 7 बजे" (7 p.m.): बजे, "o'clock", after the hour
TIME_AFTER = ("बजे", "बजकर")
