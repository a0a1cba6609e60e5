"""How Arabic writes names: no capital letters (names come from glossaries and CLDR),
proclitics before a word (wa-, bi-, li-, al-) that matching removes."""

# Proclitic prefixes, as written; matching also tries the word without them.
PREFIXES = ("وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل")
MIN_STEM = 3
