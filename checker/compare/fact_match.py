"""Whether two facts state the same thing, and which fact a finding cites: what the
article-level judgements (`article`, `name_swaps`, `certainty`) share."""

from __future__ import annotations

from checker.compare import dates, name_found, name_words
from checker.compare.base import AlignedClaim
from checker.compare.number_atoms import same_value
from checker.context import CheckContext
from checker.model import Fact, Sentence


def same_fact(fact: Fact, lang: str, other: Fact, other_lang: str, run: CheckContext) -> bool:
    """Do two facts state the same thing (same category and value; a year may be read
    as a number on one side; names as the name comparer matches them with the run's
    glossaries, `run`)?"""
    if fact.category == "number":
        values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
        if other.category == "date":
            years = {v for kind, v in dates.fields(other) if kind == "year"}
            return len(values) == 1 and float(values[0]).is_integer() and int(values[0]) in years
        if other.category != "number":
            return False
        others = other.value if isinstance(other.value, tuple) else (other.value,)
        return all(any(isinstance(o, (int, float)) and same_value(float(v), float(o))
                       for o in others) for v in values if isinstance(v, (int, float)))
    if fact.category == "date":
        if other.category == "number":
            return same_fact(other, other_lang, fact, lang, run)
        return other.category == "date" and set(dates.fields(fact)) <= set(dates.fields(other))
    if fact.category == "entity" and other.category == "entity":
        words = name_words.words_of(other.text, other_lang)
        return name_found.fact_found(fact, lang, [other], words, name_words.FUZZY_THRESHOLD,
                                   other_lang, run=run)
    return False


def locate(claim: AlignedClaim, cited, reference: bool) -> tuple[Fact, Sentence] | None:
    """The fact (and its sentence) a finding's side cites."""
    if cited is None or cited.fact is None:
        return None
    facts = claim.reference_facts if reference else claim.version_facts
    where = claim.reference_fact_sentence if reference else claim.version_fact_sentence
    for fact, sentence in zip(facts, where, strict=True):
        if sentence.index == cited.sentence - 1 and fact.text == cited.fact:
            return fact, sentence
    return None
