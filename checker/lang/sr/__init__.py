"""Language data for 'sr'. Serbian is one language in two scripts: its data is written
once, in Latin letters, and each word is also taken in Cyrillic by transliteration
(cyrtranslit's Serbian table, the one `lex_attrs.TRANSLITERATE` names for the readers), so
the two scripts can never drift apart. The readers also transliterate the tables they build
(`writing.transliterate`); this makes the words the data gives directly, matched on the
text as written, Cyrillic as well."""

from __future__ import annotations

import cyrtranslit


def cyrillic(word: str) -> str:
    """The word in Serbian Cyrillic: "četvrtak" -> "четвртак"."""
    return cyrtranslit.to_cyrillic(word, "sr")


def both(table):
    """Each word of `table` (a dict's keys, or the items of a tuple, set or frozenset) in
    Latin and in Cyrillic; a dict keeps each word's value. The same kind of table back."""
    if isinstance(table, dict):
        out = {}
        for key, value in table.items():
            out[key] = value
            out.setdefault(cyrillic(key), value)
        return out
    words = tuple(dict.fromkeys(form for word in table for form in (word, cyrillic(word))))
    return words if isinstance(table, tuple) else type(table)(words)
