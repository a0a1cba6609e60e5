"""How names are inflected: the case endings simplemma's word list gives CLDR's territory
names (as for a language without a folder)."""

from checker.lang.no_folder import name_endings

ENDINGS = name_endings("ro")

# simplemma's word list of the language tells a common word from a name
SIMPLEMMA = "ro"
