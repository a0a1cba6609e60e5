"""Romanian number words beyond CLDR's spell-out rules and num2words."""

from checker.lang.no_folder import cldr_number_data

NUM2WORDS, GLUED_NUMBERS, ORDINAL_DOT, NOT_NUMBER_WORDS = cldr_number_data("ro")

# "o duzină de puști" (a dozen rifles), "două duzini" (two dozen); "zeci" (tens) is vague
MULTIPLIERS = {"duzină": 12, "duzini": 12, "duzina": 12}
# "un sfert" (a quarter), "trei sferturi" (three quarters)
NUMBER_WORDS = {"un sfert": 0.25, "trei sferturi": 0.75, "o jumătate": 0.5}
# "18 luni" (18 months): "luni" after a number is the months counted, not Monday
UNITS = {"luni": "month", "lună": "month", "minut": "minute", "minute": "minute",
         "ore": "hour", "oră": "hour", "zile": "day", "zi": "day", "ani": "year", "an": "year",
         "săptămân": "week", "kilogram": "kg", "kilometr": "km"}
NUMBER_WORDS.update({"o duzină": 12})
# "între orele 8 și 20", "de la 8 până la 20": the words between the two ends of a range
RANGE_WORDS = ("până la", "până în")
TIME_BEFORE = ("ora", "orele")  # "ora 21.30": a clock time, not a decimal
# "nouă" is nine and new ("o nouă lege": a new law): nine only before a counted noun, or
# beside another number ("nouă sute")
COUNTED_ONLY = ("nouă",)
COUNTED_WORDS = (
    "persoane", "oameni", "copii", "femei", "bărbați", "soldați", "militari", "polițiști",
    "morți", "răniți", "victime", "mineri", "elevi", "studenți", "muncitori", "angajați",
    "pacienți", "medici", "țări", "state", "orașe", "localități", "case", "locuințe",
    "clădiri", "mașini", "autoturisme", "avioane", "zboruri", "nave", "puncte", "goluri",
    "medalii", "voturi", "mandate", "deputați", "senatori", "miniștri", "membri", "dintre",
    "procente", "grade", "metri", "kilometri", "tone", "milioane", "miliarde", "mii", "sute",
    "euro", "dolari", "lei", "zile", "luni", "ani", "ore", "minute", "săptămâni", "secunde",
    "suspecți", "turiști", "cetățeni", "refugiați", "migranți", "ostatici", "echipe",
)
