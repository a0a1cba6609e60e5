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
# signs: "ሱዳን" Sudan, "ചൈന" China), of them this many letters: a shorter name is too often
# the start of another word ("ሮም", "റോം" Rome).
MIN_LETTERS = 3
MIN_BASE_LETTERS = 2
# At most this many characters glued on after the name ("లో", "ിൽ", "ക്കെതിരെ"): more is a
# compound, another word
MAX_GLUED = 12
_VOWELS = frozenset("aeiou")
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
    """The name as written and, ending in a virama or a vowel letter, without it (opened:
    True): an ending takes the place of the name's last vowel (Georgian "საფრანგეთი" ->
    "საფრანგეთში", in France)."""
    out = [(name, False)]
    last = name[-1]
    if "VIRAMA" in unicodedata.name(last, "") or (
            unicodedata.category(last) == "Lo" and anyascii(last) in _VOWELS):
        out.append((name[:-1], True))
    return tuple((s, opened) for s, opened in out if len(s) >= MIN_LETTERS
                 and sum(unicodedata.category(c) == "Lo" for c in s) >= MIN_BASE_LETTERS)


Stem = tuple[tuple[str, ...], str, bool]  # a name's earlier words, its concept, opened


@lru_cache(maxsize=16)
def _stem_table(index: NameIndex) -> dict[str, list[Stem]]:
    """The stems of the last word of each of the index's own terms and CLDR names, with the
    term's earlier words (plain), its concept and whether the stem is opened (`_stems`);
    names of more words first."""
    out: dict[str, list[Stem]] = {}
    for entry in index.entries:
        if entry.status in ("foreign", "currency") or entry.exact:
            continue
        words = plain(entry.surface).split()
        if not words:
            continue
        for stem, opened in _stems(words[-1]):
            found = out.setdefault(stem, [])
            if all(before != tuple(words[:-1]) for before, _, _ in found):
                found.append((tuple(words[:-1]), entry.concept, opened))
    for found in out.values():
        found.sort(key=lambda item: -len(item[0]))
    return out


def glued_names(text: str, index: NameIndex, taken: list[tuple[int, int]]) -> list[Fact]:
    """The names of `index` written with something glued on, outside the spans `taken`:
    "concept" facts as pass 1 gives them."""
    table = _stem_table(index)
    if not table:
        return []
    words = list(_WORD.finditer(text))
    plain_words = [plain(w.group()) for w in words]
    out: list[Fact] = []
    for i, match in enumerate(words):
        end = match.end()
        for before, concept in _glued(plain_words[i], table):
            n = len(before)
            if n and (i < n or not _earlier_words(plain_words[i - n : i], before)):
                continue
            start = words[i - n].start()
            if not any(s < end and start < e for s, e in taken):
                out.append(Fact("entity", text[start:end], concept, start, end, kind="concept"))
                taken = [*taken, (start, end)]
            break
    return out


def _earlier_words(written: list[str], before: tuple[str, ...]) -> bool:
    """Are the words before a name's last one its earlier words, the first of them with one
    letter glued before it ("በአዲስ አበባ", in Addis Ababa)?"""
    first = written[0]
    return written[1:] == list(before[1:]) and (first == before[0] or (
        first[1:] == before[0] and unicodedata.category(first[:1]).startswith("L")))


def _glued(word: str, table: dict[str, list[Stem]]) -> list[tuple[tuple[str, ...], str]]:
    """The (earlier words, concept) of the stems that start
    `word`, or `word` after one letter, with at most `MAX_GLUED` characters after them,
    longest first (a name as written that pass 1 did not read: joiners left out)."""
    out = []
    for skip in (0, 1):
        if skip and not unicodedata.category(word[:1]).startswith("L"):
            break
        rest = word[skip:]
        for size in range(len(rest), MIN_LETTERS - 1, -1):
            if len(rest) - size > MAX_GLUED:
                break
            for before, concept, opened in table.get(rest[:size], ()):
                if not opened and size < len(rest) and unicodedata.category(rest[size])[0] == "M":
                    continue  # the name's last letter with another vowel: another word
                    # ("ചൈനീസ്", Chinese, is no "ചൈന" China)
                if skip and before:
                    continue  # a preposition stands before a name's first word
                out.append((before, concept))
    return out
