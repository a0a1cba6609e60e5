"""Cheap language-blind anchors: what two translations of one sentence share even
when no model understands both languages.

- facts: how many numbers and dates each side states, never their values: a sentence
  whose number drifted must still pair with its counterpart (the comparers then
  report "changed 30 -> 13"); anchoring on equal values would let the drift pull
  its own sentence out of the alignment and hide itself;
- name keys: capitalised words written in Latin letters (any script transliterated),
  reduced to a rough phonetic skeleton and cut to a short prefix so that inflected
  forms meet ("Stoltenbergu", "Столтенберг", "Stoltenberg's" -> "stolt");
- character n-grams of the Latin-transliterated text, for `ngram_vectors`: names
  and international words weigh in even between unrelated languages (numbers do not,
  for the same reason as above).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence

from checker.model import Fact

NAME_PREFIX = 5  # letters of a name key kept: survives case endings and suffixes
NGRAM = 4
NGRAM_DIM = 1 << 15  # hashed feature space of the n-gram vectors
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def _latin(text: str, lang: str) -> str:
    try:
        from checker.translit import latin
    except ImportError:  # pragma: no cover - translit is part of checker
        from anyascii import anyascii

        return anyascii(text)
    return latin(text, lang)


def _skeleton(word: str) -> str:
    try:
        from checker.translit import skeleton
    except ImportError:  # pragma: no cover
        return word
    return skeleton(word)


def name_keys(text: str, lang: str) -> set[str]:
    """Prefix keys of the capitalised words of a sentence (of every word of at least
    five letters in scripts without case)."""
    keys = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        cased = word[:1].isupper()
        caseless = not word[:1].isupper() and not word[:1].islower()
        if not (cased or (caseless and len(word) >= 5)) or word[:1].isdigit():
            continue
        latin = re.sub(r"[^a-z]", "", _latin(word.split("'")[0].split("’")[0], lang).lower())
        if len(latin) < 4:
            continue
        keys.add("name:" + _skeleton(latin)[:NAME_PREFIX])
    return keys


def fact_keys(facts: Sequence[Fact]) -> set:
    """("number", 0), ("number", 1), ("date", 0)...: the shape of what a sentence
    states, equal on both sides of a faithful pair and of a drifted one alike."""
    counts = Counter(f.category for f in facts if f.category in ("number", "date"))
    return {(category, k) for category, n in counts.items() for k in range(n)}


def sentence_anchors(text: str, lang: str, facts: Sequence[Fact] | None) -> set:
    """Everything one sentence can be matched on without a model."""
    return fact_keys(facts or ()) | name_keys(text, lang)


def anchor_score(reference: set, version: set) -> float:
    """Share of anchors in common, from 0 (none, or no anchors at all) to 1."""
    if not reference or not version:
        return 0.0
    return len(reference & version) / max(len(reference), len(version))


def _grams(text: str, lang: str) -> list[str]:
    latin = re.sub(r"[^a-z0-9 ]", " ", _latin(text, lang).lower())
    grams = []
    for word in latin.split():
        if len(word) < NGRAM or word.isdigit():
            # short function words are language specific noise; numbers are facts to
            # compare, not evidence of a pair (a drifted number must not unpair)
            continue
        padded = f" {word} "
        grams.extend(padded[i : i + NGRAM] for i in range(max(len(padded) - NGRAM + 1, 1)))
    return grams


def ngram_counts(texts: Sequence[str], lang: str) -> list[dict[int, float]]:
    """Hashed character n-gram counts of Latin-transliterated texts, one sparse row
    ({column: count}) each: a dense row of the feature space took 128 KB a sentence."""
    out = []
    for text in texts:
        row: dict[int, float] = {}
        for gram in _grams(text, lang):
            column = zlib.crc32(gram.encode()) & (NGRAM_DIM - 1)
            row[column] = row.get(column, 0.0) + 1.0
        out.append(row)
    return out


class LazyNgramCounts(Sequence):
    """`ngram_counts` of texts, each row computed when asked for and not kept: a long
    version is aligned in windows (checker.align.windows), and rows for every sentence
    at once took about 1.5 KB a sentence, for the whole of a large file."""

    def __init__(self, texts: Sequence[str], lang: str) -> None:
        self.texts, self.lang = texts, lang

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, k):  # one row (the windows ask row by row)
        if isinstance(k, slice):
            return ngram_counts(self.texts[k], self.lang)
        return ngram_counts([self.texts[k]], self.lang)[0]
