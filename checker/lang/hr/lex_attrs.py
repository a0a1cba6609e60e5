"""Croatian number data: shared with Serbian (Latin script); the same lists serve Bosnian."""

from checker.lang.sr.lex_attrs import (  # noqa: F401  one language family, one word list
    CENTURY_WORDS,
    CONNECTORS,
    FRACTION_ALONE,
    MULTIPLIERS,
    NOT_ALONE,
    NUM2WORDS,
    NUMBER_WORDS,
    ORDINAL_DOT,
    ORDINAL_WORDS,
    PERCENT_AFTER,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    RANGE_WORDS,
    SHARE_BETWEEN,
    SHARE_EVERY,
    TIME_AFTER,
    TIME_BEFORE,
    UNITS,
    YEAR_AFTER,
    YEAR_BEFORE,
)
