"""How Latvian writes names: every name, a foreign one too, takes the Latvian endings
("Makrons", "Makronu", "Makronam"; "Parīzē", "Londonā", "Ankaru"; "Vācijas"): they are
removed before matching."""

SIMPLEMMA = "lv"
MIN_STEM = 3
# Noun endings of the declensions ("Rinkēvičs", "Rinkēviča", "Rinkēvičam", "Rinkēviču";
# "Putins", "Putina"; "Rīga", "Rīgas", "Rīgai", "Rīgu", "Rīgā"; "Parīze", "Parīzes",
# "Parīzei", "Parīzi", "Parīzē"; "Baku" stays) and the plural of names of several words
# ("Amerikas Savienotajās Valstīs").
ENDINGS = (
    "s", "a", "am", "u", "ā", "i", "ī", "im", "is", "ie", "iem", "us", "os",
    "as", "ai", "ām", "ās", "e", "es", "ei", "ē", "ēm", "ēs", "š",
)
CONNECTORS = ("de", "von", "van", "der", "da", "di", "bin", "ibn", "al")
# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "es")
