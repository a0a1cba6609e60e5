ABBREVIATIONS = {
    "dr",
    "prof",
    "gosp",
    "npr",
    "tj",
    "itd",
    "sl",
    "br",
    "god",
    "mil",
    "mlrd",
    "str",
    "др",
    "проф",
    "нпр",
    "тј",
    "итд",
    "бр",
    "год",
    "мил",
    "млрд",
}
ORDINAL_DOT = True  # "3. Oktober", "2022. godine": a dot after a number does not end a sentence
# Titles before a name: doktor, profesor, gospodin/gospođa/gospođica, sveti; both scripts.
TITLES = {"dr", "prof", "gosp", "gđa", "gđica", "sv", "др", "проф", "госп", "гђа", "св"}
