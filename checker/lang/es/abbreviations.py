ABBREVIATIONS = {"sr", "sra", "srta", "dr", "dra", "prof", "ud", "uds", "etc", "núm", "pág", "ee.uu", "gral"}
