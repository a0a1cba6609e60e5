ABBREVIATIONS = {
    "dr",
    "prof",
    "doç",
    "av",
    "vb",
    "vs",
    "bkz",
    "yy",
    "sn",
    "örn",
    "no",
    "cad",
    "sok",
}
ORDINAL_DOT = True  # "3. Oktober", "2022. godine": a dot after a number does not end a sentence
# Titles before a name: doktor, profesor, doçent, avukat, sayın, operatör.
TITLES = {"dr", "prof", "doç", "av", "sn", "op", "yrd"}
