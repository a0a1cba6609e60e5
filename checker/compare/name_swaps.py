"""Name swaps judged at article level: a name the version gives where the reference
loses another, although the reference names it in another sentence (so the claim's
name comparer did not take it for an addition). See `name_swaps`."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from checker.compare import entities, name_found, name_words
from checker.compare.base import AlignedClaim, ComparisonContext, side
from checker.compare.fact_match import locate, same_fact
from checker.compare.name_kinds import known_against, known_place, pair_by_kind, surnames_far_apart
from checker.compare.place_adjectives import adjective_places
from checker.compare.place_geography import (
    CITY_PREFIX,
    cities_overlap,
    city_of,
    containing,
    places_overlap,
    same_city,
)
from checker.compare.whole_text import document_words
from checker.facts import wordlists
from checker.glossary import gazetteer
from checker.lang.profile import profile
from checker.model import Fact, Finding, Sentence
from checker.rules import make_finding
from checker.scripts import text_script
from checker.translit import latin, skeleton

if TYPE_CHECKING:
    from checker.compare.article import LeftOver

# Transliterated skeletons this alike (rapidfuzz partial ratio) are one name spelt two ways.
SAME_NAME_RATIO = 60
# An adjective made from a place has at least this many letters (as
# `wordlists.is_demonym`): a shorter word is a cut of the name ("sene", two words "se ne"
# read as one, of "Senegal").
MIN_DEMONYM = 5


def unsaid_lost_places(per_claim: Sequence[tuple[AlignedClaim, list[Finding]]],
                        context: ComparisonContext) -> dict[int, Finding]:
    """For a version in a script without capitals, each claim's one lost place of the data
    that the name comparer leaves unsaid, as an `entity.missing` finding (by claim id).
    There a city the checker cannot read may be written in any run of characters, so the
    comparer reports a lost city only beside a place of the data the version adds; but a
    place the version names where the reference names it in another sentence is no
    addition, and the swap is then judged here, at article level (`name_swaps`), as for
    any lost name."""
    if text_script(context.version.text) not in name_words.UNCASED_SCRIPTS:
        return {}
    ref_lang, ver_lang = context.reference.lang, context.version.lang
    whole = document_words(context.reference.text, ref_lang)
    out: dict[int, Finding] = {}
    for claim, findings in per_claim:
        if not (claim.reference and claim.version and claim.certain) or any(
                f.category == "entity" and f.kind in ("missing", "changed") for f in findings):
            continue
        lost, added = entities.unmatched(claim, ref_lang, ver_lang, run=context.run)
        places = [(f, s) for f, s in lost if f.kind != "concept" and _place(f, ref_lang, context)
                  and not entities.common_in_document(f, ref_lang, context.reference.text)]
        # A place the comparer took for an addition it has paired with the lost one, and
        # judged: only places the reference gives in other sentences are left to judge.
        if len(places) == 1 and not any(
                _place(f, ver_lang, context) and not name_found.fact_found(
                    f, ver_lang, claim.reference_facts, whole, name_words.FUZZY_THRESHOLD,
                    ref_lang, run=context.run, other_text=context.reference.text)
                for f, _ in added):
            fact, sentence = places[0]
            out[id(claim)] = make_finding(
                "entity.missing", f"name missing: {fact.text} is not in the version",
                side(context.reference, sentence, fact, context.reference_translations),
                side(context.version, claim.version[0], None, context.translations),
                context.version.path)
    return out


def name_swaps(per_claim: Sequence[tuple[AlignedClaim, list[Finding]]], dropped: set[int],
                ref: list[LeftOver], context: ComparisonContext, unsaid: Container[int] = ()
                ) -> dict[int, Finding]:
    """`entity.missing` findings that are name swaps, as `entity.changed`: in a claim the
    alignment is sure of (or held and agreeing: `_held_and_agreeing`), one reference
    name is missing and the version names exactly one other name that nothing in the
    reference sentences matches. The name comparer does not report that version name as
    added because the reference gives it in another sentence; but that mention is the
    counterpart of its own sentence, unless it is left over there where the alignment is
    unsure of it (then the name may have moved, and it cancels as any fact does). A name
    left over in a claim the alignment is sure of stays in its own sentence: the version
    says it there in a form the comparer does not read (an adjective), and a name moving
    in just where another left is no likelier than a swap. `unsaid`: the ids of findings
    made for lost places the comparer left unsaid (`unsaid_lost_places`)."""
    ref_lang, ver_lang = context.reference.lang, context.version.lang
    sure = {id(f) for claim, findings in per_claim if claim.certain for f in findings}
    free_ref = [x.fact for x in ref if not x.cancelled and x.fact.category == "entity"
                and id(x.finding) not in sure]
    version_sentences = [s for claim, _ in per_claim for s in claim.version]
    ref_names = list({f.text: f for claim, _ in per_claim for f in claim.reference_facts
                      if f.category == "entity"}.values())
    out: dict[int, Finding] = {}
    for claim, findings in per_claim:
        if not (claim.reference and claim.version
                and (claim.certain or _held_and_agreeing(claim, findings, context))):
            continue
        names = [f for f in findings if f.category == "entity" and id(f) not in dropped]
        chosen = _lost_name(claim, [f for f in names if f.kind == "missing"], context)
        if chosen is None:
            continue
        lost, located, place = chosen
        # Besides a lost place, other names of the claim (names the version adds, lost
        # names that are no place of the data) are no reason to doubt a place it gives in
        # its place (below); any other lost name must be the claim's only one.
        if len(names) != 1 and not place:
            continue
        # A version name that states a left-over reference name may be that name, moved;
        # not a place given where the claim loses another place: both sentences are
        # surely paired, and a place moving in just where another left is no likelier
        # than a swap.
        _, added = entities.unmatched(claim, ref_lang, ver_lang, run=context.run)
        added = [(f, s) for f, s in added + _other_countries(claim, located, context)
                 if not entities.common_in_document(f, ver_lang, context.version.text)
                 and ((place and _place(f, ver_lang, context)) or not any(
                     same_fact(f, ver_lang, r, ref_lang, context.run) for r in free_ref))]
        # A place (a country, a subdivision: "Scotland", a city) given in the place of a
        # lost place; else a place the version names by its adjective. A person or an
        # organisation the version adds is no counterpart of a lost place.
        if place and any(_place(f, ver_lang, context) for f, _ in added):
            added = [(f, s) for f, s in added if _place(f, ver_lang, context)]
        elif place:
            added = _adjective_places(claim, located[0], context)
        if id(lost) in unsaid:
            # A name read from a run of characters without capitals is too rough a
            # reading to replace a name the comparer leaves unsaid: only a place named by
            # the data (a CLDR or glossary name in that script) is, or a city of the
            # gazetteer that the reference names too (one city on both sides, not a
            # surname whose characters spell a city).
            added = [(f, s) for f, s in added if f.kind == "concept" or any(
                same_city(r, ref_lang, f, ver_lang) for r in ref_names)]
        # A version name the claim already reports as changed from another lost name is
        # that name's counterpart, not this one's too.
        changed = {f.version.fact for f in names if f.kind == "changed" and f.version}
        added = [(f, s) for f, s in added if f.text not in changed]
        # One name given twice is one name.
        added = list({f.value if place else id(f): (f, s) for f, s in added}.values())
        given = added
        if place:
            added = _one_area(added)
        if len(added) != 1:
            continue
        fact, sentence = added[0]
        # Each place of one area must be surely another place than the lost one.
        if not all(_surely_other(located[0], ref_lang, f, ver_lang, version_sentences, context,
                                 ref_names)
                   and (f is fact or not places_overlap(located[0].value, f.value))
                   for f, _ in given):
            continue
        # A swap only between names of one known kind (a place for a place...): see
        # checker.compare.name_kinds; names of unknown kinds stay two warnings.
        # An adjective of a place of the data is a place.
        [(kept_lost, kept_added)] = ([(located, (fact, sentence))] if fact.kind == "adjective"
                                     else pair_by_kind([located], [(fact, sentence)], context,
                                                       surnames_far_apart)[:1]
                                     or [(None, None)])
        if kept_lost is None or kept_added is None:
            continue
        name = located[0].text
        out[id(lost)] = make_finding(
            "entity.changed", f"name changed: {name} -> {fact.text}", lost.reference,
            side(context.version, sentence, fact, context.translations), context.version.path)
    return out


def _one_area(places: list[tuple[Fact, Sentence]]) -> list[tuple[Fact, Sentence]]:
    """Places that each contain or lie in every other ("Scotland" and "Britain", as in
    "Scotland's health service ... after Britain leaves") name one area: given where
    another place was lost, they stand for it as one place would. The one cited is the
    first that is no country (the nearest to what the sentence names)."""
    if len(places) < 2 or not all(places_overlap(a.value, b.value)
                                  for k, (a, _) in enumerate(places)
                                  for b, _ in places[k + 1:]):
        return places
    return [next((p for p in places if _country(p[0]) is None), places[0])]


def _lost_name(claim: AlignedClaim, missing: Sequence[Finding], context: ComparisonContext
               ) -> tuple[Finding, tuple[Fact, Sentence], bool] | None:
    """The lost name of a claim that may have been swapped for another (its finding, fact
    and sentence, and whether it is a place of the data): the claim's only missing name,
    or its only missing place of the data among names of other kinds (an acronym, a
    title: "the court" written out, "AI" translated), which are no counterpart of a
    place the version gives."""
    located = [(f, locate(claim, f.reference, True)) for f in missing]
    found = [(f, at) for f, at in located if at is not None]
    places = [(f, at) for f, at in found if _place(at[0], context.reference.lang, context)]
    if len(found) == len(missing) == 1:
        finding, at = found[0]
        return finding, at, bool(places)
    if len(places) == 1:
        finding, at = places[0]
        return finding, at, True
    return None


def _place(fact: Fact, lang: str, context: ComparisonContext) -> bool:
    """A place of the data: a CLDR country, subdivision or city (`_area`), a glossary
    concept the data link to one, a city of the gazetteer (`name_kinds.known_place`)."""
    return fact.category == "entity" and (_area(fact) or known_place(fact, lang, context.run))


def _held_and_agreeing(claim: AlignedClaim, findings: Sequence[Finding],
                       context: ComparisonContext) -> bool:
    """Is a loosely aligned claim sure enough for a name swap all the same? Yes when a
    neighbour holds it in place, its numbers and dates agree (no finding but a correct
    conversion) and at least one of them is said on both sides: a weak bead that pairs
    two different sentences rarely shares a number or a date with no other difference
    (as `certainty.surely_same_subject` for a drifted number)."""
    if not claim.anchored or any(f.category in ("number", "date") and f.kind != "converted"
                                 for f in findings):
        return False
    ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
    return any(f.category in ("number", "date")
               and any(same_fact(f, ref_lang, g, ver_lang, run) for g in claim.version_facts)
               for f in claim.reference_facts)


def _country(fact: Fact) -> str | None:
    """The CLDR country (two-letter territory) a name stands for, or None: a region
    ("Asia"), a city or a grouping of countries ("EU", "UN") is no country."""
    value = fact.value if fact.category == "entity" else None
    if isinstance(value, str) and re.fullmatch(r"cldr:[A-Z]{2}", value) \
            and value not in ("cldr:EU", "cldr:UN", "cldr:EZ"):
        return value
    return None


def _area(fact: Fact) -> bool:
    """A country of the data or a city in one (`_territory`), or a CLDR subdivision
    ("cldr:gbsct": Scotland, "Scottish")."""
    return _territory(fact) is not None or bool(
        fact.category == "entity" and re.fullmatch(r"cldr:[a-z]{2}[a-z0-9]{1,4}", str(fact.value)))


def _territory(fact: Fact) -> str | None:
    """The CLDR country a place name lies in: the country itself, the country of a
    CLDR exemplar city (by its time zone, CLDR's zone territories) or of a city of the
    gazetteer (an adjective made from one: "londoniens")."""
    country = _country(fact)
    value = fact.value
    if country or not isinstance(value, str) or not value.startswith((CITY_PREFIX, "city:")):
        return country
    countries = containing(value)  # the city's country, as place_geography reads it
    return countries[0] if len(countries) == 1 else None


def _other_countries(claim: AlignedClaim, located: tuple[Fact, Sentence],
                     context: ComparisonContext) -> list[tuple[Fact, Sentence]]:
    """Where a country of the reference is lost, the version's countries that no fact of
    the reference sentences names. The name comparer takes a version name as said when
    any word of the reference sentence reads like it, so a country the version names in
    the place of the lost one passes for said when the reference mentions it as an
    adjective ("the Indonesian team ... in Peru" against "... in Indonesia"). Not for a
    country lost as an acronym: "US", "UK" mostly qualify a noun ("the US envoy"), which
    the version says with an adjective the checker does not read as the country, while
    the reference's adjective of another country stands for the version's; unless
    nothing follows the acronym in its clause ("who live in the US, ..."): a noun then."""
    lost, sentence = located
    if _country(lost) is None or (_acronym(lost) and not _ends_clause(lost, sentence)):
        return []
    said = {f.value for f in claim.reference_facts}
    # A country read in a word of another name the reference gives ("Jordan" of a place
    # "Lake Jordan" read as the country) is that name's word.
    names = " ".join(f.text for f in claim.reference_facts
                     if f.category == "entity" and f.kind != "concept")
    words = name_words.words_of(names, context.reference.lang) if names else ()
    return [(f, s) for f, s in zip(claim.version_facts, claim.version_fact_sentence,
                                   strict=True)
            if _country(f) is not None and f.value not in said
            and not (words and _word_of(f, words, context))]


def _ends_clause(fact: Fact, sentence: Sentence) -> bool:
    """Does a punctuation mark, or the sentence's end, follow the name?"""
    after = sentence.text[fact.end:].lstrip()
    return not after or not after[0].isalnum()


def _word_of(fact: Fact, words: name_words.Words, context: ComparisonContext) -> bool:
    """Are the words of a version country's name as written (`fact.text`) among `words`,
    the reference's, where they do not give that country by its own names there (an
    adjective made from it, "the Argentine coach", does)?"""
    # Each of its words shares a stem with one of them: a loose likeness is no reading
    # ("Çin", China, is no word of "Chindwin").
    mine = name_found.distinctive_words(replace(fact, kind="name", value=None),
                                        context.version.lang)
    stems = name_words.word_index(words).stems
    return (bool(mine) and all(not stems.isdisjoint(w.stems) for w in mine)
            and not name_found.concept_words_found(str(fact.value), context.reference.lang,
                                                   words, context.run))


def _adjective_places(claim: AlignedClaim, lost: Fact, context: ComparisonContext
                      ) -> list[tuple[Fact, Sentence]]:
    """Where a country or city of the data is lost and the version names no other name,
    the countries and cities the version's claim names by an adjective ("на британском
    рынке", "die Pariser Schauen") that the reference sentences of the claim do not name,
    by name or adjective. The adjective
    comparer wants the place named nowhere in the reference; but a country the reference
    names in other sentences is their counterpart's, not this one's."""
    ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
    ref_text = " ".join(s.text for s in claim.reference)
    ref_words = name_words.words_of(ref_text, ref_lang)
    said = [f.value for f in claim.reference_facts if f.category == "entity"]
    said += [f.value for s in claim.reference for f in adjective_places(s, ref_lang, run)]
    adjectives = [(f, s) for s in claim.version for f in adjective_places(s, ver_lang, run)]
    # A reference place the version gives by its own name (or the same adjective) has its
    # counterpart: a place within it named by another adjective is not it ("London
    # homes" beside "the UK" said on both sides).
    given = {f.value for f in claim.version_facts if f.category == "entity"}
    given |= {f.value for f, _ in adjectives}
    return [(f, s) for f, s in adjectives
            if _area(f) and not places_overlap(f.value, lost.value)
            and not cities_overlap(lost, ref_lang, f, ver_lang)
            and not any(places_overlap(f.value, value) and (value == f.value
                                                            or value not in given)
                        for value in said)
            and not name_found.concept_words_found(str(f.value), ref_lang, ref_words, run)]


def _acronym(fact: Fact) -> bool:
    letters = [c for c in fact.text if c.isalpha()]
    return fact.kind == "acronym" or (len(letters) <= 5 and all(c.isupper() for c in letters))


def _surely_other(lost: Fact, ref_lang: str, added: Fact, ver_lang: str,
                  version_sentences: Sequence[Sentence], context: ComparisonContext,
                  ref_names: Sequence[Fact] = ()) -> bool:
    """Are two names surely different names, not one name written two ways? Yes for two
    different CLDR countries; else not when either is an acronym (they expand), when they
    read alike once transliterated (a spelling the matcher missed); never when the
    version gives the lost name in any of its sentences (`version_sentences`)."""
    if _territory(lost) is not None and _territory(lost) == _territory(added):
        return False  # a capital for its country's government, a city for its country
    if added.kind == "adjective" and _place(lost, ref_lang, context) and _area(added):
        # A place of the data named by its adjective: two places of the data, in two
        # different countries (above), however alike their names are spelt.
        return not _said_in(lost, ref_lang, version_sentences, context, ref_names)
    if _country(lost) and _country(added):  # two countries by CLDR: acronyms too ("UAE")
        return lost.value != added.value and not _said_in(lost, ref_lang, version_sentences,
                                                          context, ref_names)
    if known_place(lost, ref_lang, context.run) and known_place(added, ver_lang, context.run):
        # Two places of the data (CLDR countries and subdivisions, cities of the
        # gazetteer), neither within the other: two places however alike their names are
        # spelt once transliterated ("England", "Schottland"; "Buenos Aires", "Paris").
        return (not same_city(lost, ref_lang, added, ver_lang)
                and known_against(lost, True, added, ver_lang, context)
                and not _said_in(lost, ref_lang, version_sentences, context, ref_names))
    if _acronym(lost) or _acronym(added):
        return False
    a = skeleton(re.sub(r"[^a-z]", "", latin(lost.text, ref_lang).lower()))
    b = skeleton(re.sub(r"[^a-z]", "", latin(added.text, ver_lang).lower()))
    if not a or not b or fuzz.partial_ratio(a, b) >= SAME_NAME_RATIO:
        return False
    return not _said_in(lost, ref_lang, version_sentences, context, ref_names)


def _said_in(fact: Fact, lang: str, sentences: Sequence[Sentence],
             context: ComparisonContext, others: Sequence[Fact] = ()) -> bool:
    """Does one of the version's `sentences` give the name? Sentence by sentence:
    the words of a name found across a whole document ("États" in one sentence, "Unis"
    of "Royaume-Uni" in another) are not the name; a version that writes the very name, as
    the reference spells it, gives it however its words are inflected there. `others`:
    the reference's other names."""
    version = context.version
    if re.search(rf"(?<!\w){re.escape(fact.text)}(?!\w)", version.text):
        return True
    # Its names in the data are matched in every word (a place is also said by an
    # adjective, in lower case in many languages); otherwise only words written as
    # names count, in a script with capitals: a loose match finds a name in common words
    # ("Beijing" in "beiden").
    uncased = text_script(version.text) in name_words.UNCASED_SCRIPTS
    known_names = fact.kind == "concept" and bool(
        context.run.name_index(version.lang).by_concept.get(str(fact.value)))
    # A word that another name of the reference reads like is that name's ("Patrick"
    # written as the version writes it is no "Pretoria").
    rivals = tuple(dict.fromkeys(w for f in others if f.text != fact.text
                                 for w in name_found.distinctive_words(f, lang)))
    cities = _cities_named_there(fact, lang, version.lang) if uncased else frozenset()
    for sentence in sentences:
        if cities:
            # A city whose names in the version's script are known is said by one of them:
            # without capitals a loose match finds it in common words ("Beijing" in the
            # Arabic for "a statement").
            if any(gazetteer.written_cities(sentence.text[a:b], version.lang) & cities
                   for a, b in gazetteer.find_written(sentence.text, version.lang, [])):
                return True
            continue
        words = name_words.words_of(sentence.text, version.lang)
        if fact.kind == "concept" and known_names:
            if _named_by_data(str(fact.value), version.lang, words, context) or any(
                    f.value == fact.value
                    for f in adjective_places(sentence, version.lang, context.run)):
                return True
            continue  # its names there are known: not its words matched loosely
        named = words if uncased else tuple(w for w in words if w.capital or w.acronym)
        if name_found.fact_found(fact, lang, [], named, name_words.FUZZY_THRESHOLD, version.lang,
                               rivals=rivals, run=context.run):
            return True
    return False


def _cities_named_there(fact: Fact, lang: str, other_lang: str) -> frozenset[int]:
    """The gazetteer's cities a name (not a concept of the data) names, where the gazetteer
    gives one of them a name in the script of `other_lang` (a language without capitals):
    empty otherwise."""
    if fact.kind == "concept":
        return frozenset()
    cities = city_of(fact, lang)
    return cities if cities and gazetteer.named_in_script(cities, other_lang) else frozenset()


def _as_word(stems: tuple[str, ...]) -> name_words.Word:
    return name_words.Word(stems[0], stems, False, True)


def _named_by_data(concept: str, lang: str, words: name_words.Words,
                   context: ComparisonContext) -> bool:
    """Do `words` (of one sentence in `lang`) give a place by one of the names the data
    give it there (most of its words, each as a form of it, or an adjective made from
    it), or by a code written as a code ("US")? A form of a word is a shared stem; in a
    script with capitals also a capitalised word that matches it closely (an inflection
    the stems miss), never a lower-case word ("jemi", we are, is no "Jemen"; "je me" no
    "Yémen"); without capitals, where every word is a candidate and a script without
    vowels makes most words alike, only a shared stem."""
    every = name_words.word_index(words)
    cased = profile(lang).writing.cased
    index = name_words.word_index(tuple(w for w in words if w.capital or w.acronym)) \
        if cased else every
    for entry in context.run.name_index(lang).by_concept.get(concept, ()):
        if entry.exact:
            if entry.tokens[0][0] in index.codes:
                return True
            continue
        found = [not index.stems.isdisjoint(stems)
                 or any(len(word.key) >= MIN_DEMONYM and wordlists.demonym_of(
                     word.key, stems[0], lang, 3) for word in every.starting(stems[0]))
                 or (cased and any(name_words.close_match(word, _as_word(stems))
                                   for word in index.starting(stems[0])))
                 for stems in entry.tokens]
        # Most words of a longer name are its short form ("Birleşik Devletler" of
        # "Amerika Birleşik Devletleri"); a name of two words needs both.
        if sum(found) * 2 > len(found):
            return True
    return False
