"""How Azerbaijani writes names: case and plural suffixes glued to the name without an
apostrophe ("Bakıda", "Ankaraya", "Moskvadan", "Makronla"), Turkish's endings with "ə"
for its "e"."""

from checker.lang.tr import names as _tr

MIN_STEM = 3
ENDINGS = tuple(dict.fromkeys(
    ["dakı", "dəki", "nın", "nin", "nun", "nün", "dan", "dən", "ya", "yə", "la", "lə",
     "yla", "ylə", "ları", "ləri", "lar", "lər", "nı", "ni", "nu", "nü", "da", "də", "na",
     "nə", "ın", "in", "un", "ün", "a", "ə", "ı", "i", "u", "ü"]
))
CONNECTORS = _tr.CONNECTORS
# Institutions capitalise every word ("Milli Məclis", "Xarici İşlər Nazirliyi").
TITLE_CASE_NAMES = True
# Endings that make an adjective or demonym of a place's name ("Bakılı", "Ankaralı").
DEMONYM_SUFFIXES = ("lı", "li", "lu", "lü", "lılar", "lilər", "lular", "lülər")
# Word lists asked whether a capitalised word is a known name (language data).
NAME_LISTS = ("en", "es", "tr")
