ABBREVIATIONS = {"dr", "prof", "z", "znj", "p.sh", "etj", "nr", "mln", "mld"}
