ABBREVIATIONS = {
    "sr",
    "sra",
    "srta",
    "dr",
    "dra",
    "prof",
    "ud",
    "uds",
    "etc",
    "núm",
    "pág",
    "ee.uu",
    "ee",  # "EE. UU." (Estados Unidos), written with a space
    "gral",
}
# Titles before a name: señor(a/ita), doctor(a), profesor, general, don/doña.
TITLES = {"sr", "sra", "srta", "dr", "dra", "prof", "gral", "dña"}
