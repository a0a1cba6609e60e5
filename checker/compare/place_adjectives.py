"""Places named by an adjective made from their name ("la côte mexicaine", "британских
пабов", "the Scottish team"): which place a sentence's word is the adjective of.

The adjective must be made from one single-word place name of the language's data (CLDR
territories and exemplar cities, the language's `places.PLACE_NAMES`) with one of the
language's demonym endings (`names.DEMONYM_SUFFIXES`), and from no other place:
"américain" (also "Samoa américaines") names no one place; regions ("Asian", "European")
and groupings are no place of one kind. The stems the data gives are built in
`place_adjective_stems`; the change a place named so makes certain (a lost reference place
where the version names another by its adjective) is decided in `place_adjective_changes`.
"""

from __future__ import annotations

from functools import lru_cache

from checker.compare.place_adjective_stems import (
    bases_by_start,
    declared_demonyms,
    language_adjective,
    language_demonyms,
    two_word_bases,
)
from checker.compare.place_geography import CITY_PREFIX, places_overlap
from checker.compare.variant_adjectives import (
    MIN_ADJECTIVE,
    MIN_STEM,
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
    bases = bases_by_start(index)
    variants = _variants_by_start(lang) if profile(lang).writing.cased else {}
    uncased = not profile(lang).writing.cased
    endings = tuple(profile(lang).names.demonym_suffixes)
    named = [(f.start, f.end) for f in names.extract(text, lang, run)
             if f.kind == "concept"]
    pairs = two_word_bases(index)
    out: list[Fact] = []
    previous = None
    capitalised = profile(lang).names.demonyms_capitalised
    own_demonyms = declared_demonyms(lang)
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
        prefix = _compound_prefix_place(token, text, index)
        if prefix and not any(s <= token.start < e for s, e in named):
            out.append(Fact("entity", token.text, prefix, token.start, token.end,
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
            concepts = language_adjective(token.key, index)
        if not concepts:
            demonyms = language_demonyms(lang)
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


def _compound_prefix_place(token: Token, text: str, index: NameIndex) -> str | None:
    """The country or subdivision an acronym names where it leads a hyphenated compound
    ("US-Filmemacher", "NRW-Landesregierung"): the compound is read as one common word, so
    the place is said only as its modifier, like an adjective's."""
    if not token.acronym or text[token.end : token.end + 1] != "-" or not text[
            token.end + 1 : token.end + 2].isalpha():
        return None
    found = index.match([token.stems], 0, [token.text])
    if found is None or found[1] != 1:
        return None
    concept = found[0].concept
    code = concept[5:] if concept.startswith("cldr:") else ""
    # A country (two capitals, no grouping: "EU", "UN") or a subdivision ("cldr:denw").
    country = len(code) == 2 and code.isupper() and code in gazetteer.geonames_countries()
    return concept if country or (len(code) > 2 and code.islower()) else None


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


_TwoWordPairs = dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str]]]


@lru_cache(maxsize=64)
def _two_word_index(pairs: tuple) -> tuple[_TwoWordPairs, _TwoWordPairs]:
    """`two_word_bases` looked up two ways: by each stem of the word before ("south"), and
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


# Whole-document answers, remembered per document (by its text) and run: asked once per
# claim, each reads the whole reference, and a long article has thousands of claims
# (`place_adjective_changes.concept_in_document` is the other).
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
