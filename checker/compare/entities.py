"""Entity findings: a person, place or organisation that changed, went missing or was added
within an aligned claim.

Matching a name of one version against the other version (checker/compare/name_found.py),
in this order:
1. the same concept id (glossary or CLDR: "Allemagne" and "Germany" are `cldr:DE`);
2. word by word against every word of the other side's claim (not only its names: a name
   may stand at a sentence start or inside a compound), on Latin keys: a shared stem after
   removing inflection ("Beogradu"/"Beograd"), or a fuzzy ratio of their rough phonetic
   spellings at least `FUZZY_THRESHOLD` ("Куляненко"/"Kulianenko");
3. acronyms also match an acronym with the same letters in another order ("OTAN"/"NATO",
   "ONU"/"UN") and the initials of a multi-word name.
A multi-word name matches when its last distinctive word does, or more than half of them.
Precision of that matching: a lower-case word of a language that capitalises every word made
from a name (English) matches a name only closely (no stems, no loose ratio: "Iran" is not
"years"), and a word that another name of the same side is closer to is that name's
("Mike" is "Майк", not "Мидер").

What is reported (severities: `checker.rules`): an unmatched name on each side of a claim,
both of the same known kind (place, person, organisation: `checker.compare.name_kinds`)
-> `entity.changed`; otherwise an unmatched reference name -> `entity.missing` and an
unmatched version name -> `entity.extra`. A country and its capital left unmatched on
either side are one government said two ways ("Pyongyang" / "朝鲜"), not reported. Names
made only of common words ("Center Party": translated, not transliterated) are never
reported on their own.
"""

from __future__ import annotations

from dataclasses import replace

from checker.compare.adjective_swaps import language_only, pair_reference_adjectives
from checker.compare.base import AlignedClaim, ComparisonContext, FactAt, side
from checker.compare.implied_countries import without_implied_countries
from checker.compare.language_names import said_by_language_name
from checker.compare.name_found import (
    LARGE_CITY,
    closer_rival,
    distinctive_words,
    fact_found,
    initials_written,
)
from checker.compare.name_kinds import known_place, pair_by_kind, surnames_far_apart
from checker.compare.name_words import (
    FUZZY_THRESHOLD,
    REPORTED_KINDS,
    UNCASED_SCRIPTS,
    Word,
    Words,
    WordSearch,
    fact_words,
    word_match,
    words_of,
)
from checker.compare.own_surnames import own_surname_pairs
from checker.compare.place_adjective_changes import (
    not_added_by_adjective,
    not_said_by_adjective,
    pair_with_adjectives,
)
from checker.compare.place_adjectives import document_adjective_places
from checker.compare.place_geography import (
    CITY_PREFIX,
    city_of,
    containing,
    places_overlap,
    said_by_capital,
)
from checker.compare.tagged_counts import lost_tagged_names
from checker.compare.unread_names import names_unread
from checker.compare.whole_text import document_words, lower_case_stems
from checker.context import CheckContext
from checker.facts import entities as names
from checker.facts.wordlists import is_demonym
from checker.glossary import gazetteer
from checker.lang.profile import profile
from checker.model import Fact, Finding, Sentence
from checker.rules import make_finding
from checker.scripts import text_script
from checker.spoken_names import spelled_by_sound
from checker.transcription import heard_in_longer_run, writes_by_sound
from checker.translit import consonants, key
from checker.unheard_names import unheard_with_lost


def _name_words(facts: list[Fact], lang: str) -> dict[object, tuple[Word, ...]]:
    """The distinctive words of each name, by value, each once (a name written a thousand
    times in a long sentence is no more of a rival): the rivals of the other names."""
    out: dict[object, dict[Word, None]] = {}
    for fact in facts:
        if fact.kind == "concept":
            words = [Word(t.key, t.stems, False, t.capital) for t in names.tokens(fact.text, lang)]
        else:
            words = [w for w in distinctive_words(fact, lang) if not w.acronym]
        out.setdefault(fact.value, {}).update(dict.fromkeys(words))
    return {value: tuple(words) for value, words in out.items()}


def _rivals(fact: Fact, by_value: dict[object, tuple[Word, ...]]) -> tuple[Word, ...]:
    return tuple(w for value, words in by_value.items() if value != fact.value for w in words)


def _written_in(text: str, lang: str) -> str:
    """`text_script(text)`; for a language written in Cyrillic and Latin alike, letter for letter
    (`writing.transliterate`), Latin: its acronyms are the same letters in either script
    ("FBI", "ФБИ"), so a Serbian text is compared the same way in both."""
    found = text_script(text)
    return "LATIN" if found == "CYRILLIC" and profile(lang).writing.transliterate else found


def _reported(
    facts: list[tuple[Fact, Sentence]], other_script: str, lang: str, also: tuple[str, ...] = (),
    heard: bool = False,
) -> list[tuple[Fact, Sentence]]:
    """Names to report when unmatched. An acronym in another script than the other side's is
    not reported on its own: acronyms are translated across scripts ("США"/"US", "ВМФ").
    Against a script without capitals (Chinese, Arabic) only glossary and CLDR concepts are,
    unless names are `heard` there by their sound (checker/transcription.py)."""
    uncased = other_script in UNCASED_SCRIPTS and not heard
    # A name read twice, as a concept of the data and by its words or characters ("上海"
    # a city, and its reading): the concept says whether it is there.
    concepts = {(id(s), f.start, f.end) for f, s in facts
                if f.category == "entity" and f.kind == "concept"}
    return [
        (f, s)
        for f, s in facts
        if f.category == "entity"
        and (f.kind in REPORTED_KINDS or f.kind in also)
        and not (f.kind == "acronym" and _written_in(f.text, lang) != other_script)
        and not (uncased and f.kind != "concept")
        and (f.kind == "concept" or (id(s), f.start, f.end) not in concepts)
    ]


def _cities_against_uncased(
    pairs: list[tuple[Fact, Sentence]], lang: str, other_lang: str, other_script: str,
    other_text: str,
) -> list[tuple[Fact, Sentence]]:
    """Against a script without capitals (Arabic, Chinese), the names the gazetteer knows as
    cities ("Cardiff") that the other side does not write by a name the gazetteer has:
    candidates for a change to another place there (`compare` keeps them only paired: the
    gazetteer may lack the city's name in the other script)."""
    if other_script not in UNCASED_SCRIPTS:
        return []
    found = [(f, s, city_of(f, lang)) for f, s in pairs
             if f.category == "entity" and f.kind != "concept"]
    found = [(f, s, ids) for f, s, ids in found if ids]
    if not found:
        return []
    written = frozenset().union(*(
        gazetteer.written_cities(other_text[a:b], other_lang)
        for a, b in gazetteer.find_written(other_text, other_lang, [])))
    return [(f, s) for f, s, ids in found if not ids & written]


def words_left(lost: Fact, lost_lang: str, claim: AlignedClaim, lang: str,
               added: Fact | None) -> tuple[tuple[Word, ...], bool]:
    """The words of a claim's version sentences (`unread_words`) that may spell the lost
    name `lost` otherwise, and whether they are of a script without capitals: words
    written as names (capitalised, acronyms; any word without capitals, but not two of
    them run together, which spell anything), and no acronym of other letters than the
    lost name's acronyms (a translated acronym keeps its letters: "CEA" is no "UAE"), and
    no word that another name of the reference sentences reads as more closely than the
    lost one ("Ivan" is the reference's "Ivan", not its "Iran")."""
    text = " ".join(unread_words(sentence, claim, lang, added) for sentence in claim.version)
    uncased = text_script(text) in UNCASED_SCRIPTS
    own = {"".join(sorted(t.key.replace(" ", ""))) for t in names.tokens(lost.text, lost_lang)
           if t.acronym}
    single = {t.key for t in names.tokens(text, lang, parts=True)}
    rivals = _rivals(lost, _name_words(
        [f for f in claim.reference_facts if f.category == "entity"], lost_lang))
    mine = distinctive_words(replace(lost, kind="name", value=None), lost_lang)
    words = tuple(
        w for w in words_of(text, lang)
        if (w.capital or w.acronym or (uncased and w.key in single))
        and not (w.acronym and "".join(sorted(w.key.replace(" ", ""))) not in own)
        and not any(closer_rival(m, w, rivals, FUZZY_THRESHOLD) for m in mine))
    return words, uncased


def unread_words(sentence: Sentence, claim: AlignedClaim, lang: str,
                 added: Fact | None) -> str:
    """A version sentence's text with spaces where it names `added`, where it names a
    concept of the data (a place, a grouping) and where it writes a common word of its
    language: what is left may still spell a lost name otherwise. A concept the data reads
    is not the lost one (that would have been found), and a common word ("Juni", "Yerel")
    is no name however close its letters come."""
    spans = [(f.start, f.end)
             for f, s in zip(claim.version_facts, claim.version_fact_sentence, strict=False)
             if s.index == sentence.index and f.category == "entity"
             and (f is added or f.kind == "concept")]
    spans += [(t.start, t.end) for t in names.tokens(sentence.text, lang)
              if not t.acronym and names.is_common_word(t.text, lang, t.initial)]
    chars = list(sentence.text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _lone_cities(pairs: list[tuple[Fact, Sentence]], lang: str, other_script: str
                 ) -> list[tuple[Fact, Sentence]]:
    """Lone words of a version that no word list knows ("initial": maybe an inflected
    common word, so never reported as added on their own) but that the gazetteer knows as
    a city in an inflected form ("Belfastin", "Londrës"): names of a place, reported like
    names. Not against a script without capitals, where only concepts are."""
    if other_script in UNCASED_SCRIPTS or not profile(lang).writing.cased:
        return []
    return [(f, s) for f, s in pairs
            if f.category == "entity" and f.kind == "initial" and city_of(f, lang)]


def _paired_only(fact: Fact, context: ComparisonContext) -> bool:
    """A lost name reported only where it is paired with a country or city of the data
    (`_cities_against_uncased`); against a script that spells by sound, with any name
    there, which is read whole (a city by its gazetteer name as written)."""
    return (fact.kind != "concept" and text_script(context.version.text) in UNCASED_SCRIPTS
            and not _no_people_read(context.version.lang))


def _no_people_read(lang: str) -> bool:
    """A script that spells by sound whose language has no titles to read people's names by
    (a language without a folder): no name of the side is read but its places, so a name
    the other side has and this one does not say is reported alone."""
    names = profile(lang).names
    return names.spelled_by_sound and not (names.person_titles or names.titles_after)


# A lost city read as a plain name among the words of a version in a script without
# capitals, where every word is a candidate: this close (skeleton ratio), it may be there.
_READ_RATIO = 70.0


def _read_in_words_left(lost: Fact, added: Fact, claim: AlignedClaim,
                        context: ComparisonContext) -> bool:
    """Is a lost city still written, maybe in part, in the version's words that are no
    name of the data (`words_left`), by a spelling the gazetteer lacks (one word of a
    city of two written letter for letter, the other spelt otherwise)? Then a city the
    version writes beside it is no sure replacement."""
    ref_lang, ver_lang = context.reference.lang, context.version.lang
    words, uncased = words_left(lost, ref_lang, claim, ver_lang, added)
    ratio = _READ_RATIO if uncased else FUZZY_THRESHOLD
    plain = replace(lost, kind="name", value=None)
    mine = distinctive_words(plain, ref_lang)
    if any(word_match(w, o, ratio) for w in mine for o in words):
        return True
    if not uncased:
        return False
    # No short vowels written: a short word is its consonants ("las" and its two letters),
    # maybe after a one-letter proclitic ("and").
    clitics = tuple(k for k in (key(c, ver_lang) for c in profile(ver_lang).proclitics
                                if len(c) == 1) if k)
    frames = {consonants(o.key) for o in words}
    frames |= {consonants(o.key[len(c):]) for o in words for c in clitics
               if o.key.startswith(c) and len(o.key) > len(c) + 1}
    return any(len(consonants(w.key)) >= 2 and consonants(w.key) in frames for w in mine)


def _country_or_city(fact: Fact, lang: str) -> bool:
    """A CLDR country or exemplar city (no region: "Europe" is no partner of a city), or a
    name read whole (or a city's name written as the gazetteer writes it: kind "city") in
    a script without capitals that the gazetteer knows as a city, of
    three letters or more, a large city and no common word of the language ("华盛顿";
    "سيول" is also floods): a place the version names where the reference named another."""
    value = str(fact.value)
    if fact.kind in ("name", "city") and text_script(fact.text) in UNCASED_SCRIPTS:
        found = city_of(fact, lang)
        return (len(fact.text.replace(" ", "")) >= 3 and bool(found)
                and gazetteer.largest_population(found) >= LARGE_CITY
                and not names.is_common_word(fact.text, lang))
    return fact.kind == "concept" and (
        value.startswith(("city:", CITY_PREFIX))
        or (value.startswith("cldr:") and value[5:].isalpha()))


def unmatched(
    claim: AlignedClaim,
    ref_lang: str,
    ver_lang: str,
    threshold: float = FUZZY_THRESHOLD,
    *,
    run: CheckContext,
) -> tuple[list[tuple[Fact, Sentence]], list[tuple[Fact, Sentence]]]:
    """The reported names of each side that the other side does not have (concepts named
    with the run's glossaries, `run`)."""
    ref_text = " ".join(s.text for s in claim.reference)
    ver_text = " ".join(s.text for s in claim.version)
    ref_script, ver_script = _written_in(ref_text, ref_lang), _written_in(ver_text, ver_lang)
    ref_pairs = list(zip(claim.reference_facts, claim.reference_fact_sentence, strict=False))
    ver_pairs = list(zip(claim.version_facts, claim.version_fact_sentence, strict=False))
    # Not a reference's names by their sound in a version: many are translated by meaning.
    # Those of a script that spells every word by its sound are heard (Hangul, Devanagari).
    ref = _reported(ref_pairs, ver_script, ref_lang, ("initial", "paired", "reading", "person"),
                    spelled_by_sound(ver_lang))
    ref += _cities_against_uncased(ref_pairs, ref_lang, ver_lang, ver_script, ver_text)
    ver = _reported(ver_pairs, ref_script, ver_lang, (),
                    writes_by_sound(ref_lang) or spelled_by_sound(ref_lang))
    ver += _lone_cities(ver_pairs, ver_lang, ref_script)
    ref_loose = not profile(ver_lang).writing.spaced
    ver_loose = not profile(ref_lang).writing.spaced
    ref_words = _claim_words(claim.reference, ref_lang, ref_loose)
    ver_words = _claim_words(claim.version, ver_lang, ver_loose)
    ref_all = [f for f in claim.reference_facts if f.category == "entity"]
    ver_all = [f for f in claim.version_facts if f.category == "entity"]
    # Names read from text without spaces have rough extents ("Radio是一个..."): no rivals.
    ref_names = {} if ver_loose else _name_words(ref_all, ref_lang)
    ver_names = {} if ref_loose else _name_words(ver_all, ver_lang)

    def not_found(facts: list[tuple[Fact, Sentence]], lang: str,
                  rival_names: dict[object, tuple[Word, ...]],
                  other: tuple[str, list[Fact], Words, str]) -> list[tuple[Fact, Sentence]]:
        """The names of one side (`facts` in `lang`) that the `other` side (its language,
        names, words and text) does not have. A country read inside a longer name written
        by sound ("马里" Mali in "马里兰州" Maryland) that the other side has is that
        name's, not one of its own."""
        other_lang, other_all, other_words, other_text = other
        own_concepts = {f.value for f, _ in facts if f.kind == "concept"}
        unread_all, unread_words, unread_text = _without_own_concepts(
            own_concepts, lang, other_all, other_words, other_text, other_lang)
        return [(f, s) for f, s in facts
                if not fact_found(f, lang, *((other_all, other_words) if f.kind == "concept"
                                             else (unread_all, unread_words)),
                                  threshold, other_lang, rivals=_rivals(f, rival_names),
                                  run=run, other_text=other_text if f.kind == "concept"
                                  else unread_text)
                and not heard_in_longer_run(f, s.text, lang, other_text)]

    lost = not_found(ref, ref_lang, ref_names, (ver_lang, ver_all, ver_words, ver_text))
    added = not_found(ver, ver_lang, ver_names, (ref_lang, ref_all, ref_words, ref_text))
    lost.extend(
        _lost_translated_names(
            ref_pairs, ver_pairs, ref_lang, ver_lang, ref_words, ver_words, ver_script, threshold,
            run,
        )
    )
    lost.extend(lost_tagged_names(claim, ref_lang, ver_lang, ref_words, ver_words, run, threshold))
    # A place said by its language's name ("Welsh"): not lost, and no reason to report the
    # version's names a script without capitals writes by sound (`unheard_with_lost`).
    lost = [(f, s) for f, s in lost
            if not said_by_language_name(f, ref_lang, ver_text, ver_lang)]
    if spelled_by_sound(ver_lang) or spelled_by_sound(ref_lang):
        lost, added = _spoken_in_pairs(lost, added, ref_lang, ver_lang)
    lost, added = own_surname_pairs(lost, added, ref_lang, ver_lang, ver_pairs)
    added, lost = own_surname_pairs(added, lost, ver_lang, ref_lang, ref_pairs)
    lost, added = (
        without_implied_countries(lost, ref_pairs, ref_lang, ver_pairs, ver_lang, added),
        without_implied_countries(added, ver_pairs, ver_lang, ref_pairs, ref_lang, lost))
    return lost, unheard_with_lost(added, lost, ref_lang, ref_text, ver_lang)


def _without_own_concepts(values: set, lang: str, other_all: list[Fact], other_words: Words,
                          other_text: str, other_lang: str
                          ) -> tuple[list[Fact], Words, str]:
    """The other side's names, words and text less the concepts of the data that a side of
    a language writing names by sound (Chinese) names too ("Japan" for "日本"), and less
    its words that are never a name's (titles, demonyms: "Canadian"): no other name of
    the side is heard in them by a loose likeness ("大阪" Osaka is no "Japan", "戈马" Goma
    no "Congo", "卡尼" Carney no "Canadian")."""
    if not writes_by_sound(lang):
        return other_all, other_words, other_text
    titles = profile(other_lang).names.person_titles if other_lang else frozenset()
    other_words = Words(w for w in other_words if w.acronym or (
        w.key not in titles and not (other_lang and is_demonym(w.key, other_lang))))
    own = [o for o in other_all if o.kind == "concept" and o.value in values]
    for o in own:
        other_text = other_text.replace(o.text, " " * len(o.text))
    return [o for o in other_all if o not in own], other_words, other_text


def _spoken_in_pairs(
    lost: list[tuple[Fact, Sentence]], added: list[tuple[Fact, Sentence]], ref_lang: str,
    ver_lang: str,
) -> tuple[list[tuple[Fact, Sentence]], list[tuple[Fact, Sentence]]]:
    """Against a script that spells every word by its sound (checker/spoken_names.py), the
    names that are no concept of the data, each side's, only where the other side has a
    name unmatched too: a name was changed. Alone, a name lost may have been
    translated by its meaning, and one added read by a title from common words. A lost
    city of the gazetteer is kept as before (`_cities_against_uncased`). A version whose
    language has no titles to read its people's names by (a language without a folder)
    has none to show: a name lost there, not heard, is reported alone."""
    lost = list({id(pair[0]): pair for pair in lost}.values())  # a city read twice, once
    lost_names = [pair for pair in lost if pair[0].kind != "concept"]
    added_names = [pair for pair in added if pair[0].kind != "concept"]
    if (lost_names and added) or (lost and added_names):
        return lost, added
    return ([pair for pair in lost if pair[0].kind == "concept" or city_of(pair[0], ref_lang)
             or _no_people_read(ver_lang)],
            [pair for pair in added if pair[0].kind == "concept"])


def _without_capital_pairs(
    lost: list[tuple[Fact, Sentence]], added: list[tuple[Fact, Sentence]], ref_lang: str,
    ver_lang: str,
) -> tuple[list[tuple[Fact, Sentence]], list[tuple[Fact, Sentence]]]:
    """The names lost and added less each country that the other side names, unmatched
    too, by its capital ("Pyongyang" where the reference says North Korea, "西班牙政府" the
    Spanish government for "Madrid"): the news names a government either way. Only
    among names left unmatched, after adjectives ("Немецкие" German says Germany): a
    capital the other side has as itself, or a country it says otherwise, is no pair."""
    if not lost or not added:
        return lost, added
    kept_added = list(added)
    kept_lost = []
    for pair in lost:
        partner = next((a for a in kept_added
                        if said_by_capital(pair[0], ref_lang, [a[0]], ver_lang)), None)
        if partner is None:
            kept_lost.append(pair)
        else:
            kept_added.remove(partner)
    return kept_lost, kept_added


def _claim_words(sentences: list[Sentence], lang: str, loose: bool) -> Words:
    if len(sentences) == 1:
        return words_of(sentences[0].text, lang, loose)
    return Words(w for s in sentences for w in words_of(s.text, lang, loose))


def _inside(fact: Fact, sentence: Sentence) -> bool:
    """Not the first word of its sentence (where every language writes a capital)."""
    return any(c.isalpha() for c in sentence.text[: fact.start])


def _lost_translated_names(
    ref_pairs: list[tuple[Fact, Sentence]],
    ver_pairs: list[tuple[Fact, Sentence]],
    ref_lang: str,
    ver_lang: str,
    ref_words: tuple[Word, ...],
    ver_words: tuple[Word, ...],
    ver_script: str,
    threshold: float,
    run: CheckContext,
) -> list[tuple[Fact, Sentence]]:
    """Names made of common words are translated ("Министерства обороны" / "Ministry of
    Defense"), so their words cannot be matched. Capitals can be counted: when the reference
    has more such names inside its sentences than the version has capitalised names left
    unmatched, the excess is missing. Not for languages that capitalise every noun, nor
    against a script without capitals."""
    if profile(ref_lang).names.capitalises_nouns or ver_script in UNCASED_SCRIPTS:
        return []
    ref_all = [f for f, _ in ref_pairs if f.category == "entity"]
    in_version = WordSearch(ver_words, threshold)
    translated = [
        (f, s)
        for f, s in ref_pairs
        if f.category == "entity"
        and f.kind == "common"
        and _inside(f, s)
        and len(str(f.value).replace(" ", "")) >= 4
        and not any(map(in_version, fact_words(f, ref_lang)))
        and not initials_written(f, ref_lang, ver_words)
    ]
    if not translated:
        return []
    in_reference = WordSearch(ref_words, threshold)
    found: dict[tuple, bool] = {}  # a name written again is looked up once
    for f, s in ver_pairs:
        if f.category == "entity" and _inside(f, s) and (f.kind, f.text, f.value) not in found:
            found[(f.kind, f.text, f.value)] = (
                fact_found(f, ver_lang, ref_all, ref_words, threshold, ref_lang, run=run)
                and all(map(in_reference, fact_words(f, ver_lang))))
    candidates = [f for f, s in ver_pairs if f.category == "entity" and _inside(f, s)
                  and not found[(f.kind, f.text, f.value)]]
    excess = len(translated) - len(candidates)
    return translated[len(translated) - excess :] if excess > 0 else []




def _places_swapped_in(elsewhere: list[FactAt], lost: list[FactAt], claim: AlignedClaim,
                       context: ComparisonContext) -> list[FactAt]:
    """The places of the data a claim the alignment is sure of adds that the reference
    names in another sentence (`elsewhere`), kept as counterparts of a place the claim
    loses which the whole version names nowhere, by name or adjective: a place put where
    another vanished from the version. Where the lost place is said elsewhere in the
    version, sentences were reordered or merged: no change. Unsure claims are judged at
    article level (`name_swaps`)."""
    ref_lang, ver_lang, run = context.reference.lang, context.version.lang, context.run
    places = [(f, s) for f, s in elsewhere if f.kind == "concept" and known_place(f, ver_lang, run)]
    if not places or not claim.certain:
        return []
    whole = document_words(context.version.text, ver_lang)
    adjectives = document_adjective_places(context.version.text, ver_lang, run)
    vanished = [
        f for f, _ in lost
        if f.kind == "concept" and known_place(f, ref_lang, run)
        and not fact_found(f, ref_lang, [], whole, FUZZY_THRESHOLD, ver_lang, run=run,
                           other_text=context.version.text)
        and not any(places_overlap(f.value, value) for value in adjectives)
    ]
    if not vanished:
        return []
    # Of one area named twice over ("Scotland" and the UK), the place inside comes first.
    inner = [(f, s) for f, s in places if any(
        g is not f and places_overlap(f.value, g.value) and str(g.value) in containing(
            str(f.value)) for g, _ in places)]
    return inner + [pair for pair in places if pair not in inner]


def common_in_document(fact: Fact, lang: str, document: str) -> bool:
    """A name whose every word the same document also writes in lower case inside a
    sentence ("Shefi i NATO-s" and "shefi i diplomacisë") is a common word capitalised in
    a heading or a title, not a name. Glossary/CLDR concepts and acronyms are names."""
    if fact.kind == "concept" or not document:
        return False
    words = distinctive_words(fact, lang)
    if not words or any(w.acronym for w in words):
        return False
    lower = lower_case_stems(document, lang)
    return all(set(w.stems) & lower for w in words)


def compare(claim: AlignedClaim, context: ComparisonContext) -> list[Finding]:
    if not claim.reference or not claim.version:
        return []  # an unmatched sentence is reported by alignment
    lost, added = unmatched(claim, context.reference.lang, context.version.lang, run=context.run)
    lost = [
        (f, s)
        for f, s in lost
        if not common_in_document(f, context.reference.lang, context.reference.text)
    ]
    added = [
        (f, s)
        for f, s in added
        if not common_in_document(f, context.version.lang, context.version.text)
    ]
    if added:
        # A name the reference has in another sentence is a translator's choice (a name
        # where the reference says "he"), not a drift. Names lost from a claim stay reported.
        whole = document_words(context.reference.text, context.reference.lang)
        ref_all = [f for f in claim.reference_facts if f.category == "entity"]
        elsewhere = [
            (f, s)
            for f, s in added
            if fact_found(
                f, context.version.lang, ref_all, whole, FUZZY_THRESHOLD, context.reference.lang,
                run=context.run, other_text=context.reference.text,
            )
        ]
        added = [pair for pair in added if pair not in elsewhere]
    else:
        elsewhere = []
    if not added:
        # A likely name ("paired": a two-character city) is reported only beside a name
        # the version has instead: lost alone, it may have been no name.
        lost = [(f, s) for f, s in lost if f.kind != "paired"]
    lost = not_said_by_adjective(lost, claim, context)
    added = not_added_by_adjective(added, claim, context)
    lost, added = _without_capital_pairs(lost, added, context.reference.lang,
                                         context.version.lang)
    swapped_in = _places_swapped_in(elsewhere, lost, claim, context)
    pairs = pair_by_kind(lost, added + swapped_in, context, surnames_far_apart)
    # A place the reference names elsewhere counts only as a lost place's counterpart.
    pairs = [(ref, ver) for ref, ver in pairs if ref is not None or ver not in swapped_in]
    findings: list[Finding] = names_unread(claim, context)
    pairs = pair_reference_adjectives(pair_with_adjectives(pairs, claim, context), claim,
                                      context)
    for ref_pair, ver_pair in pairs:
        ref, ref_sentence = ref_pair or (None, claim.reference[0])
        ver, ver_sentence = ver_pair or (None, claim.version[0])
        if ref and ref.kind != "adjective" and _paired_only(ref, context):
            # A script that spells by sound has its names read whole: any is sure.
            sure = ver is not None and (spelled_by_sound(context.version.lang)
                                        or _country_or_city(ver, context.version.lang))
            if ver is None or ver.kind == "adjective" or (ver.kind == "city" and not sure) or (
                    ver.kind == "city" and _read_in_words_left(ref, ver, claim, context)):
                continue  # unsure: its name there may be one the gazetteer lacks
            if not sure:
                ref, ref_sentence = None, claim.reference[0]
        ref_side = side(context.reference, ref_sentence, ref, context.reference_translations)
        ver_side = side(context.version, ver_sentence, ver, context.translations)
        if ref and ver:
            kind, message = "changed", f"name changed: {ref.text} -> {ver.text}"
        elif ref:
            kind, message = "missing", f"name missing: {ref.text} is not in the version"
        else:
            assert ver is not None
            kind, message = "extra", f"name added: {ver.text} is not in the reference"
        # A reference adjective that may name a language only: the change is unsure.
        certain = not (ref and ver and language_only(ref, ref_sentence.text,
                                                     context.reference.lang))
        findings.append(make_finding(f"entity.{kind}", message, ref_side, ver_side,
                                     context.version.path, certain=certain))
    return findings
