ABBREVIATIONS = {"dr", "prof", "z", "znj", "p.sh", "etj", "nr", "mln", "mld"}
# Titles before a name: doktor, profesor, zoti, zonja, zonjusha.
TITLES = {"dr", "prof", "z", "znj", "zj"}
