"""Places named by an adjective made from their name ("la côte mexicaine", "британских
пабов", "the Scottish team"), and the change they make certain.

A reference place that the version does not have anywhere, where the aligned version
sentence names another place by its adjective and the reference has that other place
nowhere (no name, no adjective of it), is a changed place: both sides certainly say
different things about the same thing. The adjective must be made from one single-word
place name of the language's data (CLDR territories and exemplar cities, the language's
`places.PLACE_NAMES`) with one of the language's demonym endings
(`names.DEMONYM_SUFFIXES`), and from no other place: "américain" (also "Samoa
américaines") names no one place; regions ("Asian", "European") and groupings are no
place of one kind.
"""

from __future__ import annotations

from functools import lru_cache

from checker.compare.base import AlignedClaim, ComparisonContext, FactAt
from checker.compare.name_kinds import (
    _MEMBERSHIP_TERRITORIES,
    CITY_PREFIX,
    cities_overlap,
    city_of,
    data_id,
    known_place,
    places_overlap,
)
from checker.compare.variant_adjectives import (
    MIN_ADJECTIVE,
    MIN_STEM,
    _regional_variant_names,
    _suffixes,
    _variants_by_start,
)
from checker.context import CheckContext
from checker.facts import entities as names
from checker.facts.name_tokens import Token
from checker.glossary import gazetteer
from checker.glossary.lookup import NameIndex
from checker.lang.profile import profile
from checker.model import Fact, Sentence
from checker.translit import key

_VOWELS = frozenset("aeiouy")
# CLDR's region "the Americas" (019): the adjective made from its one-word name ("America",
# "Amerika", "Америка") is, in every language, the adjective of the United States.
AMERICAS = "cldr:019"


@lru_cache(maxsize=64)
def _bases(index: NameIndex) -> tuple[tuple[str, str], ...]:
    """(stem of a one-word place name, concept) for each place of the language's data."""
    out: list[tuple[str, str]] = []
    for entry in index.entries:
        if entry.status != "cldr" or entry.exact or len(entry.tokens) != 1:
            continue
        concept = entry.concept
        code = concept.removeprefix("cldr:")
        if concept == AMERICAS:
            concept = "cldr:US"  # "amerikanisch", "американский": of the United States
        elif concept.startswith("cldr:") and (code.isdigit() or code in ("EU", "UN", "EZ")):
            continue  # a region or grouping of countries: no one place
        # A short stem left by a proclitic taken off ("wtn" of "بوتان", Bhutan) is no name.
        out.extend((stem, concept) for k, stem in enumerate(entry.tokens[0])
                   if k == 0 or len(stem) >= MIN_STEM)
    out.extend((stem, "cldr:US") for stem in _america_word(index))
    return tuple(dict.fromkeys(out))


# CLDR's regions the Americas, North America and South America: the word their names share
# is "America" in the language ("Severna i Južna Amerika", "Северная Америка").
_AMERICAN_REGIONS = (AMERICAS, "cldr:003", "cldr:005")


def _america_word(index: NameIndex) -> tuple[str, ...]:
    """The stems of the word for America, read from CLDR's names of the American regions:
    those in the names of at least two of them ("Северна и Јужна Америка", "Јужна
    Америка"), so that its adjective ("američki", "американський") is read as the United
    States' (see AMERICAS) where no one-word name of the Americas gives it."""
    per_region = [
        {stem for entry in index.by_concept.get(region, ()) if entry.status == "cldr"
         for word in entry.tokens for stem in word}
        for region in _AMERICAN_REGIONS
    ]
    counts: dict[str, int] = {}
    for found in per_region:
        for stem in found:
            counts[stem] = counts.get(stem, 0) + 1
    # Not a word of a country's name too ("Južna" of "Južna Koreja": south).
    countries = {stem for entry in index.entries
                 if entry.status == "cldr" and entry.concept[5:].isalpha()
                 for word in entry.tokens for stem in word}
    return tuple(sorted(s for s, n in counts.items()
                        if n >= 2 and len(s) >= MIN_STEM + 1 and s not in countries))


@lru_cache(maxsize=64)
def _bases_by_start(index: NameIndex) -> dict[str, tuple[tuple[str, str], ...]]:
    """`_bases` by the first MIN_STEM - 1 letters of the stem (an adjective starts as its
    place's name, "Kina"/"kineski"): a word is compared with those alone, not with every
    place."""
    out: dict[str, list[tuple[str, str]]] = {}
    for base, concept in _bases(index):
        out.setdefault(base[:MIN_STEM - 1], []).append((base, concept))
    return {start: tuple(pairs) for start, pairs in out.items()}


@lru_cache(maxsize=64)
def _language_demonyms(lang: str) -> dict[str, str]:
    """Key -> concept of the demonyms a language's names of languages are made of, with
    one of its `names.LANGUAGE_NAME_SUFFIXES` ("İngiliz" of "İngilizce"), where CLDR's name
    of a regional variant of that language writes the demonym beside the language's name
    ("İngiliz İngilizcesi", en_GB): the demonym, and the adjective, of that one region."""
    endings = [key(e, lang) for e in profile(lang).names.language_name_suffixes]
    if not endings:
        return {}
    regions: dict[str, set[str]] = {}
    for region, words, base_words in _regional_variant_names(lang):
        for word in words:
            if len(word) >= MIN_ADJECTIVE and any(f"{word}{e}" in base_words for e in endings):
                regions.setdefault(word, set()).add(region)
    return {word: f"cldr:{next(iter(found))}" for word, found in regions.items()
            if len(found) == 1}


@lru_cache(maxsize=64)
def _language_adjectives(index: NameIndex) -> dict[str, tuple[tuple[str, str], ...]]:
    """(stem, concept) of the adjectives the names of languages give, by the stem's first
    MIN_STEM letters: a language's name in `lang` ("japonês", "Duits", "russo") is the
    adjective of the territory CLDR's likely subtags give that language (ja: Japan), where
    that territory's one-word name in `lang` starts as the language's name does ("Japão",
    "Duitsland", "Rússia"): "inglês" (en: the United States) or "árabe" (ar: Egypt) name
    no such place. The stem is the name less a demonym ending ("russ-o", "duit-s"), at
    least MIN_STEM letters; its other forms add an ending ("russ-a", "duit-se")."""
    from babel.core import get_global

    from checker.glossary.lookup import cldr_locale_objects, term_tokens

    likely, lang = get_global("likely_subtags"), index.lang
    one_word = {entry.concept: entry.tokens[0][0] for entry in index.entries
                if entry.status == "cldr" and not entry.exact and len(entry.tokens) == 1}
    suffixes = sorted(_suffixes(lang), key=len, reverse=True)
    found: dict[str, set[str]] = {}
    for locale in cldr_locale_objects(lang):
        for code, label in locale.languages.items():
            territory = likely.get(code, "").split("_")[-1]
            words = term_tokens(label, lang)
            place = one_word.get(f"cldr:{territory}")
            if len(words) != 1 or not place or "_" in code or not territory.isalpha():
                continue
            word = words[0]
            if word[:MIN_STEM - 1] != place[:MIN_STEM - 1] or len(word) < MIN_ADJECTIVE:
                continue
            stem = next((word[: -len(e)] for e in suffixes
                         if word.endswith(e) and len(word) - len(e) >= MIN_STEM), word)
            found.setdefault(stem, set()).add(f"cldr:{territory}")
    out: dict[str, list[tuple[str, str]]] = {}
    for stem, concepts in found.items():
        if len(concepts) == 1:
            out.setdefault(stem[:MIN_STEM], []).append((stem, next(iter(concepts))))
    return {start: tuple(pairs) for start, pairs in out.items()}


def _language_adjective(token_key: str, index: NameIndex) -> set[str]:
    """The territory a word is the adjective of by a language's name
    (`_language_adjectives`): that name's stem and nothing or a demonym ending."""
    suffixes = _suffixes(index.lang)
    return {concept for stem, concept in _language_adjectives(index).get(token_key[:MIN_STEM], ())
            if token_key.startswith(stem) and (token_key == stem
                                               or token_key[len(stem):] in suffixes)}


def _made_from(word: str, base: str, suffixes: frozenset[str], uncased: bool = False,
               short: bool = False) -> bool:
    return _letters_cut(word, base, suffixes, uncased, short) >= 0


def _letters_cut(word: str, base: str, suffixes: frozenset[str], uncased: bool = False,
                 short: bool = False) -> int:
    """The fewest end letters of the name `base` cut where `word` is made from it, -1 where
    it is not (`_made_from`). Is `word` the adjective of the name `base`: the name, or the
    name less up to four end letters, then a demonym ending ("mexic-aine" from
    "mexique")? The part of the name kept is at least MIN_STEM letters, five where two or
    three are cut before an ending of one or two letters ("schw-er" is not from
    "schweiz"), six where four are cut before
    one of three or more ("schott-ische" from "schottland"); a one-letter ending needs six
    kept ("argentin-s", not "liber-e"). In a script without capitals (`uncased`) a word
    not read as a name whose key is the name's is its adjective, and a one-letter ending
    needs no more than MIN_STEM kept (no vowels are written: "أمريكي", "mryky", from "أمريكا")."""
    for cut in range(5):
        stem = base[: len(base) - cut] if cut else base
        if not word.startswith(stem):
            continue
        rest = word[len(stem) :]
        # A long ending may follow a shorter part of the name ("brit-ish" from "britain",
        # "schott-ischen" from "schottland"); a short one needs more of it.
        shortest = MIN_STEM + 1 if cut >= 2 and len(rest) < 3 else MIN_STEM
        if cut == 1 and len(base) <= MIN_STEM + 1 and (
                len(rest) >= 4 or (len(rest) == 3 and sum(c in _VOWELS for c in rest) >= 2)):
            # a short name, a long ending ("kin-eskoj", "kin-eze", "Kina"); of three
            # letters, one with two vowels ("per-ish" is not from "Peru")
            shortest = MIN_STEM - 1
        if short and (cut == 0 or (cut == 1 and base[-1] in "yw")):
            # Without vowels written, after a proclitic or the article (`short`), a short
            # name's key whole, or less the final long vowel the nisba replaces, before
            # the ending ("al-msr-yh" from "مصر", Egypt; "al-trk-yh" from "تركيا", Turkey).
            # A word read whole is too often another's: "الأمنية" (security) is "lmn-yh".
            shortest = MIN_STEM - 1
        if len(stem) < (MIN_STEM + 2 if cut == 4 else shortest) or (
                cut == 4 and len(rest) < 3):
            continue
        if not rest:
            if (cut == 1 and base[-1] in _VOWELS) or (cut == 0 and uncased):
                # The name's last vowel turned into the ending (the Arabic nisba: a key
                # without the final alif is the adjective's, "بريطاني" from "بريطانيا").
                return cut
            continue
        if rest in suffixes and (len(rest) >= 2 or len(stem) >= 6 or uncased):
            return cut
    return -1


def _least_cut(word_stems: tuple[str, ...], near: list[tuple[str, str]],
               suffixes: frozenset[str], nisba: bool, after_article: frozenset[str]) -> set[str]:
    """The places a word is the adjective of that keep the most of their name: "Colombian"
    is Colombia's (its name whole), not Colombo's ("Colomb-ian")."""
    cuts: dict[str, int] = {}
    for stem in word_stems:
        for base, concept in near:
            cut = _letters_cut(stem, base, suffixes, nisba, stem in after_article)
            if cut >= 0:
                cuts[concept] = min(cut, cuts.get(concept, cut))
    least = min(cuts.values(), default=0)
    return {concept for concept, cut in cuts.items() if cut == least}


@lru_cache(maxsize=64)
def _demonyms(lang: str) -> dict[str, str]:
    """Key -> concept of the language's demonyms no ending makes (`places.DEMONYMS`), by
    their key and stems (a case ending taken off: "норвезьк-ого")."""
    out: dict[str, str] = {}
    for word, concept in profile(lang).names.demonyms.items():
        for token in names.tokens(word, lang, parts=True):
            # its stems only where long ("dan" of "danés" is also "they give")
            for k in (token.key, *(k for k in token.stems if len(k) >= MIN_ADJECTIVE)):
                out.setdefault(k, concept)
    return out


def adjective_places(sentence: Sentence, lang: str, run: CheckContext) -> list[Fact]:
    """The places a sentence names by an adjective, each as a fact on that word (value:
    the place's concept id; kind "adjective")."""
    return list(_adjective_places(sentence.text, lang, run))


# Remembered: one sentence's adjectives are asked for by several checks of its claim, and
# by every version of a story for the reference's sentences.
@lru_cache(maxsize=4096)
def _adjective_places(text: str, lang: str, run: CheckContext) -> tuple[Fact, ...]:
    index = run.name_index(lang)
    suffixes = _suffixes(lang)
    if not suffixes:
        return ()
    bases = _bases_by_start(index)
    variants = _variants_by_start(lang) if profile(lang).writing.cased else {}
    uncased = not profile(lang).writing.cased
    endings = tuple(profile(lang).names.demonym_suffixes)
    named = [(f.start, f.end) for f in names.extract(text, lang, run)
             if f.kind == "concept"]
    pairs = _two_word_bases(index)
    out: list[Fact] = []
    previous = None
    capitalised = profile(lang).names.demonyms_capitalised
    own_demonyms = _demonyms(lang)
    for token in names.tokens(text, lang, parts=True):
        if capitalised and not token.text[:1].isupper():
            previous = token
            continue
        demonym = next((own_demonyms[k] for k in (token.key, *token.stems)
                        if k in own_demonyms), None)
        if demonym and not token.acronym and not any(s <= token.start < e for s, e in named):
            out.append(Fact("entity", token.text, demonym, token.start, token.end,
                            kind="adjective"))
            previous = token
            continue
        if len(token.key) < MIN_ADJECTIVE or token.acronym:
            previous = token
            continue
        if any(s <= token.start < e for s, e in named):
            continue  # a word of a name the extractor read: the place's own name
        # Without capitals, a word is an adjective of a place whose key it has only where
        # it is written with a demonym ending ("الإندونيسي", not "للطيران").
        nisba = uncased and token.text.endswith(endings)
        after_article = _after_long_proclitic(token.text, lang) if nisba else frozenset()
        starts = {stem[:MIN_STEM - 1] for stem in token.stems}
        # A name shorter than MIN_STEM makes an adjective only without vowels written
        # (see `_made_from`), and only a country's: a short city's key is too often
        # another country's ("trk", Chuuk, in "التركية", Turkish).
        near = [pair for start in starts for pair in bases.get(start, ())
                if len(pair[0]) >= MIN_STEM or pair[1].startswith("cldr:")]
        concepts = _least_cut(token.stems, near, suffixes, nisba, after_article) or {
            concept
            for stem in token.stems
            for adjective, concept in variants.get(stem[:MIN_STEM], ())
            if _made_from(stem, adjective, suffixes)
        }
        if not concepts and not uncased:
            concepts = _language_adjective(token.key, index)
        if not concepts:
            demonyms = _language_demonyms(lang)
            concepts = {demonyms[k] for k in (token.key, *token.stems) if k in demonyms}
        paired = _two_word_place(token, previous, pairs, suffixes)
        previous = token
        if paired is not None:
            concepts = {paired}  # "South Korean", "южнокорейский": of "South Korea" only
        if not concepts and not uncased:
            concepts = _city_adjective(token.key, lang, suffixes)
        if concepts and all(places_overlap(a, b) for a in concepts for b in concepts):
            # One place (or one inside another: "британский" from Britain and the UK).
            concept = min(concepts, key=lambda c: (len(c), c))  # ties: not by set order
            out.append(Fact("entity", token.text, concept, token.start, token.end,
                            kind="adjective"))
    return tuple(out)


def _after_long_proclitic(word: str, lang: str) -> frozenset[str]:
    """The keys of a word less a proclitic of two letters or more ("ال", the; "وال", and
    the) written onto it: where a short name's nisba is read (`_made_from`'s `short`). A
    one-letter one is no sign: "و" before "الأمنية" (security) leaves the article on."""
    return frozenset(key(word[len(p):], lang) for p in profile(lang).proclitics
                     if len(p) >= 2 and word.startswith(p) and len(word) > len(p))


# An adjective made from a city of the gazetteer names it only if a large one (many small
# towns are named like common words), and keeps this much of its name.
_LARGE_CITY = 300_000
_MIN_CITY_STEM = 5


@lru_cache(maxsize=16384)
def _city_adjective(word: str, lang: str, suffixes: frozenset[str]) -> set[str]:
    """The city of the gazetteer (as "geonames:<id>") a word is the adjective of: the word
    less a demonym ending of two letters or more is, whole, the name of one large city in
    the language ("Belfast-er", "манчестер-ский"); empty otherwise."""
    for ending in sorted((e for e in suffixes if len(e) >= 2), key=len, reverse=True):
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < _MIN_CITY_STEM:
            continue
        found = frozenset(c for c in gazetteer.cities((base,), lang)
                          if gazetteer.largest_population(frozenset({c})) >= _LARGE_CITY)
        if len(found) == 1 and not names.is_common_word(base, lang):
            return {f"{CITY_PREFIX}{next(iter(found))}"}
    return set()


@lru_cache(maxsize=64)
def _two_word_bases(index: NameIndex) -> tuple[tuple[tuple[str, ...], tuple[str, ...], str],
                                                 ...]:
    """(stems of one word, stems of the other, concept) of each place name of two words
    (connectors left out) in the language's data, both ways round: "South Korea",
    "Южная Корея", "Coreia do Sul"."""
    connectors = frozenset(profile(index.lang).names.connectors)
    out = []
    for entry in index.entries:
        if entry.status != "cldr" or entry.exact:
            continue
        code = entry.concept.removeprefix("cldr:")
        if entry.concept.startswith("cldr:") and not code.isalpha():
            continue  # a region: no one place
        words = [stems for word, stems in zip(entry.words, entry.tokens, strict=False)
                 if word not in connectors]
        if len(words) == 2:
            out.append((words[0], words[1], entry.concept))
            out.append((words[1], words[0], entry.concept))
    return tuple(out)


_TwoWordPairs = dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str]]]


@lru_cache(maxsize=64)
def _two_word_index(pairs: tuple) -> tuple[_TwoWordPairs, _TwoWordPairs]:
    """`_two_word_bases` looked up two ways: by each stem of the word before ("south"), and
    by the first letters of a head long enough to start a one-word adjective ("южно-"):
    the only pairs `_two_word_place` can take for a token, so it need not try them all."""
    by_stem: _TwoWordPairs = {}
    by_head: _TwoWordPairs = {}
    for pair in pairs:
        for stem in dict.fromkeys(pair[0]):
            by_stem.setdefault(stem, []).append(pair)
        for head in dict.fromkeys(h[: MIN_STEM - 1] for h in pair[0] if len(h) >= MIN_STEM - 1):
            by_head.setdefault(head, []).append(pair)
    return by_stem, by_head


def _two_word_place(token: Token, previous: Token | None, pairs: tuple,
                    suffixes: frozenset[str]) -> str | None:
    """The one place of two words whose adjective `token` is: made from one word, after the
    other ("South Korean", "nord-coréen") or with the other's stem before it in one word
    ("южнокорейский", "južnokorejski")."""
    by_stem, by_head = _two_word_index(pairs)
    candidates = {id(p): p for p in by_head.get(token.key[: MIN_STEM - 1], ())}
    if previous is not None:
        candidates.update((id(p), p) for stem in previous.stems for p in by_stem.get(stem, ()))
    found = set()
    for other, word, concept in candidates.values():
        before = previous is not None and not set(other).isdisjoint(previous.stems)
        if before and any(_made_from(stem, base, suffixes)
                          for stem in token.stems for base in word):
            found.add(concept)
            continue
        for head in other:
            if len(head) >= MIN_STEM - 1 and token.key.startswith(head):
                rest = token.key[len(head):].lstrip("aeiouy-")
                if any(_made_from(rest, base, suffixes) for base in word):
                    found.add(concept)
    return next(iter(found)) if len(found) == 1 else None


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


@lru_cache(maxsize=4)
def document_adjective_places(text: str, lang: str, run: CheckContext) -> tuple:
    """The places a document names by an adjective, read in pieces of at most
    `whole_text.PIECE_CHARS` characters, cut after a line break where there is one (a
    shorter text is read whole)."""
    from checker.compare.whole_text import piece_ends

    values: dict[object, None] = {}
    start = 0
    for end in piece_ends(text, prefer="\n"):
        piece = Sentence(0, text[start:end] if start or end < len(text) else text, 0,
                         end - start, 1, 1, 0)
        values.update(dict.fromkeys(f.value for f in adjective_places(piece, lang, run)))
        start = end
    return tuple(values)


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
    if not any(f.kind == "concept" for f, _ in lost):
        return lost
    said = {f.value for s in claim.version
            for f in adjective_places(s, context.version.lang, context.run)}
    return [(f, s) for f, s in lost if not (f.kind == "concept" and f.value in said)]
