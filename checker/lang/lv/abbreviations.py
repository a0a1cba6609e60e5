"""Latvian abbreviations and the ordinal dot."""

# "14. Saeima", "3. martā", "2024. gadā": a dot after a number marks an ordinal and does not
# end a sentence
ORDINAL_DOT = True
ABBREVIATIONS = {"plkst", "milj", "mljrd", "tūkst", "g", "gs", "u.c", "utt", "piem", "sk",
                 "nr", "proc"}
TITLES = {"dr", "prof", "doc"}
