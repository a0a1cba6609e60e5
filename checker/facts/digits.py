"""Digits as each language writes them.

Two jobs, both language blind:

- `normalise(text)`: one character in, one character out (so offsets stay
  valid), turning every Unicode decimal digit (Arabic-Indic, Persian,
  Devanagari, full-width, ...) into ASCII and full-width or Arabic
  punctuation into its ASCII twin;
- `parse_digits(raw, lang)`: the value of a digit string such as "1.250",
  "1,250", "1 000", "1'000", "7,1", read with the language's CLDR (Babel)
  decimal and group symbols, so "1.250" is 1250 in German and 1.25 in English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from checker.compiled_cache import cached_on_disk
from checker.compiled_patterns import class_of_codes
from checker.scripts import letter_script

# Punctuation with an ASCII twin of the same meaning (one char -> one char).
_PUNCTUATION = {
    "\uff0c": ",",
    "\uff0e": ".",
    "\uff05": "%",
    "\uff1a": ":",
    "\uff0d": "-",
    "\uff5e": "~",
    "\u066b": ".",  # ARABIC DECIMAL SEPARATOR
    # ARABIC THOUSANDS SEPARATOR: only ever groups, as the apostrophe ("۱۲٬۴۵۰": 12,450 in
    # Pashto too, whose Latin digits take a comma for their decimal mark)
    "\u066c": "'",
    "\u066a": "%",  # ARABIC PERCENT SIGN
    "\u2212": "-",  # MINUS SIGN
    "\u2019": "'",
    "\u02bc": "'",
    "\u2018": "'",  # apostrophes that glue suffixes: 53’ten
}


@lru_cache(maxsize=1)
@cached_on_disk("digit-table")
def _digit_table() -> dict[int, str]:
    """Every Unicode decimal digit outside ASCII -> its ASCII digit (built once)."""
    table: dict[int, str] = {}
    for code in range(0x80, 0x20000):
        char = chr(code)
        value = unicodedata.decimal(char, None)
        if value is not None:
            table[code] = str(value)
    for char, twin in _PUNCTUATION.items():
        table[ord(char)] = twin
    return table


# The numbers, dates and names of one sentence each prepare it the same way: the last
# answers are kept (a sentence is normalised and lowered once, not once per extractor).
@lru_cache(maxsize=4)
def normalise(text: str) -> str:
    """Native digits and full-width punctuation as ASCII, same length as `text`."""
    if text.isascii() or not _digit_characters().search(text):
        return text  # most text has none: no look-up of every character in the table
    return text.translate(_digit_table())


@lru_cache(maxsize=1)
@cached_on_disk("digit-characters")  # compiled once per installation, read back compiled
def _digit_characters() -> re.Pattern:
    """Any character `_digit_table` changes, and any character outside the Basic
    Multilingual Plane (where the engine checks a class range by range: with the few
    digits there, every search took eight times as long; `normalise` only asks whether
    its table may change something)."""
    codes = [code for code in sorted(_digit_table()) if code < 0x10000]
    return re.compile("[" + class_of_codes(codes) + "\U00010000-\U0010ffff]")


@lru_cache(maxsize=4)  # see normalise
def lower_same_length(text: str) -> str:
    """Lower case that keeps offsets: "İ".lower() is two characters, so it is
    lowered one character at a time where the plain lower() would shift them."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return text.translate(_ONE_FOR_ONE_LOWER)


class _OneForOneLower(dict):
    """Each character's lower case where it is one character, else the character itself,
    as a `str.translate` table filled as characters are asked for (a Turkish sentence with
    "İ" was lowered a character at a time). A lower case that is a letter and a combining
    mark ("İ" is "i" and a dot above) keeps the letter: Turkish "İki" is "iki"."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        low = character.lower()
        if len(low) == 2 and unicodedata.combining(low[1]):
            low = low[0]
        out = self[code] = low if len(low) == 1 else character
        return out


_ONE_FOR_ONE_LOWER = _OneForOneLower()


@lru_cache(maxsize=256)
@cached_on_disk("digit-separators")
def separators(lang: str) -> tuple[str, str]:
    """(decimal, group) symbols CLDR gives for a language, Latin digits."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale("en")
    decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    # Arabic-script locales may give their own marks; text normalised to ASCII uses . and ,
    decimal = _PUNCTUATION.get(decimal, decimal)
    group = _PUNCTUATION.get(group, group)
    if group in ("\u00a0", "\u202f", "\u2009"):
        group = " "
    return decimal, group


_SPACES = ("\u00a0", "\u202f", "\u2009", " ")


def parse_digits(raw: str, lang: str) -> int | float | None:
    """Value of one digit string as written in `lang`; None when it is not a number.

    Rules, in order: spaces and apostrophes only ever group; with both "." and ","
    the last one is the decimal mark; a lone mark followed by exactly three digits
    is a group mark where the language groups with it, else a decimal mark.
    """
    decimal, group = separators(lang)
    text = raw
    for space in _SPACES:
        text = text.replace(space, "")
    text = text.replace("'", "").replace("\u060c", ",")  # an Arabic comma groups: "30،000"
    if not text or not text[0].isdigit() or len(text) > 30:
        return None  # no count, amount or year has thirty digits: a code or an ID
    marks = [c for c in text if c in ".,"]
    if not marks:
        return int(text) if text.isdigit() else None
    if "." in marks and "," in marks:
        dec = marks[-1]
        if marks.count(dec) > 1:
            return None
        grp = "," if dec == "." else "."
        text = text.replace(grp, "").replace(dec, ".")
    else:
        mark = marks[0]
        parts = text.split(mark)
        if len(parts) > 2:  # 1.000.000 (or Indian 1,00,000): the mark repeats, so it groups
            if len(parts[-1]) != 3 or any(len(p) not in (2, 3) for p in parts[1:-1]):
                return None
            text = "".join(parts)
        else:
            tail = parts[1]
            groups_here = mark == group or (mark != decimal and group == " ")
            text = "".join(parts) if len(tail) == 3 and groups_here else parts[0] + "." + tail
    try:
        value = float(text)
    except ValueError:
        return None
    if "." not in text:
        return int(text)
    return value


# Letters drawn alike in Latin, Cyrillic and Greek. A word typed with letters of two of these
# scripts ("jула" with a Latin j, "мaja" with Latin a) is one word of the sentence's script.
_TWINS = {
    "Cyrl": "aаeеoоpрcсyуxхjјiіsѕAАBВEЕKКMМHНOОPРCСTТXХJЈIІSЅ",
    "Grek": "AΑBΒEΕZΖHΗIΙKΚMΜNΝOΟPΡTΤYΥXΧoοvνuυ",
}
_SCRIPT_OF_NAME = {"LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek"}


@lru_cache(maxsize=1)
def _fold_tables() -> dict[str, dict[int, str]]:
    """Script -> translate table taking the twins of the other scripts into it."""
    tables: dict[str, dict[int, str]] = {"Latn": {}, "Cyrl": {}, "Grek": {}}
    for script, pairs in _TWINS.items():
        for latin, other in zip(pairs[::2], pairs[1::2], strict=True):
            tables[script][ord(latin)] = other
            tables["Latn"][ord(other)] = latin
    return tables


def _script(char: str) -> str | None:
    """"Latn", "Cyrl" or "Grek" for a letter of the three scripts whose letters have
    twins (`_TWINS`), as ISO 15924 names them (`scripts.letter_script`); None for any
    other character."""
    if char.isascii():
        return "Latn" if char.isalpha() else None
    if not char.isalpha():
        return None
    return _SCRIPT_OF_NAME.get(letter_script(char))


class _ScriptPatterns(NamedTuple):
    """Letters of Latin, Cyrillic and Greek as `_script` says, and a word that mixes them."""

    latin: re.Pattern
    cyrillic: re.Pattern
    greek: re.Pattern
    cyrillic_or_greek: re.Pattern
    # letters of two scripts inside one word (a run of `isalnum` characters): a word that
    # `fold_mixed_scripts` may change
    mixed_word: re.Pattern


@lru_cache(maxsize=1)
@cached_on_disk("script-letters")  # a scan of all of Unicode: once per installation
def _script_patterns() -> _ScriptPatterns:
    codes: dict[str | None, list[int]] = {"Latn": [], "Cyrl": [], "Grek": [], None: []}
    for code in range(0x110000):  # one scan of Unicode for the three scripts
        codes[_script(chr(code))].append(code)
    latin, cyrillic, greek = (class_of_codes(codes[s]) for s in ("Latn", "Cyrl", "Grek"))
    # Letters of two scripts in one word: then two of its script letters one after the
    # other (with only digits or letters of no script between) differ, where the engine
    # reads each character once or twice.
    between = f"[^\\W_{latin}{cyrillic}{greek}]*"
    mixed = (f"[{latin}]{between}[{cyrillic}{greek}]|[{cyrillic}]{between}[{latin}{greek}]"
             f"|[{greek}]{between}[{latin}{cyrillic}]")
    return _ScriptPatterns(re.compile(f"[{latin}]"), re.compile(f"[{cyrillic}]"),
                           re.compile(f"[{greek}]"), re.compile(f"[{cyrillic}{greek}]"),
                           re.compile(mixed))


def fold_mixed_scripts(text: str) -> str:
    """Each word written in letters of two of Latin, Cyrillic and Greek, with the letters
    of the script the sentence is mostly written in: same length, other words untouched."""
    if text.isascii():
        return text
    scripts = _script_patterns()
    if scripts.cyrillic_or_greek.search(text) is None:
        return text  # Latin letters only: no word mixes scripts
    if scripts.latin.search(text) is None and (
        scripts.cyrillic.search(text) is None or scripts.greek.search(text) is None
    ):
        return text  # one script only
    if not scripts.mixed_word.search(text):
        return text  # no word mixes scripts: nothing to fold, no look-up per character
    return _fold_mixed_words(text)


def _fold_mixed_words(text: str) -> str:
    """`fold_mixed_scripts` read character by character (also for text with no mixed word:
    the tests compare the two)."""
    if text.isascii():
        return text
    counts: dict[str, int] = {}
    scripts = [_script(c) for c in text]
    for script in scripts:
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if len(counts) < 2:
        return text
    main = max(counts, key=lambda s: counts[s])
    out = list(text)
    start = 0
    while start < len(text):
        if scripts[start] is None:
            start += 1
            continue
        end = start
        while end < len(text) and (scripts[end] is not None or text[end].isalnum()):
            end += 1
        seen = {s for s in scripts[start:end] if s is not None}
        if len(seen) > 1 and main in seen:
            out[start:end] = text[start:end].translate(_fold_tables()[main])
        start = end
    return "".join(out)
