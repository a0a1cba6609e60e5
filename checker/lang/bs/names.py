"""How Bosnian writes names: as Croatian does in Latin letters (the same case endings,
demonym endings and kinds of names), and in both scripts, as Serbian does; Cyrillic names get
their Latin keys from cyrtranslit's Serbian table (Беч -> Beč)."""

from checker.lang.hr.names import (  # noqa: F401  one language family
    CONNECTORS,
    DEMONYM_SUFFIXES,
    ENDINGS,
    FUNCTION_WORDS,
    LETTER_VARIANTS,
    MIN_STEM,
    NAME_LISTS,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    PLACE_WORDS,
    SIMPLEMMA,
    WORD_LIST_LATIN,
)

CYRTRANSLIT = "sr"
