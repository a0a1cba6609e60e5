"""Swedish number words beyond CLDR's spell-out rules and num2words."""

from checker.lang.no_folder import cldr_number_data

NUM2WORDS, GLUED_NUMBERS, ORDINAL_DOT, NOT_NUMBER_WORDS = cldr_number_data("sv")

# "ett dussin hus" (a dozen houses), "två dussin" (two dozen); "dussintals" is vague
MULTIPLIERS = {"dussin": 12}
# "40 kilo kokain": Swedes write kilo for the kilogram
UNITS = {"kilo": "kg", "kilogram": "kg", "kilometer": "km", "minut": "minute",
         "timm": "hour", "dag": "day", "dygn": "day", "år": "year", "vecko": "week",
         "veckor": "week", "månad": "month"}
# "mellan klockan 9 och 17", "9 till 17": the words between the two ends of a range
RANGE_WORDS = ("till",)
TIME_BEFORE = ("klockan", "kl.", "kl")  # "kl. 21.30": a clock time, not a decimal
