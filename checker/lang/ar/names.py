"""How Arabic writes names: no capital letters (names come from glossaries and CLDR),
proclitics before a word (wa-, bi-, li-, al-) that matching removes: `writing.PROCLITICS`."""

MIN_STEM = 3
