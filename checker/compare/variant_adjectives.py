"""Where place adjectives come from besides the place names themselves (see
`place_adjectives` and `place_adjective_stems`): the adjectives CLDR names regional
variants of languages with ("anglais américain"), and each language's demonym endings."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from checker.compiled_cache import cached_on_disk
from checker.lang.profile import profile
from checker.translit import key, stems

MIN_ADJECTIVE = 5  # letters of the shortest adjective read ("chinois")
MIN_STEM = 4  # letters of the name an adjective keeps ("chin-ois" from "chine")


@lru_cache(maxsize=64)
def _suffixes(lang: str) -> frozenset[str]:
    return frozenset(key(s, lang) for s in profile(lang).names.demonym_suffixes)


@lru_cache(maxsize=64)
def _variants_by_start(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for adjective, concept in _variant_adjectives(lang).items():
        out.setdefault(adjective[:MIN_STEM], []).append((adjective, concept))
    return {start: tuple(pairs) for start, pairs in out.items()}


@lru_cache(maxsize=64)
@cached_on_disk("variant-adjectives")  # every regional locale of CLDR read: once per install
def _variant_adjectives(lang: str) -> dict[str, str]:
    """Stem -> concept of the adjectives CLDR names regional variants of languages with
    ("anglais américain" is en_US: "américain" is the adjective of the United States,
    "американский", "estadounidense"): a word beside the language's own name, with one of
    the language's demonym endings, naming one region only ("européen", of Spain and
    Portugal alike, names none) and in no language's name."""
    from checker.glossary.cldr_tables import cldr_locale_objects, with_regional_locales
    from checker.glossary.lookup import term_tokens

    endings = tuple(_suffixes(lang))
    regions: dict[str, set[str]] = {}
    language_words = {word for locale in with_regional_locales(cldr_locale_objects(lang))
                      for code, label in locale.languages.items() if "_" not in code
                      for word in term_tokens(label.split("(")[0], lang)}
    for region, words, base_words in _regional_variant_names(lang):
        if not all(any(w.startswith(b) for w in words) for b in base_words):
            continue  # a name of its own ("flamand" for nl_BE), no adjective beside one
        words = {w for w in words if not any(w.startswith(b) for b in base_words)}
        for word in words:
            if len(word) >= MIN_ADJECTIVE and word.endswith(endings):
                regions.setdefault(word, set()).add(region)
    out: dict[str, str] = {}
    for word, found in regions.items():
        if len(found) == 1 and word not in language_words:
            for stem in stems(word, lang):
                out.setdefault(stem, f"cldr:{next(iter(found))}")
    return out


def _regional_variant_names(lang: str) -> Iterator[tuple[str, set[str], set[str]]]:
    """(region, words of the name, words of the base language's name) for each name CLDR
    gives in `lang`, in its own and its regional locales, to a regional variant of a
    language ("anglais américain", en_US, beside "anglais"); the region's own name in
    brackets ("engleski (Velika Britanija)") is left out of the name's words."""
    from checker.glossary.cldr_tables import cldr_locale_objects, with_regional_locales
    from checker.glossary.lookup import term_tokens

    for locale in with_regional_locales(cldr_locale_objects(lang)):
        labels = locale.languages
        for code, label in labels.items():
            base, _, region = code.partition("_")
            if len(region) != 2 or not region.isalpha() or base not in labels:
                continue
            yield (region, set(term_tokens(label.split("(")[0], lang)),
                   set(term_tokens(labels[base], lang)))
