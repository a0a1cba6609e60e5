"""The script a letter or a text is written in, from the Unicode names of its letters: the
one place that reads a script off characters. A script is the first word of a letter's
Unicode name ("LATIN", "CYRILLIC", "ARABIC", "CJK", "HANGUL", "THAI", "ETHIOPIC"...).

A language's script (CLDR's likely script, "Latn", "Cyrl") is another question:
`checker.glossary.cldr_tables.likely_script`."""

from __future__ import annotations

import re
import unicodedata

# Unicode's Cyrillic block, the letters a transliteration table (cyrtranslit) reads
_CYRILLIC_BLOCK = re.compile(r"[\u0400-\u04ff]")


def letter_script(char: str) -> str:
    """The first word of the character's Unicode name ("LATIN" of "č", "CJK" of "中"); ""
    for a character without a name in this Python's Unicode data (Tangut ideographs)."""
    return unicodedata.name(char, "").split(" ", 1)[0]


def text_script(text: str) -> str:
    """The script of the text's first letter (`letter_script`); "UNKNOWN" for a text
    without letters or whose first letter has no name."""
    for char in text:
        if char.isalpha():
            return letter_script(char) or "UNKNOWN"
    return "UNKNOWN"


def text_scripts(text: str) -> set[str]:
    """The scripts of all the text's letters (`letter_script`, "" among them for a letter
    without a name)."""
    return {letter_script(c) for c in text if c.isalpha()}


def all_latin(text: str) -> bool:
    """The text has letters and each is ASCII or has "LATIN" anywhere in its Unicode name
    (also the fullwidth "Ａ" and the modifier letters of Latin)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() or "LATIN" in unicodedata.name(c, "")
                                 for c in letters)


def in_cyrillic_block(text: str) -> bool:
    """The text has a character of Unicode's Cyrillic block (U+0400 to U+04FF): one that
    Serbian, Macedonian or Russian transliteration reads."""
    return _CYRILLIC_BLOCK.search(text) is not None
