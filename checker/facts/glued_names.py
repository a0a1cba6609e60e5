"""Known names with a postposition, a case ending or a one-letter preposition written onto
them, in a spaced script without capitals whose language has no word list to give the
forms of its names (a language without a folder: its profile's GLUED_NAMES).

Telugu "ఢిల్లీలో" (in Delhi), Malayalam "ലണ്ടനിൽ" (in London), Amharic "በካይሮ" (in Cairo)
and Georgian "საფრანგეთში" (in France) are one word each; no rule of the language is
known, but the name is: a word that starts with the stem of a glossary term or a CLDR name
of the language (longest first) is that name. The stem is the name as written, and where
it ends in a virama without it ("ఫ్రాన్స్" -> "ఫ్రాన్సులో": the ending puts its vowel
there); a chillu letter is read as its consonant and virama ("ലണ്ടൻ" -> "ലണ്ടനിൽ"); the
joiners CLDR writes inside names (ZWNJ, ZWJ) are left out on both sides. One letter may
stand before the name (a preposition written onto it: "በ", "ب"). A name must keep
`MIN_LETTERS` letters and marks before what is glued on, so a short name is no part of
a longer word; a word that is the name as written is pass 1's (checker/facts/name_terms.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from checker.glossary.lookup import NameIndex
from checker.model import Fact

# A name before what is glued on has at least this many characters (letters and vowel
# signs: "ሱዳን" Sudan, "ചൈന" China) and Latin letters read (anyascii): a shorter name is too
# often the start of another word ("ሮም" Rome).
MIN_LETTERS = 3
MIN_LATIN = 4
# At most this many characters glued on after the name ("లో", "ിൽ", "ക്കെതിരെ"): more is a
# compound, another word
MAX_GLUED = 12
_JOINERS = dict.fromkeys(map(ord, "\u200c\u200d"))
# A word: what stands between spaces and punctuation (vowel signs and viramas are no
# letters to `\w`), the full stops and commas of Ethiopic, Myanmar and Khmer included.
_WORD = re.compile(r"[^\s\d,.;:!?\"'“”‘’()\[\]«»「」—–/\-።፣፤፥፦፧၊။។៕]+")


def _chillu_as_letter(character: str) -> str:
    """A chillu letter as its consonant and virama ("ൻ" -> "ന്"); any other as it is."""
    name = unicodedata.name(character, "")
    if "CHILLU" not in name:
        return character
    script = name.split(" LETTER ")[0]
    try:
        consonant = unicodedata.lookup(name.replace("CHILLU ", "") + "A")
        virama = unicodedata.lookup(f"{script} SIGN VIRAMA")
    except KeyError:
        return character
    return consonant + virama


def plain(text: str) -> str:
    """`text` as names are compared: joiners left out, chillus as consonant and virama."""
    text = unicodedata.normalize("NFC", text).translate(_JOINERS)
    return "".join(_chillu_as_letter(c) for c in text) if any(
        "CHILLU" in unicodedata.name(c, "") for c in text) else text


def _stems(name: str) -> tuple[tuple[str, bool], ...]:
    """The name as written and, ending in a virama, without it (opened: True)."""
    out = [(name, False)]
    if "VIRAMA" in unicodedata.name(name[-1], ""):
        out.append((name[:-1], True))
    return tuple((s, opened) for s, opened in out if len(s) >= MIN_LETTERS
                 and len(anyascii(s)) >= MIN_LATIN)


@lru_cache(maxsize=16)
def _stem_table(index: NameIndex) -> dict[str, tuple[str, str, bool]]:
    """The stems of the last word of each of the index's own terms and CLDR names, with the
    term's earlier words (plain), its concept and whether the stem is opened (`_stems`):
    the first kept of several."""
    out: dict[str, tuple[str, str, bool]] = {}
    for entry in index.entries:
        if entry.status in ("foreign", "currency") or entry.exact:
            continue
        words = plain(entry.surface).split()
        if not words:
            continue
        for stem, opened in _stems(words[-1]):
            out.setdefault(stem, (" ".join(words[:-1]), entry.concept, opened))
    return out


def glued_names(text: str, index: NameIndex, taken: list[tuple[int, int]]) -> list[Fact]:
    """The names of `index` written with something glued on, outside the spans `taken`:
    "concept" facts as pass 1 gives them."""
    table = _stem_table(index)
    if not table:
        return []
    words = list(_WORD.finditer(text))
    out: list[Fact] = []
    for i, match in enumerate(words):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        found = _glued(plain(match.group()), table)
        if found is None:
            continue
        before, concept = found
        if before:  # a name of several words: the words before it as the term writes them
            n = len(before.split())
            if i < n or plain(" ".join(w.group() for w in words[i - n : i])) != before:
                continue
            start = words[i - n].start()
            if any(s < end and start < e for s, e in taken):
                continue
        out.append(Fact("entity", text[start:end], concept, start, end, kind="concept"))
        taken = [*taken, (start, end)]
    return out


def _glued(word: str, table: dict[str, tuple[str, str, bool]]) -> tuple[str, str] | None:
    """The (earlier words, concept) of the longest stem that starts `word`, or `word` after
    one letter, with at most `MAX_GLUED` characters after it; None for a word that is a
    stem as written (pass 1 reads it) or none."""
    if word in table:
        return None
    for skip in (0, 1):
        if skip and not unicodedata.category(word[:1]).startswith("L"):
            break
        rest = word[skip:]
        for size in range(len(rest), MIN_LETTERS - 1, -1):
            if len(rest) - size > MAX_GLUED:
                break
            found = table.get(rest[:size])
            if found is None or (size == len(rest) and not skip):
                continue
            before, concept, opened = found
            if not opened and size < len(rest) and unicodedata.category(rest[size])[0] == "M":
                continue  # the name's last letter with another vowel: another word
                # ("ചൈനീസ്", Chinese, is no "ചൈന" China)
            return before, concept
    return None
