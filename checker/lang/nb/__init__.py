"""Norwegian Bokmål language data (also "no"): what CLDR, num2words and simplemma give (as
for a language without a folder, `checker/lang/no_folder.py`), and what they lack."""
