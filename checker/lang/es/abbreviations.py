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
