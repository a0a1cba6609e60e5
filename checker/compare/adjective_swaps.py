"""A place the reference names by its adjective ("the Peruvian government") that the version
renders as another place, by its name or its adjective ("η κυβέρνηση της Ινδονησίας",
"الحكومة الإندونيسية"): a changed place, the mirror of
`place_adjective_changes.pair_with_adjectives` (a reference name against a version adjective).

Sure only where neither side has the other's place anywhere: the version names the
reference's place nowhere in the whole document (no name, no adjective: a translator who
writes "Peru's government" for "the Peruvian government" says it), and the reference names
the version's place nowhere (no name, no adjective). An adjective that is also the name of
a language in the reference ("in Welsh", "the German text") may say the language, not the
state: a warning then (`language_only`).
"""

from __future__ import annotations

from functools import lru_cache

from checker.compare.base import AlignedClaim, ComparisonContext, FactAt
from checker.compare.name_kinds import data_id, known_place
from checker.compare.place_adjective_changes import (
    concept_in_document,
    named_in_reference,
    one_place,
)
from checker.compare.place_adjectives import adjective_places, document_adjective_places
from checker.compare.place_geography import places_overlap
from checker.context import CheckContext
from checker.model import Fact, Sentence
from checker.translit import key

Pair = tuple[FactAt | None, FactAt | None]


def _in_version_document(value: object, context: ComparisonContext) -> bool:
    version = context.version
    if concept_in_document(str(value), version.text, version.lang, context.run):
        return True
    return any(places_overlap(v, value)
               for v in document_adjective_places(version.text, version.lang, context.run))


def _overlapping(fact: Fact, other: Fact) -> bool:
    return fact.start < other.end and other.start < fact.end


def _inside_a_name(adjective: Fact, sentence: Sentence, claim: AlignedClaim) -> bool:
    """Is the adjective a word of a longer name that is no place of the data ("Johnny
    English", "Central American", "North Koreans")? Its place is unsure."""
    return any(
        s is sentence and f.kind != "concept" and _overlapping(f, adjective)
        and (f.start, f.end) != (adjective.start, adjective.end)
        for f, s in zip(claim.reference_facts, claim.reference_fact_sentence, strict=False)
    )


def _share_a_word(a: str, b: str, lang: str, run: CheckContext) -> bool:
    """Do the names of two places share a word in `lang` ("North Korea", "South Korea";
    "Sudan", "South Sudan")? An adjective of one may be read as the other's."""
    index = run.name_index(lang)

    def words(concept: str) -> set[str]:
        return {stem for entry in index.by_concept.get(concept, ())
                for token in entry.tokens for stem in token[:1]}

    return bool(words(a) & words(b))


def pair_reference_adjectives(pairs: list[Pair], claim: AlignedClaim,
                              context: ComparisonContext) -> list[Pair]:
    """Each place the reference claim names by an adjective only, which the version has
    nowhere, paired with a place the version claim adds (a name left alone, or an
    adjective) that the reference has nowhere: a change. A name read on the adjective
    itself and left alone ("Peruvian" missing) gives way to the pair."""
    ref_lang, run = context.reference.lang, context.run
    said = [data_id(str(f.value), context.version.lang, run) for f in claim.version_facts
            if f.category == "entity" and f.kind == "concept"]
    adjectives = [
        (f, s) for s in claim.reference for f in adjective_places(s, ref_lang, run)
        if one_place(f, context) and not _inside_a_name(f, s, claim)
        and not any(places_overlap(f.value, v) for v in said)
        and not _in_version_document(f.value, context)
    ]
    if not adjectives:
        return pairs
    named = [f.value for f in claim.reference_facts
             if f.category == "entity" and f.kind == "concept"]
    adjectives = [(f, s) for f, s in adjectives
                  if not any(places_overlap(f.value, v) for v in named)]
    if not adjectives:
        return pairs
    out = list(pairs)
    ver_lang = context.version.lang
    in_version = {f.value for s in claim.version
                  for f in adjective_places(s, ver_lang, run)}
    for adjective, sentence in adjectives:
        match = _counterpart(adjective, out, claim, context, in_version)
        if match is None:
            continue
        index, ver = match
        if index is not None:
            out[index] = ((adjective, sentence), ver)
        else:
            out.append(((adjective, sentence), ver))
        # The names read on the two adjectives' words themselves, left alone, are these.
        out = [(ref, v) for ref, v in out
               if not (v is None and ref is not None and ref[1] is sentence
                       and ref[0] is not adjective and _overlapping(ref[0], adjective))
               and not (ref is None and v is not None and v[1] is ver[1]
                        and v[0] is not ver[0] and _overlapping(v[0], ver[0]))]
    return out


def _counterpart(adjective: Fact, pairs: list[Pair], claim: AlignedClaim,
                 context: ComparisonContext, in_version: set) -> tuple[int | None, FactAt] | None:
    """The version's place standing for `adjective`: a known place the claim adds (its
    index in `pairs`), else an adjective of the version's sentences; None if none."""
    ver_lang, run = context.version.lang, context.run

    ref_lang = context.reference.lang

    def other(fact: Fact) -> bool:
        value = data_id(str(fact.value), ver_lang, run)
        return (not places_overlap(value, adjective.value)
                and not _share_a_word(value, str(adjective.value), ref_lang, run)
                and one_place(fact, context, ver_lang)
                and not named_in_reference(fact, claim, context, frozenset(in_version)))

    for k, (ref, ver) in enumerate(pairs):
        if (ref is None and ver is not None and ver[0].kind == "concept"
                and known_place(ver[0], ver_lang, run) and other(ver[0])):
            return k, ver
    taken = {(id(v[1]), v[0].start) for r, v in pairs if r is not None and v is not None}
    for sentence in claim.version:
        for fact in adjective_places(sentence, ver_lang, run):
            if (id(sentence), fact.start) not in taken and other(fact):
                return None, (fact, sentence)
    return None


@lru_cache(maxsize=256)
def _language_words(lang: str) -> frozenset[str]:
    """Keys of the one-word names CLDR gives languages in `lang` ("welsh", "german")."""
    from checker.glossary.cldr_tables import cldr_locale_objects
    from checker.glossary.lookup import term_tokens

    return frozenset(
        key(words[0], lang)
        for locale in cldr_locale_objects(lang)
        for code, label in locale.languages.items()
        if "_" not in code and len(words := term_tokens(label, lang)) == 1
    )


def language_only(fact: Fact, sentence: str, lang: str) -> bool:
    """May a reference adjective name a language or a people, not a state: the adjective
    of no country ("English", "Scottish": of a country of the United Kingdom), or one that
    is also the language's name of a language with no lower-case word after it ("written
    in Welsh.", "German, French")? ("the German government" is the state's.)"""
    if fact.kind != "adjective":
        return False
    code = str(fact.value).removeprefix("cldr:")
    if not (str(fact.value).startswith("cldr:") and code.isalpha() and code.isupper()):
        return True
    if key(fact.text, lang) not in _language_words(lang):
        return False
    after = sentence[fact.end:].lstrip(" ")
    return not (after[:1].isalpha() and after[:1].islower())
