"""How sure a finding is, judged from the whole article rather than from one bead.

A claim's comparers see two sentences; the article shows more. Two judgements:

- a number, date or name `changed` in a loosely aligned claim is certain all the same
  when the drifted value is the only difference between two sentences that otherwise
  agree (`surely_same_subject`): the bead's score is a weak witness there, the facts are not;
- a `missing` or `extra` name or date is unsure (its rule's unsure severity, info) when
  the other side says the same fact in another sentence (a repeated mention given once:
  the reader still learns it), and a name is unsure when nothing tells what it names:
  no place, person or organisation by its data or by the words around it
  (`checker.compare.name_kinds`), so it may be a capitalised common word or a name
  spelt in a way the checker does not read, or when the other side of its claim gives a
  name that reads like it once transliterated (the matcher read it on one side only).
  Numbers keep their severity: a small value said elsewhere is too often another count;
- a name `changed` is unsure (a warning) when a word of the lost name is still in another
  name of the version sentences or in the name it changed into, or when a lost place is
  still written in the version sentences: the version may name it shorter or spell it
  otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from checker.compare import entities, name_found, name_words
from checker.compare.article import RECONCILED, YEARS, ArticleFacts
from checker.compare.base import AlignedClaim, ComparisonContext
from checker.compare.fact_match import locate, same_fact
from checker.compare.name_kinds import known_place, name_kind, other_surname, surnames_far_apart
from checker.compare.place_adjectives import adjective_places
from checker.compare.place_geography import places_overlap
from checker.facts import number_words
from checker.lang import base_language
from checker.lang.profile import profile
from checker.model import Fact, Finding, Sentence
from checker.rules import get, make_finding
from checker.spoken_names import latin_name_said, spelled_by_sound
from checker.translit import latin, skeleton

UNSURE_WHEN_SAID_ELSEWHERE = ("entity", "date")
# Transliterated skeletons this alike (rapidfuzz ratio, whole names: a name cut short,
# "John" for "John Mider", is still a lost surname) read as one name spelt two ways
# ("Edena Azara"/"Eden Hazard" 84, "Селли Оук"/"Selly Oak" 77); two different names of one
# story stay under it ("Rwanda"/"Indonésie" 29, "Kyle Rowe"/"Gregor Henry" 40).
SPELT_ALIKE = 70
# Two names sharing a word read as one name spelt otherwise when their transliterated
# skeletons are this alike (rapidfuzz ratio): a first name kept and the surname
# transliterated 60-75, a first name kept and the surname swapped 45-55.
SHARED_WORD_ALIKE = 60
# A version's place name this alike (rapidfuzz ratio of transliterated skeletons) to a
# name the data give the lost place in the version's language is that place ("سانت مارتن"
# and "سان مارتن" 92; "Австралия" and "Австрия" 88, "Australie" and "Autriche" 67).
NAMED_ALIKE = 90
# A lost place read as a plain name in a script without capitals, where every word is a
# candidate: this close (skeleton ratio; "Phoenix" as written in Arabic: 73).
HEARD_RATIO = 70.0


def surely_same_subject(finding: Finding, found: Sequence[Finding], claim: AlignedClaim,
                        claim_list: Sequence[AlignedClaim], context: ComparisonContext,
                        article: ArticleFacts | None = None) -> bool:
    """Is a number, date or name `changed` in a loosely aligned claim certain all the same? Yes
    when the drifted value is the only difference between two sentences that otherwise
    agree: the claim's other findings are only correct conversions (or names the version
    adds, beside a name changed); at least one other fact of the claim is said on both
    sides, or the bead is held in place by an in-order neighbour (a name: both, the
    shared fact a number or date); the reference value is stated nowhere in the whole
    version and the version value nowhere in the whole reference. A weak bead that pairs
    two different sentences rarely shares a fact with no other difference, and a value
    the other side gives elsewhere may belong there."""
    if finding.kind != "changed" or finding.category not in ("number", "date", "entity"):
        return False
    name = finding.category == "entity"
    # Beside a name changed, names the version adds (a capitalised noun, a title) are no
    # sign of two different sentences; numbers and dates that differ are.
    if any(f is not finding and f.kind != "converted"
           and not (name and f.category == "entity" and f.kind == "extra") for f in found):
        return False
    ref = locate(claim, finding.reference, True)
    ver = locate(claim, finding.version, False)
    if ref is None or ver is None:
        return False
    ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
    # A name needs both witnesses, and a number or date said on both sides: names are
    # read less surely than figures.
    kinds = ("number", "date") if name else RECONCILED
    # "next year", "last week" are said by many sentences of a story: no witness.
    shared = any(f is not ref[0] and f.category in kinds and f.kind != "period"
                 and any(g is not ver[0] and same_fact(f, ref_lang, g, ver_lang, run)
                         for g in claim.version_facts)
                 for f in claim.reference_facts)
    if not (shared and claim.anchored if name else shared or claim.anchored):
        return False
    # The facts of the whole article, grouped (one look per distinct fact): `compare`
    # builds them once for all its claims.
    article = article or ArticleFacts(claim_list, context)
    return (not article.version.said(ref[0], article.ref_in_ver)
            and not article.reference.said(ver[0], article.ver_in_ref))


def judge(findings: list[Finding], per_claim: Sequence[tuple[AlignedClaim, list[Finding]]],
          context: ComparisonContext, article: ArticleFacts | None = None) -> list[Finding]:
    """The article's findings, each `missing`/`extra` name or date and each name `changed`
    that the article shows to be unsure (module docstring) at its rule's unsure
    severity."""
    claim_of = {id(f): claim for claim, found in per_claim for f in found}
    # Names each claim reports (by side and text): a name spelt like one the claim reports
    # on the other side is one of the name comparer's two warnings, not a spelling it
    # read on one side only.
    reported = {id(claim): {(f.kind, (f.reference if f.kind == "missing" else f.version).fact)
                            for f in found if f.category == "entity"
                            and f.kind in ("missing", "extra")}
                for claim, found in per_claim}
    # Claims with a number the version adds: a value changed there may have changed into
    # that one, whatever other pairing the comparer made.
    extra_numbers = {id(claim): any(f.category == "number" and f.kind == "extra"
                                    for f in found) for claim, found in per_claim}
    # A reference fact a claim reports changed into two version facts: the comparer
    # could tell neither for its counterpart.
    changed_twice: dict[tuple, int] = {}
    for claim, found in per_claim:
        for f in found:
            if f.kind == "changed" and f.category in ("number", "date"):
                key = _changed_key(f, claim)
                changed_twice[key] = changed_twice.get(key, 0) + 1
    article = article or ArticleFacts((claim for claim, _ in per_claim), context)
    out = []
    for finding in findings:
        claim = claim_of.get(id(finding))
        if claim is not None and get(finding.rule).unsure_severity is not None and (
                (finding.kind in ("missing", "extra")
                 and finding.category in UNSURE_WHEN_SAID_ELSEWHERE
                 and _unsure_fact(finding, claim, article, context, reported[id(claim)]))
                or (finding.rule == "number.changed"
                    and ((not extra_numbers[id(claim)]
                          and _value_in_words(finding, claim, context))
                         or _short_year(finding, claim)))
                or (finding.kind == "changed" and finding.category in ("number", "date")
                    and changed_twice.get(_changed_key(finding, claim), 0) > 1)
                or (finding.rule == "entity.changed"
                    and (_name_partly_kept(finding, claim, context)
                         or _shares_a_word(finding, claim, context)
                         or _reads_alike(finding, claim, context)
                         or _lost_place_heard(finding, claim, context)
                         or _lost_place_as_adjective(finding, claim, context)
                         or _other_added_reads_closer(finding, claim, context,
                                                      reported[id(claim)])))):
            finding = make_finding(finding.rule, finding.message, finding.reference,
                                   finding.version, finding.version_path, certain=False)
        out.append(finding)
    return out


def _added_name(claim: AlignedClaim, finding: Finding) -> tuple[Fact, Sentence] | None:
    """The version name a name `changed` cites, and its sentence: the claim's fact, or the
    claim's name that holds it where the comparer cites a part of one (a city of the
    gazetteer read inside a longer capitalised run: "Long live Spain" read as one name)."""
    located = locate(claim, finding.version, False)
    cited = finding.version
    if located is not None or cited is None or not cited.fact:
        return located
    for fact, sentence in zip(claim.version_facts, claim.version_fact_sentence, strict=True):
        if (fact.category == "entity" and sentence.index == cited.sentence - 1
                and cited.fact in fact.text):
            return fact, sentence
    return None


def _name_partly_kept(finding: Finding, claim: AlignedClaim,
                      context: ComparisonContext) -> bool:
    """Is a name `changed` unsure because a word of the lost name is still in another name
    of the version sentences (the version names it shorter, "Marina" for "Marina
    Castellano", or spells one word in a way the matcher reads and the other not)? Not for
    a lost place of the data (CLDR): its words are read by the data, and a word of it in
    another name is a coincidence ("South Africa", "South Sudan")."""
    lost = locate(claim, finding.reference, True)
    added = _added_name(claim, finding)
    if lost is None:
        return False
    if lost[0].kind == "concept":
        return False  # a place of the data is read by its data, not by a shared word
    # Words of the version's other names only: not of the name it changed into ("New
    # York" -> "New Delhi" keeps no word), nor common words a loose match may hit.
    kept = [f.text for f in claim.version_facts
            if f.category == "entity" and (added is None or f is not added[0])]
    if spelled_by_sound(context.version.lang):
        # Heard there by sound, a distinctive word ("Kenyan" is none: "케냐" is Kenya's),
        # in a name the data does not read ("Ivan" is not kept in "아바나" Havana).
        kept = [f.text for f in claim.version_facts if f.category == "entity"
                and f.kind != "concept" and (added is None or f is not added[0])]
        return any(latin_name_said([w.key], " ".join(kept), context.version.lang)
                   for w in name_found.distinctive_words(lost[0], context.reference.lang))
    words = name_words.words_of(" ".join(kept), context.version.lang)
    found = name_words.WordSearch(words, name_words.FUZZY_THRESHOLD)
    return any(map(found, name_words.fact_words(lost[0], context.reference.lang)))


def _shares_a_word(finding: Finding, claim: AlignedClaim, context: ComparisonContext) -> bool:
    """Is a name `changed` unsure because the name it changed into shares a distinctive
    word with the lost one (a person and a Serbian spelling of the name, whose surname
    the matcher does not read): one person spelt otherwise, or a relative, not surely another?
    Not between two places of the data: "Austria" and "Australia" are two countries
    however alike; nor by common words or titles ("New York", "New Delhi")."""
    lost = locate(claim, finding.reference, True)
    added = _added_name(claim, finding)
    if lost is None or added is None or lost[0].kind == added[0].kind == "concept":
        return False
    lost_words = name_found.distinctive_words(lost[0], context.reference.lang)
    words = tuple(name_words.fact_words(added[0], context.version.lang))
    found = name_words.WordSearch(words, name_words.FUZZY_THRESHOLD)
    if not any(map(found, lost_words)):
        return False
    if other_surname(lost[0], context.reference.lang, added[0], context.version.lang):
        return False  # one given name, surnames far apart: two people
    if (spelled_by_sound(context.version.lang) or spelled_by_sound(context.reference.lang)) and (
            surnames_far_apart(lost[0], context.reference.lang, added[0], context.version.lang)):
        return False  # surnames apart however a script that spells by sound writes them
    # The whole names must read alike too: a surname swapped under one first name
    # ("Jens" kept, the surname another: skeletons 55 alike) is a sure change.
    titles = profile(context.reference.lang).names.person_titles
    mine = _skeleton(" ".join(w for w in lost[0].text.split()
                              if w.lower().rstrip(".") not in titles), context.reference.lang)
    theirs = _skeleton(added[0].text, context.version.lang)
    return fuzz.ratio(mine, theirs) >= SHARED_WORD_ALIKE


def _changed_key(finding: Finding, claim: AlignedClaim) -> tuple:
    cited = finding.reference
    return (id(claim), finding.category, cited.sentence if cited else None,
            cited.column if cited else None, cited.fact if cited else None)


def _short_year(finding: Finding, claim: AlignedClaim) -> bool:
    """Is a number `changed` unsure because one side is a year and the other its last two
    digits ("the SS24 collection", "the 2024 summer collection"): a year written short?"""
    ref = locate(claim, finding.reference, True)
    ver = locate(claim, finding.version, False)
    if ref is None or ver is None:
        return False
    a, b = ref[0].value, ver[0].value
    if not (isinstance(a, int) and isinstance(b, int)):
        return False
    short, year = sorted((a, b))
    return 0 <= short < 100 and year in YEARS and year % 100 == short


def _value_in_words(finding: Finding, claim: AlignedClaim, context: ComparisonContext) -> bool:
    """Is a number `changed` unsure because one side's value is written in words on the
    other side, in a word its reader leaves unread ("second" is a unit of time too, so
    "the second period" gives no ordinal; its translation's ordinal is read)? The value
    is said on both sides; what the other side lacks is a missing fact, not a change.
    (`judge` asks only where the version adds no number the value may have changed into.)"""
    ref = locate(claim, finding.reference, True)
    ver = locate(claim, finding.version, False)
    if ref is None or ver is None:
        return False
    return (_said_in_words(ver[0].value, claim.reference, context.reference.lang)
            or _said_in_words(ref[0].value, claim.version, context.version.lang))


# Values whose words are common enough to be left unread; not 1, whose word is the
# indefinite article in many languages ("një", "un", "ein").
SPELT_VALUES = range(2, 21)


def _said_in_words(value: object, sentences: Sequence, lang: str) -> bool:
    if not isinstance(value, (int, float)) or value not in SPELT_VALUES:
        return False
    value = int(value)
    lex = number_words.lexicon(lang)
    if lex.spaceless:
        return False
    forms = {k for table in (lex.words, lex.ordinals) for k, v in table.items() if v == value}
    forms.update(number_words.norm_phrase(w) for to in ("cardinal", "ordinal")
                 if (w := number_words.spelled_by_num2words(value, base_language(lang), to)))
    # a form beside another number word is part of a longer number the reader read ("mười"
    # of "mười hai", 12), not the value said alone; beside a scale word it may be either
    # ("six autres millions": six, and six million)
    numeric = set(lex.words)
    words = set()
    for s in sentences:
        tokens = number_words.norm_phrase(s.text).split()
        words.update(w for i, w in enumerate(tokens)
                     if (i == 0 or tokens[i - 1] not in numeric)
                     and (i + 1 == len(tokens) or tokens[i + 1] not in numeric))
    return any(form in words for form in forms if " " not in form)


def _reads_alike(finding: Finding, claim: AlignedClaim, context: ComparisonContext) -> bool:
    """Is a name `changed` unsure because the name it changed into reads like the lost one
    once both are transliterated (SPELT_ALIKE, titles left out: "St. Martin" written in
    Arabic letters, a Korean name in a Serbian spelling)? The matcher missed one name
    spelt two ways. Between two places of the data, whose names are known, only when the
    version's name reads like a name the data give the lost place in the version's
    language (one island, two territories of the data: "St. Martin" and "Sint Maarten"):
    "Austria" and "Australia" are two countries however alike."""
    lost = locate(claim, finding.reference, True)
    added = _added_name(claim, finding)
    if lost is None or added is None:
        return False
    ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
    if known_place(lost[0], ref_lang, run) and known_place(added[0], ver_lang, run):
        if lost[0].kind != "concept":
            return False
        theirs = _skeleton(added[0].text, ver_lang)
        return bool(theirs) and any(
            fuzz.ratio(_skeleton(entry.surface, ver_lang), theirs) >= NAMED_ALIKE
            for entry in run.name_index(ver_lang).by_concept.get(str(lost[0].value), ())
            if not entry.exact)
    if (spelled_by_sound(ver_lang) or spelled_by_sound(ref_lang)) and surnames_far_apart(
            lost[0], ref_lang, added[0], ver_lang):
        return False  # their sounds are compared, not a rough transliteration
    if other_surname(lost[0], ref_lang, added[0], ver_lang):
        return False  # one given name (and particle), surnames far apart: two people
    titles = profile(ref_lang).names.person_titles
    mine = _skeleton(" ".join(w for w in lost[0].text.split()
                              if w.lower().rstrip(".") not in titles), ref_lang)
    theirs = _skeleton(added[0].text, ver_lang)
    return bool(mine and theirs) and fuzz.ratio(mine, theirs) >= SPELT_ALIKE


def _lost_place_heard(finding: Finding, claim: AlignedClaim,
                      context: ComparisonContext) -> bool:
    """Is a name `changed` unsure because the lost place of the data (CLDR) is still
    written in the version sentences, by a spelling its data does not list? Its data are
    matched strictly, word for word; read as a plain name (its words, transliterated), it
    may still be there: the reference names it twice and the version spells the second
    mention otherwise, so the name changed is another name of the sentence. The added
    name's own words are left out: the lost name is not heard in its replacement; so are
    the other places and groupings the data reads there ("EU" is no spelling of "UAE")
    and the language's common words ("Juni" is no "India")."""
    lost = locate(claim, finding.reference, True)
    added = _added_name(claim, finding)
    if lost is None or lost[0].kind != "concept":
        return False
    words, uncased = entities.words_left(lost[0], context.reference.lang, claim,
                                         context.version.lang,
                                         added[0] if added is not None else None)
    plain = replace(lost[0], kind="name", value=None)
    if not name_found.distinctive_words(plain, context.reference.lang):
        return False  # a name made of common words ("Turkey") is read by its data only
    # With capitals, a spelling of the place otherwise keeps its letters ("Kyiv"/"Kiew");
    # a capitalised word only somewhat like it is another word ("Yeni", new, is no "India"),
    # also a word in Latin letters inside a text without capitals.
    cased = tuple(w for w in words if w.capital or w.acronym)
    plain_words = tuple(w for w in words if not (w.capital or w.acronym)) if uncased else ()
    return any(found and name_found.fact_found(plain, context.reference.lang, [], found,
                                               ratio, context.version.lang, run=context.run)
               for found, ratio in ((cased, name_words.SURE_THRESHOLD),
                                    (plain_words, HEARD_RATIO)))


def _lost_place_as_adjective(finding: Finding, claim: AlignedClaim,
                             context: ComparisonContext) -> bool:
    """Is a name `changed` unsure because the version sentences name the lost place by
    its adjective ("the US leader", "американский лидер")? The version says the place; the
    name it changed into is another word of the sentence read as a place (a word of an
    organisation's name after "in"), not its counterpart."""
    lost = locate(claim, finding.reference, True)
    added = _added_name(claim, finding)
    if lost is None or lost[0].kind != "concept" or (added is not None
                                                      and added[0].kind == "adjective"):
        return False
    run = context.run
    return any(places_overlap(f.value, lost[0].value) for s in claim.version
               for f in adjective_places(s, context.version.lang, run))


def _other_added_reads_closer(finding: Finding, claim: AlignedClaim,
                              context: ComparisonContext,
                              reported: set[tuple[str, str | None]]) -> bool:
    """Is a name `changed` unsure because another name the claim reports as added reads
    more like the lost one, once both are transliterated, than the name it changed into
    (in a list of people, "Paul Rowe" beside "Pola Roua" and "Marka Stila": the comparer
    paired the lost name with one of several it could not read)? Not for a lost place of
    the data: its names are known, a spelling alike is another place."""
    lost = locate(claim, finding.reference, True)
    added = _added_name(claim, finding)
    if lost is None or added is None or known_place(lost[0], context.reference.lang,
                                                    context.run):
        return False
    mine = _skeleton(lost[0].text, context.reference.lang)
    paired = fuzz.ratio(mine, _skeleton(added[0].text, context.version.lang))
    # Against a script that spells by sound, a name of the data (a country) is read by
    # its data, not one the comparer could not read.
    read = spelled_by_sound(context.version.lang)
    return bool(mine) and any(
        f.category == "entity" and f is not added[0] and ("extra", f.text) in reported
        and not (read and f.kind == "concept")
        and fuzz.ratio(mine, _skeleton(f.text, context.version.lang)) > paired
        for f in claim.version_facts)


def _unsure_fact(finding: Finding, claim: AlignedClaim, article: ArticleFacts,
                 context: ComparisonContext, reported: set[tuple[str, str | None]]) -> bool:
    """Does the other side say the fact in a sentence outside the claim, is it a name of
    unknown kind, or does the other side of the claim give a name spelt like it that the
    claim does not report (`reported`: kind and text of its reported names)?"""
    missing = finding.kind == "missing"
    located = locate(claim, finding.reference if missing else finding.version, missing)
    if located is None:
        return False
    fact, sentence = located
    lang, other_lang = ((context.reference.lang, context.version.lang) if missing
                        else (context.version.lang, context.reference.lang))
    inside = {s.index for s in (claim.version if missing else claim.reference)}
    other_side, same = ((article.version, article.ref_in_ver) if missing
                        else (article.reference, article.ver_in_ref))
    if other_side.said(fact, same, inside):
        return True
    if fact.category != "entity":
        return False
    opposite = "extra" if missing else "missing"
    facts = claim.version_facts if missing else claim.reference_facts
    others = [f for f in facts if (opposite, f.text) not in reported]
    # A name the claim reports on the other side too is one name spelt otherwise when it
    # shares a distinctive word with this one and reads alike as a whole.
    paired = [f for f in facts if (opposite, f.text) in reported and f.category == "entity"]
    return (_spelt_alike(fact, lang, others, other_lang, not missing)
            or any(_alike_sharing_a_word(fact, lang, f, other_lang, missing) for f in paired)
            or (fact.kind != "concept" and name_kind(fact, sentence, lang, context.run) is None))


def _alike_sharing_a_word(fact: Fact, lang: str, other: Fact, other_lang: str,
                          reference: bool) -> bool:
    """Do two names share a distinctive word and read alike as a whole once
    transliterated (SPELT_ALIKE)? Never two different places of the data."""
    if fact.kind == other.kind == "concept":
        return False
    ref, ref_lang, ver, ver_lang = ((fact, lang, other, other_lang) if reference
                                    else (other, other_lang, fact, lang))
    words = tuple(name_words.fact_words(ver, ver_lang))
    found = name_words.WordSearch(words, name_words.FUZZY_THRESHOLD)
    if not any(map(found, name_found.distinctive_words(ref, ref_lang))):
        return False
    return fuzz.ratio(_skeleton(ref.text, ref_lang), _skeleton(ver.text, ver_lang)) >= SPELT_ALIKE


def _skeleton(text: str, lang: str) -> str:
    return skeleton(re.sub(r"[^a-z]", "", latin(text, lang).lower()))


def _spelt_alike(fact: Fact, lang: str, others: Sequence[Fact], other_lang: str,
                 part: bool) -> bool:
    """Does the other side of the claim give a name that reads like this one once both
    are transliterated (a name the matcher read on one side only: "Selly Oak" found in
    the version, its spelling there not found in the reference)? Two different places
    of the data are never alike, however they are spelt ("Austria", "Australia"). With
    `part` (an added name), a name that reads like part of one on the other side is alike
    too: the version names the person shorter ("West" for "Kanye West"); a lost name is
    not alike to a part of itself ("John" for "John Mider" loses the surname)."""
    mine = _skeleton(fact.text, lang)
    for other in others:
        if other.category != "entity" or (fact.kind == other.kind == "concept"
                                          and fact.value != other.value):
            continue
        theirs = _skeleton(other.text, other_lang)
        measure = fuzz.partial_ratio if part else fuzz.ratio
        if mine and theirs and (mine == theirs or (
                min(len(mine), len(theirs)) >= 3 and measure(mine, theirs) >= SPELT_ALIKE)):
            return True
    return False
