"""Portuguese abbreviations that end in a dot without ending a sentence."""

ABBREVIATIONS = {"etc", "p.ex", "pág", "págs", "av", "n.º", "nº", "núm", "tel", "aprox"}
# Titles before a name: senhor(a/ita), doutor(a), professor(a), engenheiro, general,
# coronel, capitão, santo/santa, Dom/Dona.
TITLES = {"sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "gen", "cel", "cap", "sto",
          "sta", "dª"}
