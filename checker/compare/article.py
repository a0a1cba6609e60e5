"""Facts at article level: what a claim-by-claim comparison cannot know.

A claim's comparers see one aligned bead. A version that states a reference fact in
another sentence (merged, reordered, moved to the lead) has not lost it, and a version
fact that the reference states in another sentence is not an addition. So, after the
claims, facts left over on each side are matched across the whole article:

- a fact is *left over* when its claim reported it `missing` (reference) or `extra`
  (version), or when its sentence has no counterpart at all (an unmatched bead);
- a left-over reference fact and a left-over version fact that state the same thing
  (same category and value; names as the name comparer matches them) cancel: the fact
  moved, neither is reported. A fact the version states in a sentence that is already
  the counterpart of a reference mention does not cancel: a name the reference gives
  twice and the version once is still missing once;
- what is left is reported once per version and value, citing the first sentence, the
  message naming the other sentences it stood in;
- a reference sentence with facts and no counterpart in the version is one
  finding citing it, unless all its facts cancelled: `claim.missing` (warning) when a
  count, amount or percentage is lost, `claim.trimmed` (info) when only dates, ordinals,
  years or names are: a dropped dateline is not a dropped casualty count. A local
  paragraph of the version (no reference counterpart) is never reported: desks add
  their own context.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from babel.core import get_global
from rapidfuzz import fuzz

from checker.compare import dates, entities, name_words
from checker.compare.base import AlignedClaim, ComparisonContext, side
from checker.compare.name_kinds import (
    cities_overlap,
    known_against,
    known_place,
    pair_by_kind,
    places_overlap,
    same_city,
    surnames_far_apart,
)
from checker.compare.numbers import same_value
from checker.compare.place_adjectives import adjective_places
from checker.context import CheckContext
from checker.facts import wordlists
from checker.lang.profile import profile
from checker.model import Fact, Finding, Sentence
from checker.rules import make_finding
from checker.translit import latin, skeleton

RECONCILED = ("number", "date", "entity")
NOT_COUNTS = {"ordinal", "year", "decade", "code"}  # number kinds that do not count things
YEARS = range(1800, 2101)
# Transliterated skeletons this alike (rapidfuzz partial ratio) are one name spelt two ways.
SAME_NAME_RATIO = 60  # a bare four-digit number in this range reads as a year


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
        return entities.fact_found(fact, lang, [other], entities._words(other.text, other_lang),
                                   entities.FUZZY_THRESHOLD, other_lang, run=run)
    return False


def _is_count(fact: Fact) -> bool:
    if fact.category != "number" or fact.kind in NOT_COUNTS:
        return False
    value = fact.value
    return not (isinstance(value, int) and value in YEARS and not fact.unit)


@dataclass
class LeftOver:
    """A fact its claim could not match: reported by `finding`, or in an unmatched
    sentence (`finding` None)."""

    fact: Fact
    sentence: Sentence
    finding: Finding | None = None
    cancelled: bool = False


def _locate(claim: AlignedClaim, cited, reference: bool) -> tuple[Fact, Sentence] | None:
    """The fact (and its sentence) a finding's side cites."""
    if cited is None or cited.fact is None:
        return None
    facts = claim.reference_facts if reference else claim.version_facts
    where = claim.reference_fact_sentence if reference else claim.version_fact_sentence
    for fact, sentence in zip(facts, where, strict=True):
        if sentence.index == cited.sentence - 1 and fact.text == cited.fact:
            return fact, sentence
    return None


def _left_over(per_claim: Sequence[tuple[AlignedClaim, list[Finding]]]
               ) -> tuple[list[LeftOver], list[LeftOver]]:
    ref: list[LeftOver] = []
    ver: list[LeftOver] = []
    for claim, findings in per_claim:
        if not claim.version:
            ref.extend(LeftOver(f, s) for f, s in zip(
                claim.reference_facts, claim.reference_fact_sentence, strict=True)
                if f.category in RECONCILED)
            continue
        if not claim.reference:
            ver.extend(LeftOver(f, s) for f, s in zip(
                claim.version_facts, claim.version_fact_sentence, strict=True)
                if f.category in RECONCILED)
            continue
        for finding in findings:
            if finding.category not in RECONCILED or finding.kind not in ("missing", "extra"):
                continue
            is_ref = finding.kind == "missing"
            located = _locate(claim, finding.reference if is_ref else finding.version, is_ref)
            if located is not None:
                (ref if is_ref else ver).append(LeftOver(*located, finding=finding))
    return ref, ver


def fact_signature(fact: Fact) -> tuple:
    """What `same_fact` reads of a fact: everything but where it stands. Facts of one
    signature match the same facts, so a long article's many mentions of few facts are
    matched once per pair of distinct facts."""
    return (fact.category, fact.kind, fact.text, fact.value, fact.qualifier, fact.unit)


class SameFacts:
    """`same_fact` remembered per pair of signatures, for one article's languages."""

    def __init__(self, lang: str, other_lang: str, run: CheckContext) -> None:
        self.lang, self.other_lang, self.run = lang, other_lang, run
        self._known: dict[tuple, bool] = {}

    def __call__(self, fact: Fact, other: Fact) -> bool:
        key = (fact_signature(fact), fact_signature(other))
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = same_fact(fact, self.lang, other, self.other_lang,
                                                 self.run)
        return found


class FactGroups:
    """One side's facts, each distinct fact (signature) once with the indexes of the
    sentences stating it: "is this fact said anywhere on that side" costs one look per
    distinct fact, not one per mention."""

    def __init__(self, facts: Iterable[tuple[Fact, int]]) -> None:
        self.groups: dict[tuple, tuple[Fact, list[int]]] = {}
        for fact, where in facts:
            key = fact_signature(fact)
            if key in self.groups:
                self.groups[key][1].append(where)
            else:
                self.groups[key] = (fact, [where])

    def said(self, fact: Fact, same: SameFacts, outside: Container[int] = ()) -> bool:
        """Does a fact of this side state `fact` (`same(fact, other)`), in a sentence
        whose index is not in `outside`?"""
        return any(same(fact, other) and any(w not in outside for w in where)
                   for other, where in self.groups.values())


class ArticleFacts:
    """Both sides' facts grouped (`FactGroups`), and `same_fact` remembered each way."""

    def __init__(self, claims: Iterable[AlignedClaim], context: ComparisonContext) -> None:
        claims = list(claims)
        ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
        self.reference = FactGroups((f, s.index) for c in claims for f, s in zip(
            c.reference_facts, c.reference_fact_sentence, strict=True))
        self.version = FactGroups((f, s.index) for c in claims for f, s in zip(
            c.version_facts, c.version_fact_sentence, strict=True))
        self.ref_in_ver = SameFacts(ref_lang, ver_lang, run)  # a reference fact, a version's
        self.ver_in_ref = SameFacts(ver_lang, ref_lang, run)


def _cancel(ref: list[LeftOver], ver: list[LeftOver], same: SameFacts, want_ref, want_ver
            ) -> None:
    """Cancel each chosen reference left-over against the first chosen version
    left-over that states the same fact. The version's are grouped by signature, each
    group in article order: the first of a matching group that is not yet cancelled,
    earliest over the groups, is the first in the article (without a scan of all
    left-overs for each one: an article of megabytes has tens of thousands)."""
    groups: dict[tuple, list[int]] = {}
    for k, v in enumerate(ver):
        if not v.cancelled and want_ver(v):
            groups.setdefault(fact_signature(v.fact), []).append(k)
    heads = dict.fromkeys(groups, 0)  # next member of each group not yet cancelled
    firsts = {key: ver[members[0]].fact for key, members in groups.items()}
    matching: dict[tuple, list[tuple]] = {}
    for r in ref:
        if r.cancelled or not want_ref(r):
            continue
        mine = fact_signature(r.fact)
        if mine not in matching:
            matching[mine] = [key for key, fact in firsts.items() if same(r.fact, fact)]
        best = None
        for key in matching[mine]:
            if heads[key] < len(groups[key]):
                k = groups[key][heads[key]]
                best = k if best is None or k < best else best
        if best is not None:
            key = fact_signature(ver[best].fact)
            heads[key] += 1
            r.cancelled = ver[best].cancelled = True


def _dropped_sentence(left: list[LeftOver], context: ComparisonContext) -> Finding:
    """One finding for a reference sentence no version sentence says: `claim.missing`
    when it states a count, else `claim.trimmed`."""
    counts = [x for x in left if _is_count(x.fact)]
    shown = ", ".join(dict.fromkeys(x.fact.text for x in (counts or left)))
    what = "a count" if counts else "facts"
    message = (f"sentence missing: no sentence of the version says what this reference "
               f"sentence says, and it states {what} found nowhere else in the version "
               f"({shown})")
    cited = (counts or left)[0]
    return make_finding("claim.missing" if counts else "claim.trimmed", message,
                        side(context.reference, cited.sentence, cited.fact,
                             context.reference_translations),
                        None, context.version.path)


def _value_key(finding: Finding) -> tuple:
    cited = finding.reference if finding.kind == "missing" else finding.version
    value = cited.value if cited else None
    return (finding.rule, str(value if value is not None else (cited.fact if cited else "")))


def reconcile(per_claim: Sequence[tuple[AlignedClaim, list[Finding]]],
              context: ComparisonContext, article: ArticleFacts | None = None
              ) -> list[Finding]:
    """Claim findings judged at article level, plus one finding per dropped sentence
    (see the module docstring), in claim order."""
    ref, ver = _left_over(per_claim)
    # Reported facts first (a fact moved between two aligned claims), then facts of
    # unmatched sentences (a sentence moved or merged where alignment did not follow).
    same = (article.ref_in_ver if article is not None
            else SameFacts(context.reference.lang, context.version.lang, context.run))
    _cancel(ref, ver, same, lambda r: r.finding, lambda v: v.finding)
    _cancel(ref, ver, same, lambda r: True, lambda v: True)
    dropped = {id(x.finding) for x in ref + ver if x.cancelled and x.finding is not None}
    swapped = _name_swaps(per_claim, dropped, ref, context)
    lost_by_sentence: dict[int, list[LeftOver]] = {}
    for x in ref:
        if x.finding is None and not x.cancelled:
            lost_by_sentence.setdefault(x.sentence.index, []).append(x)
    out: list[Finding] = []
    first: dict[tuple, int] = {}
    for claim, findings in per_claim:
        if claim.reference and not claim.version:
            for sentence in claim.reference:
                if sentence.index in lost_by_sentence:
                    out.append(_dropped_sentence(lost_by_sentence[sentence.index], context))
            continue
        for finding in findings:
            if id(finding) in dropped:
                continue
            finding = swapped.get(id(finding), finding)
            if finding.kind in ("missing", "extra") and finding.category in RECONCILED:
                key = _value_key(finding)
                if key in first:
                    _also(out[first[key]], finding)
                    continue
                first[key] = len(out)
            out.append(finding)
    return out


def _name_swaps(per_claim: Sequence[tuple[AlignedClaim, list[Finding]]], dropped: set[int],
                ref: list[LeftOver], context: ComparisonContext) -> dict[int, Finding]:
    """`entity.missing` findings that are name swaps, as `entity.changed`: in a claim the
    alignment is sure of (or held and agreeing: `_held_and_agreeing`), one reference
    name is missing and the version names exactly one other name that nothing in the
    reference sentences matches. The name comparer does not report that version name as
    added because the reference gives it in another sentence; but that mention is the
    counterpart of its own sentence, unless it is left over there where the alignment is
    unsure of it (then the name may have moved, and it cancels as any fact does). A name
    left over in a claim the alignment is sure of stays in its own sentence: the version
    says it there in a form the comparer does not read (an adjective), and a name moving
    in just where another left is no likelier than a swap."""
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
        added = [(f, s) for f, s in added + _other_countries(claim, located[0])
                 if not entities._common_in_document(f, ver_lang, context.version.text)
                 and ((place and _place(f, ver_lang, context)) or not any(
                     same_fact(f, ver_lang, r, ref_lang, context.run) for r in free_ref))]
        # A place (a country, a subdivision: "Scotland", a city) given in the place of a
        # lost place; else a place the version names by its adjective. A person or an
        # organisation the version adds is no counterpart of a lost place.
        if place and any(_place(f, ver_lang, context) for f, _ in added):
            added = [(f, s) for f, s in added if _place(f, ver_lang, context)]
        elif place:
            added = _adjective_places(claim, located[0], context)
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
    located = [(f, _locate(claim, f.reference, True)) for f in missing]
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
    """The CLDR country a place name lies in: the country itself, or the country of a
    CLDR exemplar city (by its time zone, CLDR's zone territories)."""
    country = _country(fact)
    if country or not (isinstance(fact.value, str) and fact.value.startswith("city:")):
        return country
    territory = get_global("zone_territories").get(fact.value[len("city:"):])
    return f"cldr:{territory}" if territory else None


def _other_countries(claim: AlignedClaim, lost: Fact) -> list[tuple[Fact, Sentence]]:
    """Where a country of the reference is lost, the version's countries that no fact of
    the reference sentences names. The name comparer takes a version name as said when
    any word of the reference sentence reads like it, so a country the version names in
    the place of the lost one passes for said when the reference mentions it as an
    adjective ("the Indonesian team ... in Peru" against "... in Indonesia"). Not for a
    country lost as an acronym: "US", "UK" mostly qualify a noun ("the US envoy"), which
    the version says with an adjective the checker does not read as the country, while
    the reference's adjective of another country stands for the version's."""
    if _country(lost) is None or _acronym(lost):
        return []
    said = {f.value for f in claim.reference_facts}
    return [(f, s) for f, s in zip(claim.version_facts, claim.version_fact_sentence,
                                   strict=True)
            if _country(f) is not None and f.value not in said]


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
    return [(f, s) for s in claim.version for f in adjective_places(s, ver_lang, run)
            if _area(f) and not places_overlap(f.value, lost.value)
            and not cities_overlap(lost, ref_lang, f, ver_lang)
            and not any(places_overlap(f.value, value) for value in said)
            and not entities._concept_words_found(str(f.value), ref_lang, ref_words, run)]


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
    uncased = entities.script(version.text) in name_words.UNCASED_SCRIPTS
    known_names = fact.kind == "concept" and bool(
        context.run.name_index(version.lang).by_concept.get(str(fact.value)))
    # A word that another name of the reference reads like is that name's ("Patrick"
    # written as the version writes it is no "Pretoria").
    rivals = tuple(dict.fromkeys(w for f in others if f.text != fact.text
                                 for w in entities.distinctive_words(f, lang)))
    for sentence in sentences:
        words = name_words.words_of(sentence.text, version.lang)
        if fact.kind == "concept" and known_names:
            if _named_by_data(str(fact.value), version.lang, words, context) or any(
                    f.value == fact.value
                    for f in adjective_places(sentence, version.lang, context.run)):
                return True
            continue  # its names there are known: not its words matched loosely
        named = words if uncased else tuple(w for w in words if w.capital or w.acronym)
        if entities.fact_found(fact, lang, [], named, entities.FUZZY_THRESHOLD, version.lang,
                               rivals=rivals, run=context.run):
            return True
    return False


def _named_by_data(concept: str, lang: str, words: name_words.Words,
                   context: ComparisonContext) -> bool:
    """Do `words` (of one sentence in `lang`) give a place by one of the names the data
    give it there (most of its words, each as a form of it: a stem shared, or an adjective
    made from it), or by a code written as a code ("US")? Not by a word that only starts
    or reads alike: in a whole article, some word of some sentence reads like almost any
    short name ("je me" and "Yemen"), and in a script without vowels most do."""
    every = name_words.word_index(words)
    # A name is written with a capital where the script has capitals; a lower-case word
    # gives a place only as an adjective made from its name ("jemi", we are, is no form of
    # "Jemen").
    index = name_words.word_index(tuple(w for w in words if w.capital or w.acronym)) \
        if profile(lang).writing.cased else every
    for entry in context.run.name_index(lang).by_concept.get(concept, ()):
        if entry.exact:
            if entry.tokens[0][0] in index.codes:
                return True
            continue
        found = [not index.stems.isdisjoint(stems)
                 or any(wordlists.demonym_of(word.key, stems[0], lang, 3)
                        for word in every.starting(stems[0]))
                 for stems in entry.tokens]
        # Most words of a longer name are its short form ("Birleşik Devletler" of
        # "Amerika Birleşik Devletleri"); a name of two words needs both.
        if sum(found) * 2 > len(found):
            return True
    return False


def _also(kept: Finding, repeat: Finding) -> None:
    """Name the sentence of a repeated missing/extra fact in the one finding kept."""
    cited = repeat.reference if repeat.kind == "missing" else repeat.version
    if cited is None:
        return
    where = "reference" if repeat.kind == "missing" else "version"
    if " (also in " in kept.message:
        kept.message = kept.message[:-1] + f", {cited.sentence})"
    else:
        kept.message += f" (also in {where} sentence {cited.sentence})"
