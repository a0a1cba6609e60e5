"""The change a place named by an adjective makes certain (the adjectives are read in
`place_adjectives`).

A reference place that the version does not have anywhere, where the aligned version
sentence names another place by its adjective and the reference has that other place
nowhere (no name, no adjective of it), is a changed place: both sides certainly say
different things about the same thing.
"""

from __future__ import annotations

from functools import lru_cache

from checker.compare.base import AlignedClaim, ComparisonContext, FactAt
from checker.compare.name_kinds import _MEMBERSHIP_TERRITORIES, data_id, known_place
from checker.compare.place_adjectives import adjective_places, document_adjective_places
from checker.compare.place_geography import cities_overlap, city_of, places_overlap
from checker.context import CheckContext
from checker.glossary import gazetteer
from checker.lang.profile import profile
from checker.model import Fact, Sentence


def written_cities(sentence: Sentence, lang: str, taken: list[tuple[int, int]]) -> list[Fact]:
    """In a spaced script without capitals (Arabic), where no capital marks a name, the
    gazetteer's cities a sentence names outside the names `taken` (kind "city"). Looked for
    only where a reference place is lost: a word that spells a city is often a common word
    too, so it is no name of its own, only a candidate for the place the version gives
    instead."""
    data = profile(lang).writing
    if data.cased or not data.spaced:
        return []
    return [
        Fact("entity", sentence.text[s:e], sentence.text[s:e], s, e, kind="city")
        for s, e in gazetteer.find_written(sentence.text, lang, taken)
    ]


def _names_that_are_cities(claim: AlignedClaim, lang: str) -> list[FactAt]:
    """In an unspaced script without capitals (Chinese), the names the version's claim
    reads that are, whole, a large city of the gazetteer ("安卡拉", Ankara), as kind
    "city": candidates for the place the version gives instead of a lost one."""
    from checker.compare.name_found import LARGE_CITY

    data = profile(lang).writing
    if data.cased or data.spaced:
        return []
    return [
        (Fact("entity", f.text, f.text, f.start, f.end, kind="city"), s)
        for f, s in zip(claim.version_facts, claim.version_fact_sentence, strict=False)
        if f.category == "entity" and f.kind in ("name", "initial")
        and gazetteer.largest_population(city_of(f, lang)) >= LARGE_CITY
    ]


def named_in_reference(place: Fact, claim: AlignedClaim, context: ComparisonContext,
                        said: frozenset = frozenset()) -> bool:
    """Does the reference name the place, a place it lies in or one inside it, or make an
    adjective of it, anywhere? A place of the claim the version names itself (`said`: the
    values of its concepts and adjectives) is no other name of this one ("UK" said by
    "British" is not what "London" renders)."""

    ref = context.reference
    facts = [f for f in claim.reference_facts
             if f.category == "entity" and (f.value == place.value or f.value not in said)]
    if place.kind == "city":
        ver_lang = context.version.lang
        return any(cities_overlap(f, ref.lang, place, ver_lang) for f in facts)
    if any(f.kind == "concept" and places_overlap(f.value, place.value) for f in facts):
        return True
    if concept_in_document(str(place.value), ref.text, ref.lang, context.run):
        return True
    return any(places_overlap(value, place.value)
               for value in document_adjective_places(ref.text, ref.lang, context.run))


# Whole-document answers, remembered per document (by its text) and run: asked once per
# claim, each reads the whole reference, and a long article has thousands of claims.
@lru_cache(maxsize=1024)
def concept_in_document(concept: str, text: str, lang: str, run: CheckContext) -> bool:
    from checker.compare.name_found import concept_words_found
    from checker.compare.whole_text import document_words

    return concept_words_found(concept, lang, document_words(text, lang), run)


def pair_with_adjectives(
    pairs: list[tuple[FactAt | None, FactAt | None]],
    claim: AlignedClaim,
    context: ComparisonContext,
) -> list[tuple[FactAt | None, FactAt | None]]:
    """Each reference place left alone (missing) paired with a place the version's claim
    names by an adjective (or, in a script without capitals, by a city's name:
    `written_cities`), where the reference has that place nowhere: a change. The first
    such place of the claim, once. A lost place the version writes as a city of the
    gazetteer is said: no finding."""
    named = [f.value for f in claim.version_facts if f.category == "entity" and f.kind == "concept"]
    lost = [
        k for k, (ref, ver) in enumerate(pairs)
        if ref is not None and ver is None
        and known_place(ref[0], context.reference.lang, context.run)
        # A place the version names one inside or around ("England" for "Britain"): no change.
        and not any(places_overlap(ref[0].value, value) for value in named)
    ]
    if not lost:
        return pairs
    ver_lang = context.version.lang
    candidates = [
        (fact, sentence)
        for sentence in claim.version
        for fact in adjective_places(sentence, ver_lang, context.run)
        + written_cities(sentence, ver_lang, [
            (f.start, f.end)
            for f, s in zip(claim.version_facts, claim.version_fact_sentence, strict=False)
            if s is sentence
        ])
    ] + _names_that_are_cities(claim, ver_lang)
    out = list(pairs)
    surplus = _surplus_places(claim, context)
    in_version = frozenset([*named, *(f.value for f, _ in candidates if f.kind == "adjective")])
    said: set[int] = set()
    for k in lost:
        ref = out[k][0]
        assert ref is not None
        if any(
            (fact.kind == "city" and cities_overlap(ref[0], context.reference.lang, fact,
                                                    ver_lang))
            or (fact.kind == "adjective" and fact.value == ref[0].value)
            for fact, _ in candidates
        ):
            # The version writes the place itself ("فينيكس" for "Phoenix") or its
            # adjective ("sanctions américaines" for "US sanctions"): said.
            said.add(k)
            continue
        match = next(
            (
                (fact, sentence)
                for fact, sentence in candidates
                if not places_overlap(fact.value, ref[0].value)
                and not cities_overlap(ref[0], context.reference.lang, fact, ver_lang)
                and not named_in_reference(fact, claim, context, in_version)
            ),
            None,
        )
        if match is None and one_place(ref[0], context):
            match = next((pair for pair in surplus if not places_overlap(
                pair[0].value, ref[0].value)), None)
            if match is not None:
                surplus.remove(match)
        elif match in candidates:
            candidates.remove(match)
        if match is not None:
            out[k] = (ref, match)
    return [pair for k, pair in enumerate(out) if k not in said]


def one_place(fact: Fact, context: ComparisonContext, lang: str | None = None) -> bool:
    """A country, a subdivision or a city of the data: no region ("Europe") or grouping
    ("EU"), which a version often says by another word ("Brexit"). A fact of the
    reference, or of `lang`."""
    value = data_id(str(fact.value), lang or context.reference.lang, context.run)
    if value.startswith("cldr:"):
        return value[5:].isalpha() and value not in _MEMBERSHIP_TERRITORIES
    return True


def _surplus_places(claim: AlignedClaim, context: ComparisonContext) -> list[FactAt]:
    """Places of the data the version names more often (by name or adjective) than the
    reference does, where the reference says them by an adjective: the version's name may
    have been matched to that adjective ("a Bolivian diplomat"), so one of its mentions
    stands for something the reference says otherwise. A version that only names a place
    the reference names is no sign (a translator names the subject where the reference
    says "the country"). The first name of each."""
    ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
    named = [(f, s) for f, s in zip(claim.version_facts, claim.version_fact_sentence,
                                    strict=False)
             if f.category == "entity" and f.kind == "concept" and known_place(f, ver_lang, run)]
    if not named:
        return []

    def data(values: list, lang: str) -> list[str]:
        return [data_id(str(v), lang, run) for v in values]

    ver_values = data([f.value for f, _ in named] + [
        f.value for s in claim.version for f in adjective_places(s, ver_lang, run)], ver_lang)
    ref_adjectives = data([f.value for s in claim.reference
                           for f in adjective_places(s, ref_lang, run)], ref_lang)
    ref_values = data([f.value for f in claim.reference_facts
                       if f.category == "entity" and f.kind == "concept"], ref_lang)
    ref_values += ref_adjectives
    out: list[FactAt] = []
    for fact, sentence in named:
        value = data_id(str(fact.value), ver_lang, run)
        if (value in ref_adjectives and ver_values.count(value) > ref_values.count(value)
                and not any(data_id(str(f.value), ver_lang, run) == value for f, _ in out)):
            out.append((fact, sentence))
    return out


def not_said_by_adjective(lost: list[FactAt], claim: AlignedClaim,
                          context: ComparisonContext) -> list[FactAt]:
    """The lost names less the places of the data the version's sentences name by their
    adjective ("US" said by "الأمريكي", American): said, so no counterpart of a name the
    version adds (`pair_with_adjectives` says so of a place left alone)."""
    return _less_adjective_places(lost, claim.version, context.version.lang, context)


def not_added_by_adjective(added: list[FactAt], claim: AlignedClaim,
                           context: ComparisonContext) -> list[FactAt]:
    """The added names less the places of the data the reference's sentences name by their
    adjective: the mirror of `not_said_by_adjective`. A language whose feminine adjective is
    the country's name ("Norveška tvrtka", the Norwegian company; "Norveška", Norway) reads
    the capitalised adjective as the country: the same place, said."""
    return _less_adjective_places(added, claim.reference, context.reference.lang, context)


def _less_adjective_places(names: list[FactAt], sentences: list[Sentence], lang: str,
                           context: ComparisonContext) -> list[FactAt]:
    """`names` less the places of the data that `sentences` name by their adjective."""
    if not any(f.kind == "concept" for f, _ in names):
        return names
    said = {f.value for s in sentences for f in adjective_places(s, lang, context.run)}
    return [(f, s) for f, s in names if not (f.kind == "concept" and f.value in said)]
