"""Segmentation: a dot after a day number is an ordinal ("3. mars"), and the abbreviations
of Norwegian news that do not end a sentence."""

from checker.lang.no_folder import ordinal_dot

ORDINAL_DOT = ordinal_dot("nb")
# "kl. 15.30" (o'clock), "ca. 200" (about), "bl.a." (among others), "mill." and "mrd."
# (million, billion), "nr." (number), "jf." (compare), "dvs." (that is), "f.eks."
ABBREVIATIONS = {"kl", "ca", "bl.a", "mill", "mrd", "nr", "jf", "dvs", "f.eks", "pst", "mht",
                 "osv", "ev", "evt", "st"}
# "dr. Hansen", "prof. Berg"
TITLES = {"dr", "prof"}
