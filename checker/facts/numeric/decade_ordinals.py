"""A decade's ending that the ordinal of its tens shares (`lex_attrs.DECADE_ORDINAL_ENDINGS`):
Croatian "dvadesete" is the twenties, or the genitive of the twentieth ("dvadesete
obljetnice", of the 20th anniversary); "90-im" the nineties ("u 90-im godinama"), or the
ninetieth ("s 90-im rođendanom"); Hungarian "20-as" the twenties ("a 20-as években"), or
the adjective of the number ("a 20-as busz", the number 20 bus). The noun after it decides:
one the other reading agrees with ("" any) makes it that reading, a number; a year or decade
word ("devedesete godine", "90-es évek"), a function word or a clitic ("devedesete su"), a
punctuation mark or nothing leave the decade."""

from __future__ import annotations

import re
from functools import cache

from checker.facts.numeric.rules import LangRules
from checker.lang import base_language

_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
# a noun has a stem of three letters or more before its ending: the clitics and particles
# after a decade are shorter ("devedesete je proveo", "devedesete su bile")
_STEM = 3


@cache
def _function_words(lang: str) -> frozenset[str]:
    from checker.lang.profile import profile

    return frozenset(w.lower() for w in profile(lang).names.function_words)


@cache
def _endings(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    from checker.lang.profile import profile

    table = profile(lang).numbers.decade_ordinal_endings
    return tuple(sorted(((k.lower(), tuple(v)) for k, v in table.items()),
                        key=lambda kv: -len(kv[0])))


def ordinal_not_decade(form: str, end: int, low: str, r: LangRules) -> bool:
    """The decade `form` (its word, or the digits' suffix), ending at `end` of `low`, is the
    ordinal of its tens by the noun right after it."""
    lang = base_language(r.dates.lang)
    endings = _endings(lang)
    if not endings:
        return False
    nouns = next((after for ending, after in endings if form.lower().endswith(ending)), None)
    if nouns is None:
        return False
    word = _NEXT_WORD.match(low, end)
    if word is None:
        return False
    noun = word.group(1)
    if noun in _function_words(lang):
        return False
    window = low[word.start(1) : word.start(1) + 25]
    if any(p is not None and p.match(window) for p in (r.year_after, r.decade_after)):
        return False  # "devedesete godine", "90-im godinama", "90-es évek": the decade's years
    return any(noun.endswith(ending) and len(noun) >= len(ending) + _STEM for ending in nouns)
