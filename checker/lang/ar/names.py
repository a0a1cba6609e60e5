"""How Arabic writes names: no capital letters (names come from glossaries and CLDR),
proclitics before a word (wa-, bi-, li-, al-) that matching removes: `writing.PROCLITICS`."""

MIN_STEM = 3

# The endings of an adjective made from a place's name (the nisba: "صيني", "صينية" from
# "الصين"; a final alif gives way to it: "بريطاني" from "بريطانيا").
DEMONYM_SUFFIXES = ("ي", "ية", "يون", "يين", "يات")

# Letters written for one sound of a foreign name, to the one that stands for them all in
# keys and matching: "g" is "غ" or "ج" (Egyptian usage), the alif with or without its hamza
# seat, a final "ى" or "ي", a final "ة" or "ه".
LETTER_VARIANTS = {"غ": "ج", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}

# A city's name as written (the gazetteer's) is compared with the hamza on a waw or ya seat
# read as its seat, and a letter then doubled once ("سيئول" and "سيول" alike). Not the
# alif's hamza ("بأنه", that he, is no city "بانه"), nor a final "ة" ("مدينة", a city, is no
# "مدينه", Medina): common words would become cities.
SEAT_VARIANTS = {"ئ": "ي", "ؤ": "و"}
