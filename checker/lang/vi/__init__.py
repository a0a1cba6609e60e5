"""Vietnamese language data: what CLDR and num2words give (as for a language without a
folder, `checker/lang/no_folder.py`), and what they lack."""
