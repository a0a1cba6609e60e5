"""The stems a language's adjectives of places are made from, read from its data: its
one-word place names (CLDR territories and exemplar cities, `places.PLACE_NAMES`), the word
for America, its names of two words, its names of languages ("japonês" of Japan), and the
demonyms it declares whole (`places.DEMONYMS`). Each table is built once per language (or
name index); `place_adjectives` reads a sentence's words against them.
"""

from __future__ import annotations

from functools import lru_cache

from checker.compare.variant_adjectives import (
    MIN_ADJECTIVE,
    MIN_STEM,
    _regional_variant_names,
    _suffixes,
)
from checker.facts import entities as names
from checker.glossary.lookup import NameIndex
from checker.lang.profile import profile
from checker.translit import key

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
def bases_by_start(index: NameIndex) -> dict[str, tuple[tuple[str, str], ...]]:
    """`_bases` by the first MIN_STEM - 1 letters of the stem (an adjective starts as its
    place's name, "Kina"/"kineski"): a word is compared with those alone, not with every
    place."""
    out: dict[str, list[tuple[str, str]]] = {}
    for base, concept in _bases(index):
        out.setdefault(base[:MIN_STEM - 1], []).append((base, concept))
    return {start: tuple(pairs) for start, pairs in out.items()}


@lru_cache(maxsize=64)
def language_demonyms(lang: str) -> dict[str, str]:
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

    from checker.glossary.cldr_tables import cldr_locale_objects
    from checker.glossary.lookup import term_tokens

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


def language_adjective(token_key: str, index: NameIndex) -> set[str]:
    """The territory a word is the adjective of by a language's name
    (`_language_adjectives`): that name's stem and nothing or a demonym ending."""
    suffixes = _suffixes(index.lang)
    return {concept for stem, concept in _language_adjectives(index).get(token_key[:MIN_STEM], ())
            if token_key.startswith(stem) and (token_key == stem
                                               or token_key[len(stem):] in suffixes)}


@lru_cache(maxsize=64)
def declared_demonyms(lang: str) -> dict[str, str]:
    """Key -> concept of the language's demonyms no ending makes (`places.DEMONYMS`), by
    their key and stems (a case ending taken off: "норвезьк-ого")."""
    out: dict[str, str] = {}
    for word, concept in profile(lang).names.demonyms.items():
        for token in names.tokens(word, lang, parts=True):
            # its stems only where long ("dan" of "danés" is also "they give")
            for k in (token.key, *(k for k in token.stems if len(k) >= MIN_ADJECTIVE)):
                out.setdefault(k, concept)
    return out


@lru_cache(maxsize=64)
def two_word_bases(index: NameIndex) -> tuple[tuple[tuple[str, ...], tuple[str, ...], str],
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
