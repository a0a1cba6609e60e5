"""Chinese has no capital letters and no spaces: names come from glossaries and CLDR only,
and from Latin-script words in the text."""

NO_WORD_SPACES = True
