"""Hebrew date data: CLDR names with the prepositions written as part of the word (the
proclitics are `writing.PROCLITICS`)."""
