"""Japanese names: foreign names are written in katakana, by their sound."""

from checker.lang.zh import readings_ja

# Katakana write every foreign word by its sound, common loanwords as well as names: a Latin
# name is looked for among them (checker/transcription.py), but a katakana word alone is no
# name (no SOUND_NAME_MARKS); the parts of a foreign full name are joined by a middle dot.
SOUND_CHARACTERS = "".join(chr(c) for c in range(0x30A1, 0x30FB)) + "ー"
NAME_JOINERS = "・"
# Japanese readings of the kanji of Japanese names (the table Chinese uses for Japanese
# names in characters): a person named in kanji is written in English by them ("岸田"
# Kishida; checker/other_readings.py).
OTHER_READINGS = (readings_ja.READINGS,)
