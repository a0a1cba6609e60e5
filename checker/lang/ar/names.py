"""How Arabic writes names: no capital letters (names come from glossaries and CLDR),
proclitics before a word (wa-, bi-, li-, al-) that matching removes: `writing.PROCLITICS`."""

MIN_STEM = 3

# The endings of an adjective made from a place's name (the nisba: "صيني", "صينية" from
# "الصين"; a final alif gives way to it: "بريطاني" from "بريطانيا").
DEMONYM_SUFFIXES = ("ي", "ية", "يون", "يين", "يات")
