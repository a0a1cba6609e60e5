"""Romanian language data: what CLDR, num2words and simplemma give (as for a language without
a folder, `checker/lang/no_folder.py`), and what they lack."""

# names.py and abbreviations.py would say only what CLDR and simplemma give
FROM_CLDR = ("abbreviations", "names")
