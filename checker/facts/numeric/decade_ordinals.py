"""A decade's ending that the ordinal of its tens shares (`lex_attrs.DECADE_ORDINAL_ENDINGS`):
Croatian "dvadesete" is the twenties, or the genitive of the twentieth ("dvadesete
obljetnice", of the 20th anniversary); "90-im" the nineties ("u 90-im godinama"), or the
ninetieth ("s 90-im rođendanom"); Hungarian "20-as" the twenties ("a 20-as években"), or
the adjective of the number ("a 20-as busz", the number 20 bus). The noun after it decides:
one the other reading agrees with ("" any) makes it that reading, a number; a year or decade
word ("devedesete godine", "90-es évek"), a function word or a clitic ("devedesete su"), a
punctuation mark, a verb the word list knows ("devedesete pamte", `VERB_LEMMA_ENDINGS`) or
nothing leave the decade."""

from __future__ import annotations

import re

from checker.facts.numeric.rules import LangRules

_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
# a noun has a stem of three letters or more before its ending: the clitics and particles
# after a decade are shorter ("devedesete je proveo", "devedesete su bile")
_STEM = 3


def ordinal_not_decade(form: str, end: int, low: str, r: LangRules) -> bool:
    """The decade `form` (its word, or the digits' suffix), ending at `end` of `low`, is the
    ordinal of its tens by the noun right after it."""
    if not r.decade_ordinal_endings:
        return False
    nouns = next((after for ending, after in r.decade_ordinal_endings
                  if form.lower().endswith(ending)), None)
    if nouns is None:
        return False
    word = _NEXT_WORD.match(low, end)
    if word is None:
        return False
    noun = word.group(1)
    if noun in r.function_words:
        return False
    window = low[word.start(1) : word.start(1) + 25]
    if any(p is not None and p.match(window) for p in (r.year_after, r.decade_after)):
        return False  # "devedesete godine", "90-im godinama", "90-es évek": the decade's years
    return any(
        noun.endswith(ending) and len(noun) >= len(ending) + _STEM for ending in nouns
    ) and not _a_verb(noun, r)


def _a_verb(word: str, r: LangRules) -> bool:
    """The word list knows `word` as a form of a verb (its lemma ends in one of
    `lex_attrs.VERB_LEMMA_ENDINGS`): "pamte" (pamtiti), never a noun."""
    if not r.verb_lemma_endings:
        return False
    from checker.facts.wordlists import word_list

    words = word_list(r.dates.lang)
    if words is None:
        return False
    known, lemma = words.lookup(word)
    return known and lemma.lower().endswith(r.verb_lemma_endings)
