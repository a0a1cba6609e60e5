"""Which sentences may hold a number written in words. Most hold none: they are not read
word by word (`words.word_numbers`).

A word that is a number piece by itself may make a number ("twenty", "million", "third").
"One" or "un" alone (value 1 and no other meaning) makes none: a lone "one" is no count and
two of them no number, nor does an article or a connector word ("a", "and", "y"); with
nothing else, they leave the digit numbers as they are. A longer phrase ("and a half")
needs all its words said: one of them, its key word, stands for it. The gate is a whole-word
search for these words, so it lets through every sentence in which a word can start a
number (and a few more, which are read and give what they give)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from checker.compiled_cache import cached_on_disk
from checker.compiled_patterns import trie_alternation
from checker.facts.number_words import NumberLexicon
from checker.facts.numeric.patterns import MARKS, WORD, WORD_APOSTROPHE
from checker.facts.numeric.rules import rules


class WordGate(NamedTuple):
    """A language's gate (`may_hold_number_words`), and what spares the word-by-word
    reading looking up what cannot be there."""

    # any word that is a number piece by itself, or the key word of a longer phrase, as a
    # whole word; None where the language has no number words
    said: re.Pattern | None
    # any multiplier that `NumberLexicon.glued` finds inside a word ("siebenhunderttausend"),
    # anywhere in the sentence; None where the language glues none
    glued_part: re.Pattern | None
    # first word of a phrase -> the lengths in words of its phrases, longest first: the
    # only lengths a phrase starting with it can have ("and": 3, "and a half")
    phrase_sizes: dict[str, tuple[int, ...]]


@cache
@cached_on_disk("number-word-gate")  # a trie of thousands of forms: built once
def word_gate(lang: str) -> WordGate:
    lex = rules(lang).lex
    tables = (lex.words, lex.multipliers, lex.ordinals, lex.fractions, dict.fromkeys(lex.halves))
    others = {p for table in tables[1:] for p in table} | set(lex.alone_values)
    telling = {
        p for table in tables for p in table
        if " " not in p and (p in others or lex.words.get(p, 0) != 1)
    }
    keys = set(telling)
    sizes: dict[str, set[int]] = {}
    for table in tables:
        for phrase in table:
            words = phrase.split(" ")
            if len(words) <= lex.max_words:  # the reader reads no longer phrase
                sizes.setdefault(words[0], set()).add(len(words))
            if len(words) > 1:
                keys.add(next((w for w in words if w in telling), max(words, key=len)))
    said = None
    if keys:
        body = trie_alternation(sorted(keys, key=len, reverse=True))
        said = re.compile(r"(?<![^\W\d_])(?:" + body + r")(?![^\W\d_])")
    glued_part = None
    if lex.glued is not None and lex.glued_forms:
        forms = sorted((form for form, _ in lex.glued_forms), key=len, reverse=True)
        glued_part = re.compile(trie_alternation(forms))
    phrase_sizes = {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}
    return WordGate(said, glued_part, phrase_sizes)


def may_hold_number_words(low: str, lex: NumberLexicon, gate: WordGate) -> bool:
    """May a word of the sentence (`low`: lower case, folded as `lex` is) make a number or
    be a glued compound? A sentence with short vowels to drop is always read word by word
    (its words are not the text's)."""
    if MARKS.search(low):
        return True
    if gate.said is not None and gate.said.search(low):
        return True
    if gate.glued_part is None or lex.glued is None or not gate.glued_part.search(low):
        return False  # no multiplier inside any word: no compound to read
    words = (WORD_APOSTROPHE if lex.apostrophes else WORD).findall(low)
    return any(len(w) > 4 and lex.glued.match(w) for w in words)
