"""Serbian in its two scripts, for tests that read a sentence in Latin and in Cyrillic.

The standard one-to-one Serbian mapping (Vukovica <-> Gajica), written out here rather than
taken from the library the checker reads with, so a test compares the checker against the
alphabet and not against itself. As Serbian Cyrillic text does, words with letters Serbian
has not (q, w, x, y: "Twitter") and Roman numerals ("XXI") stay in Latin letters."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

_LETTERS = dict(zip(
    "abcčćdđefghijklmnoprsštuvzž",
    "абцчћдђефгхијклмнопрсштувзж",
    strict=True,
))
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_KEPT = re.compile(r"[qwxyQWXY]|^(?:[IVXLCDM]*[VXLCDM][IVXLCDM]*|II+)$")
_WORD = re.compile(r"\w+|\W+")


def _word_to_cyrillic(word: str) -> str:
    if _KEPT.search(word):
        return word
    out = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair.lower() in _DIGRAPHS:
            letter = _DIGRAPHS[pair.lower()]
            out.append(letter.upper() if pair[0].isupper() else letter)
            i += 2
            continue
        char = word[i]
        letter = _LETTERS.get(char.lower(), char)
        out.append(letter.upper() if char.isupper() else letter)
        i += 1
    return "".join(out)


def to_cyrillic(latin: str) -> str:
    """Serbian Latin text in Serbian Cyrillic: "Ljubljana, 15. jun" -> "Љубљана, 15. јун"."""
    return "".join(_word_to_cyrillic(piece) for piece in _WORD.findall(latin))


_TO_LATIN = {cyr: lat for lat, cyr in (*_LETTERS.items(), *_DIGRAPHS.items())}


def to_latin(cyrillic: str) -> str:
    """Serbian Cyrillic text in Serbian Latin: "Љубљана, 15. јун" -> "Ljubljana, 15. jun"
    ("ЉУБЉАНА" -> "LJUBLJANA")."""
    out = []
    for i, char in enumerate(cyrillic):
        letter = _TO_LATIN.get(char.lower())
        if letter is None:
            out.append(char)
        elif not char.isupper():
            out.append(letter)
        else:  # a capital digraph is "LJ" in a word in capitals, "Lj" before a small letter
            nxt = cyrillic[i + 1 : i + 2]
            in_capitals = nxt.isupper() or (
                not nxt.isalpha() and i > 0 and cyrillic[i - 1].isupper())
            out.append(letter.upper() if in_capitals else letter.capitalize())
    return "".join(out)


# Words of an English sentence that no Serbian sentence has: some tests give the tag "sr"
# next to the English side of a pair.
_ENGLISH = frozenset(("the", "was", "were", "is", "are", "of", "and", "at", "has", "have",
                      "will", "it", "in", "an", "by", "for", "with", "from", "its", "his", "if",
                      "they", "should", "morning"))
_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Call):
        items = [*node.args, *(k.value for k in node.keywords)]
    else:
        items = list(getattr(node, "elts", ()))
    return [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]


def serbian_latin_test_sentences(tests: Path) -> Iterator[tuple[str, str]]:
    """(file, sentence): every string of several words written next to the tag "sr" alone
    (in one tuple, list or call) in the test suite, Latin and not English."""
    for path in sorted(tests.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Tuple | ast.List | ast.Call):
                continue
            strings = _strings(node)
            tags = {s for s in strings if _TAG.match(s)}
            if tags != {"sr"}:
                continue
            for s in strings:
                words = set(re.findall(r"\w+", s.lower()))
                if " " in s.strip() and not _CYRILLIC.search(s) and not words & _ENGLISH:
                    yield path.name, s
