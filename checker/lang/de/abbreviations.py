ABBREVIATIONS = {
    "dr",
    "prof",
    "z.b",
    "bzw",
    "ca",
    "usw",
    "vgl",
    "nr",
    "st",
    "hr",
    "fr",
    "d.h",
    "u.a",
    "s",
    "mio",
    "mrd",
    "jan",
    "feb",
    "okt",
    "dez",
    "abs",
    "bspw",
    "inkl",
}
ORDINAL_DOT = True  # "3. Oktober", "2022. godine": a dot after a number does not end a sentence
# Titles before a name: Herr, Frau, Doktor, Professor, Sankt.
TITLES = {"hr", "fr", "dr", "prof", "st"}
