"""Names a segmenter tagged in a reference without capitals (checker/facts/tagged_names.py:
kind "tagged", a place or organisation jieba tags in Chinese) that the version may have
translated by meaning ("地中海", the Mediterranean): their words cannot be matched, but a
version in a cased script can be counted. Where the reference has more such names left
unread than the version has capitalised names the reference does not explain, the excess
is missing: whatever the version translated them by, it has no name left to be them.
"""

from __future__ import annotations

from checker.compare.base import AlignedClaim
from checker.compare.name_found import fact_found
from checker.compare.name_words import FUZZY_THRESHOLD, UNCASED_SCRIPTS, Words, words_of
from checker.context import CheckContext
from checker.facts import entities as names
from checker.lang.profile import profile
from checker.model import Fact, Sentence
from checker.scripts import text_script

TAGGED = "tagged"
_ACRONYM = 2  # letters of an acronym at least


def lost_tagged_names(
    claim: AlignedClaim,
    ref_lang: str,
    ver_lang: str,
    ref_words: Words,
    ver_words: Words,
    run: CheckContext,
    threshold: float = FUZZY_THRESHOLD,
) -> list[tuple[Fact, Sentence]]:
    """The tagged names of the claim's reference sentences the version has no name left
    for (see the module); [] against a version in a script without capitals."""
    ref_pairs = [(f, s) for f, s in zip(claim.reference_facts, claim.reference_fact_sentence,
                                        strict=False) if f.category == "entity"]
    if not any(f.kind == TAGGED for f, _ in ref_pairs):
        return []
    ver_text = " ".join(s.text for s in claim.version)
    if text_script(ver_text) in UNCASED_SCRIPTS or not profile(ver_lang).writing.cased:
        return []
    ref_all = [f for f, _ in ref_pairs]
    ver_all = [f for f in claim.version_facts if f.category == "entity"]
    tagged: dict[str, tuple[Fact, Sentence]] = {}  # a name written twice is one name
    for f, s in ref_pairs:
        if f.kind == TAGGED and f.text not in tagged and not fact_found(
                f, ref_lang, ver_all, ver_words, threshold, ver_lang, run=run,
                other_text=ver_text):
            tagged[f.text] = (f, s)
    if not tagged:
        return []
    # A version name is explained only by a name of the reference the data reads found
    # in it (not by a loose likeness to any of the reference's characters, nor by a tagged
    # name, which it may be the translation of); a title ("President") is none.
    read = [f for f in ref_all if f.kind != TAGGED]
    titles = profile(ver_lang).names.person_titles
    unexplained = {f.text for f in ver_all
                   if not _title(f, titles) and not _explained(f, read, ref_lang, ver_lang, run)}
    # An acronym run into a longer name of the version ("IMF Managing Director Georgieva")
    # is an organisation's own name, whatever the rest is explained by.
    unexplained |= {t.text for f in ver_all if f.text not in unexplained
                    for t in names.tokens(f.text, ver_lang)
                    if t.acronym and len(t.text) >= _ACRONYM and t.text != f.text}
    excess = len(tagged) - len(unexplained)
    return list(tagged.values())[len(tagged) - excess:] if excess > 0 else []


def _title(fact: Fact, titles: frozenset[str]) -> bool:
    """A capitalised title of common words ("President", "Supreme Commander"): no name a
    tagged one may have been translated by."""
    return fact.kind == "common" and fact.text.split()[-1].lower().rstrip(".") in titles


def _explained(fact: Fact, read: list[Fact], ref_lang: str, ver_lang: str,
               run: CheckContext) -> bool:
    """Is one of the reference's names `read` found in the version's name `fact`?"""
    words = words_of(fact.text, ver_lang)
    return any(fact_found(r, ref_lang, [fact], words, FUZZY_THRESHOLD, ver_lang, run=run,
                          other_text=fact.text) for r in read)
