"""Is a capitalised word a common word of its language, or a name?

The name extractor (checker/facts/entities.py) asks this of every capitalised word. The
answer comes from word lists:
- simplemma's word list of the language (SIMPLEMMA in checker/lang/<code>/names.py): a
  word it knows with a lower-case lemma is common ("Ministry" -> "ministry"), one with a
  capitalised lemma is a name; in languages that capitalise every noun, a noun is told from
  a name by its inflected forms (NOUN_PROBES, UMLAUTS: names have no plural) and compounds
  of known words are common ("Rekordformel");
- other languages' simplemma lists (NAME_LISTS) that know a word as a name ("Twitter");
- the language's function words (FUNCTION_WORDS), CLDR month and weekday names, CLDR
  language words, and demonyms made from CLDR territory names (DEMONYM_SUFFIXES).
simplemma is optional: without it no word is known and every capital is a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.compiled_cache import cached_on_disk
from checker.facts.numeric.patterns import CYRILLIC_LOOKALIKES
from checker.glossary import cldr_tables, lookup
from checker.lang.profile import profile
from checker.translit import fold, key, latin

_ROMAN = re.compile(r"^[IVXLCDM]+(?:e|er|re|ème|th|st|nd|rd|\.)?$")


def is_roman_numeral(word: str) -> bool:
    """A Roman numeral, maybe with an ordinal ending ("XIV", "XIVe", "IIIrd"), also typed
    with the Cyrillic capitals that look like its letters ("ХХ век", "ХIХ": Cyrillic Х)."""
    return bool(_ROMAN.match(word.translate(CYRILLIC_LOOKALIKES)))


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """Two to eight letters, all capitals, and no Roman numeral ("NATO", "U.S.", "НАТО")."""
    if word.islower() or (word[:1].isalpha() and not word[:1].isupper()) or is_roman_numeral(word):
        return False  # a letter not in capitals (most words: all lower case, or uncased)
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(letters) <= 8


class WordList:
    """simplemma's word list of one language."""

    def __init__(self, lang: str, code: str, to_latin: bool) -> None:
        # The compiled lists (wordlist_store): simplemma's answers, read a word at a time.
        from checker.facts.wordlist_store import lexicon

        self._known_lemma = lexicon().lemma_reader(code)
        self._lexicon = lexicon()
        self.lang = lang
        self.code = code  # simplemma's language code
        self.to_latin = to_latin  # the list is in Latin letters, the language in two scripts
        # The same words are asked about again and again (a word, its lower case, its forms
        # with the noun endings): simplemma's lemmatiser runs once per word. The list never
        # changes, so neither does an answer.
        self.lookup = lru_cache(maxsize=65536)(self._lookup)  # type: ignore[method-assign]

    def lookup(self, word: str) -> tuple[bool, str]:
        """(is `word` in the list, its lemma); an entry whose lemma starts with another
        letter belongs to another word ("Дня" -> "Победы") and counts as not known. The
        lemma is only looked for when the word is known (else: the word itself): most words
        asked about are forms tried on a word (noun endings, compound parts) that the list
        lacks, and simplemma's lemmatiser tries many rules on each before giving up."""
        return self._lookup(word)  # replaced per list by its cached form (__init__)

    def may_be_lemma_of_others(self, lemma: str) -> bool:
        """False only where `lookup` gives (True, `lemma`) for no word but `lemma` in some
        capitals and words read apart (`reads_apart`): no other word of the list has that
        lemma."""
        return self._lexicon.may_be_lemma_of_others(lemma, self.code)

    def reads_apart(self, text: str) -> bool:
        """Is `text` looked up otherwise than as written (not in NFC, folded, apostrophes)?"""
        return self._lexicon.reads_apart(latin(text, self.lang) if self.to_latin else text,
                                          self.code)

    def _lookup(self, word: str) -> tuple[bool, str]:
        if self.to_latin:
            word = latin(word, self.lang)
        lemma = self._known_lemma(word)
        if lemma is None or (
            lemma[:1] != word[:1] and fold(lemma[:1]).lower() != fold(word[:1]).lower()
        ):
            return False, word
        return True, lemma


@lru_cache(maxsize=64)
def word_list(lang: str) -> WordList | None:
    """The language's word list; None where it has none or simplemma is not installed."""
    code = profile(lang).names.simplemma
    if not code:
        return None
    from importlib.util import find_spec

    if find_spec("simplemma") is None:
        return None  # the word lists are optional: without them every capital is a name
    return WordList(lang, code, profile(lang).names.word_list_latin)


def has_word_list(lang: str) -> bool:
    """Can the language tell a common word from a name by its word list?"""
    return word_list(lang) is not None


@lru_cache(maxsize=65536)
def is_non_name_word(word: str, word_key: str, lang: str) -> bool:
    """A word that is never a name by itself: a month or weekday name, a function word, a
    CLDR language word, or a demonym ("Thursday", "However", "Russian"). `word_key` is
    `key(word, lang)`."""
    return (
        word.lower() in _date_words(lang)
        or word_key in _function_keys(lang)
        or word_key in cldr_tables.cldr_words(lang)
        or is_demonym(word_key, lang)
    )


def is_common_word(word: str, lang: str, initial: bool = True, in_phrase: bool = False) -> bool:
    """Does the language know `word` as a common word (not only as a name)?

    Common: one-letter words; the language's function words; month and weekday names,
    words the list lacks that end in a suffix of common nouns (COMMON_NOUN_SUFFIXES);
    language names and demonyms ("Russian"); words its word list knows with a lower-case
    lemma (also when written with a capital: "Ministry", "Center"); in languages that
    capitalise every noun, every known word and every compound ending in a known noun
    ("Mietforderungen"). `initial`: the word starts a sentence; `in_phrase`: it is one
    word of a longer name."""
    # One cache entry whether the flags are given or left to their defaults (an lru_cache
    # keys `f(w, l)` and `f(w, l, True, False)` apart: the same word was worked out twice).
    return _common_word(word, lang, initial, in_phrase)


@lru_cache(maxsize=65536)
def _common_word(word: str, lang: str, initial: bool, in_phrase: bool) -> bool:
    """is_common_word, cached on all four arguments given."""
    letter_count = len(word) if word.isalpha() else sum(map(str.isalpha, word))
    if letter_count <= 1 or _ROMAN.match(word):
        return True  # one letter, or a Roman numeral ("XIVe siècle")
    if is_acronym(word):
        return False
    if is_non_name_word(word, key(word, lang), lang):
        return True
    words = word_list(lang)
    if words is None:
        return False
    names = profile(lang).names
    if word.lower().endswith(tuple(names.common_noun_suffixes)) and is_unknown_word(word, lang):
        return True  # a word the list lacks, made like a common noun ("Влоггерство")
    # The list writes names in lower case: a capital inside a sentence decides; first in a
    # sentence, a city's own name that other lists know only as a name ("Ankara ...").
    if names.lemma_case_unreliable and not in_phrase and (
        not initial or _city_named_elsewhere(word, lang)
    ):
        return False
    if names.capitalises_nouns:
        # A capital says nothing here; a CLDR place name ("München"), also in the genitive
        # ("Moskaus"), is a name.
        return not _a_place_name(word, lang) and _is_common_noun(word, lang)
    known, lemma = words.lookup(word)
    known_lower, lemma_lower = words.lookup(word.lower())
    if known and lemma[:1].islower():
        return True
    if not known and known_lower and lemma_lower[:1].islower() and not named_elsewhere(word, lang):
        return True  # the capital of an inflected common word ("Дня": "день")
    # "Gaza" is not the common word "gaz". In languages that write names in title case
    # ("Center Party") a common word is common even where the list also has it as a name;
    # elsewhere ("Путина": the name Путин, or the noun путина) the capital decides.
    if known and not names.title_case_names:
        return False
    if not (in_phrase or initial) and named_elsewhere(word, lang):
        return False  # "Ankara" (and not the fabric): other word lists know it as a name
    return known_lower and lemma_lower == word.lower()


def _city_named_elsewhere(word: str, lang: str) -> bool:
    """Is `word` as written a city's name in the gazetteer (checker/glossary/gazetteer.py)
    that a word list of NAME_LISTS knows only as a name, even in lower case? Both, so that
    a common word some town shares ("Kent", "city", and Kent; "Sol", "left", and sol) stays
    common."""
    from checker.glossary import gazetteer

    word = _as_other_lists_read(word, lang)
    for other in profile(lang).names.name_lists:
        other_words = word_list(other)
        if other_words is None:
            continue
        lemmas = {other_words.lookup(word), other_words.lookup(word.lower())}
        if all(known and lemma == word for known, lemma in lemmas):
            return bool(gazetteer.cities_named(word, lang))
    return False


@lru_cache(maxsize=65536)
def _is_common_noun(word: str, lang: str) -> bool:
    """is_common_word in a language that capitalises every noun (CAPITALISES_NOUNS): a
    capital says nothing, so a noun is told from a name by its forms and its parts.
    Cached apart from is_common_word: the answer is the same at a sentence's start, inside
    it and inside a longer name."""
    words = word_list(lang)
    known, lemma = words.lookup(word)
    known_lower, lemma_lower = words.lookup(word.lower())
    if known_lower and lemma_lower[:1].islower():
        return True  # also a verb, adjective or adverb: "Leben", "Direkt"
    lemmas = {lemma for ok, lemma in ((known, lemma), (known_lower, lemma_lower)) if ok}
    genitives = tuple(profile(lang).names.genitive_endings)
    if any(x.lower() != word.lower() and word not in {x + g for g in genitives} for x in lemmas):
        return True  # an inflected form of another word ("Eltern"): names do not inflect so
    bases = [word] + [word[: -len(end)] for end in genitives if word.endswith(end)]
    name_endings = profile(lang).names.name_endings
    if any(
        words.lookup(base)[0] and _has_noun_forms(base, lang, skip=name_endings) for base in bases
    ):
        return True  # a noun with its plural in the list ("Einstellung", "Waldes")
    if any(named_elsewhere(base, lang) for base in bases):
        return False  # a name in another language's list too ("Twitter", "Ahmeds")
    if any(words.lookup(base)[0] and _has_noun_forms(base, lang) for base in bases):
        return True  # known with the endings names take too ("Armut", "Armuts")
    return _compound_of_known(word, lang)


def _as_other_lists_read(word: str, lang: str) -> str:
    """`word` as other languages' word lists are asked about it: in Latin letters for a
    language written in Cyrillic and Latin alike (`writing.transliterate`: "Холт" is the
    "Holt" of a Latin text), else as written."""
    code = profile(lang).writing.transliterate
    if not code or word.isascii():
        return word
    import cyrtranslit

    return cyrtranslit.to_latin(word, code)


@lru_cache(maxsize=65536)
def named_elsewhere(word: str, lang: str) -> bool:
    """Do the word lists of NAME_LISTS (language data) know `word` as a name?"""
    word = _as_other_lists_read(word, lang)
    for other in profile(lang).names.name_lists:
        other_words = word_list(other)
        if other_words is not None:
            known, lemma = other_words.lookup(word)
            if known and lemma == word:
                return True
    return False


def is_unknown_word(word: str, lang: str) -> bool:
    """Neither the word nor its lower case is in the language's word list ("Kesselbrink")."""
    words = word_list(lang)
    return words is not None and not words.lookup(word)[0] and not words.lookup(word.lower())[0]


def is_known_name(word: str, lang: str) -> bool:
    """Does the word list know `word` as a name (known, with a capitalised lemma)?"""
    words = word_list(lang)
    if words is None:
        return False
    known, lemma = words.lookup(word)
    return known and lemma[:1].isupper() and not is_common_word(word, lang)


@lru_cache(maxsize=65536)
def base_key(word: str, word_key: str, lang: str) -> str:
    """The key of `word`'s base form where the word list knows it as the same word with
    another ending ("Beogradu" -> "beograd", "Москве" -> "moskva"); else `word_key`."""
    words = word_list(lang)
    if words is None:
        return word_key
    known, lemma = words.lookup(word)
    base = key(lemma, lang) if known else ""
    # Only a lemma that is the same word with another ending, never another word.
    if (
        base
        and base != word_key
        and base[:3] == word_key[:3]
        and abs(len(base) - len(word_key)) <= 3
    ):
        return base
    return word_key


@lru_cache(maxsize=65536)
def _has_noun_forms(word: str, lang: str, skip: tuple[str, ...] = ()) -> bool:
    """Does the word list know inflected forms of `word` ("Nacht" -> "Nächte")? Names have
    none. Endings and umlauts are language data (NOUN_PROBES, UMLAUTS); `skip`: endings not
    to try."""
    words: WordList = word_list(lang)  # type: ignore[assignment]
    probes, umlauts, plain_endings = _noun_probes(lang, skip)
    if plain_endings and not words.may_be_lemma_of_others(word) and not words.reads_apart(word):
        # No form tried below is `word` in other capitals (each adds or changes a letter),
        # a numeral or read apart: no other word of the list has the lemma `word`.
        return False
    lookup = words.lookup
    for ending in probes:
        known, lemma = lookup(word + ending)
        if known and lemma == word:
            return True
    for plain, marked in umlauts:
        at = word.rfind(plain)
        if at > 0:
            base = word[:at] + marked + word[at + len(plain) :]
            for ending in (*probes, ""):
                known, lemma = lookup(base + ending)
                if known and lemma == word:
                    return True
            break
    return False


@lru_cache(maxsize=256)
def _noun_probes(
    lang: str, skip: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], bool]:
    """The endings _has_noun_forms tries (NOUN_PROBES but `skip`), the umlauts (UMLAUTS), and
    whether both are plain letters: every ending and umlaut non-empty, with no numeral, not
    starting with a combining mark, not read apart (`reads_apart`), an umlaut another letter
    than its plain vowel."""
    names = profile(lang).names
    probes = tuple(p for p in names.noun_probes if p not in skip)
    umlauts = tuple(names.umlauts.items())
    words = word_list(lang)
    plain = words is not None and all(
        part and not any(c.isnumeric() for c in part) and not words.reads_apart(part)
        and not unicodedata.combining(part[0])
        for part in (*probes, *(marked for _plain, marked in umlauts))
    ) and all(marked.lower() != vowel.lower() for vowel, marked in umlauts)
    return probes, umlauts, plain


def _compound_of_known(word: str, lang: str) -> bool:
    """A compound of a known common word and a known noun: "Rekordformel" is "Rekord" and
    "Formel", "Höflichkeitsinitiative" "Höflichkeit(s)" and "Initiative". A name made like a
    compound starts with a name or a word no list knows ("Wendelbachstraße", "Tokios")."""
    words = word_list(lang)
    for cut in range(3, len(word) - 3):
        head = word[cut:]
        head = head[:1].upper() + head[1:]
        known, lemma = words.lookup(head)
        if (
            known
            and lemma[:1].isupper()
            and (lemma != head or _has_noun_forms(head, lang))
            and _common_modifier(word[:cut], lang)
        ):
            return True
    return False


def _common_modifier(part: str, lang: str) -> bool:
    """Is `part` (the front of a compound) a common word, maybe with a linking element
    (LINKING_ENDINGS: "Höflichkeits")?"""
    words = word_list(lang)
    links = profile(lang).names.linking_endings
    for base in [part] + [part[: -len(end)] for end in links if part.endswith(end)]:
        if len(base) < 3:
            continue
        for form in (base, base.lower()):
            known, lemma = words.lookup(form)
            if known and (lemma[:1].islower() or _has_noun_forms(lemma, lang)):
                return True
    return False


@lru_cache(maxsize=64)
def _function_keys(lang: str) -> frozenset[str]:
    return frozenset(key(w, lang) for w in profile(lang).names.function_words)


def is_function_word(word_key: str, lang: str) -> bool:
    """Is a word (its `key`) one of the language's function words (names.FUNCTION_WORDS)?"""
    return word_key in _function_keys(lang)


@lru_cache(maxsize=64)
@cached_on_disk("date-words")
def _date_words(lang: str) -> frozenset[str]:
    """Month and weekday names (CLDR): capitalised in some languages, never names here."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return frozenset()
    words: set[str] = set()
    for table in (locale.months, locale.days):
        for context in table.values():
            for width in context.values():
                words.update(str(v).lower().strip(".") for v in width.values())
    return frozenset(words)


@lru_cache(maxsize=64)
@cached_on_disk("territory-words")
def _territory_words(lang: str) -> frozenset[str]:
    return frozenset(
        w
        for _code, label in cldr_tables.cldr_names(lang)
        for w in lookup.term_tokens(label, lang)
        if len(w) >= 4
    )


@lru_cache(maxsize=64)
@cached_on_disk("place-names")
def _place_names(lang: str) -> frozenset[str]:
    """CLDR names of territories and cities in the language, as written."""
    return frozenset(
        label for _, label in cldr_tables.cldr_names(lang) + cldr_tables.cldr_cities(lang)
    )


def is_place_name(word: str, lang: str) -> bool:
    """Is `word` as written a CLDR place name (also with a genitive ending) or a city's
    one-word name in the gazetteer ("Beograd", "Niš")?"""
    from checker.glossary import gazetteer

    return _a_place_name(word, lang) or bool(gazetteer.cities_named(word, lang))


def _a_place_name(word: str, lang: str) -> bool:
    """Is `word` a CLDR place name as written, or one with a genitive ending (GENITIVE_ENDINGS)?"""
    places = _place_names(lang)
    return word in places or any(
        word.endswith(end) and word[: -len(end)] in places
        for end in profile(lang).names.genitive_endings
    )


@lru_cache(maxsize=64)
@cached_on_disk("single-word-territories")
def _single_word_territories(lang: str) -> frozenset[str]:
    out = set()
    for _code, label in cldr_tables.cldr_names(lang):
        words = lookup.term_tokens(label, lang)
        if len(words) == 1:
            out.add(words[0])
    return frozenset(out)


@lru_cache(maxsize=64)
def _demonym_suffixes(lang: str) -> frozenset[str]:
    return frozenset(key(s, lang) for s in profile(lang).names.demonym_suffixes)


def demonym_of(word_key: str, name_key: str, lang: str, max_cut: int = 2) -> bool:
    """Is `word_key` an adjective/demonym made from the place name `name_key`
    ("russian" from "russia", "swedish" from "sweden")? Suffixes are language data.
    `max_cut`: how many end letters of the name the adjective may drop ("turkish" from
    "turkiye" drops three)."""
    if word_key[:4] != name_key[:4]:
        return False  # every stem tried below is at least four letters of the name
    suffixes = _demonym_suffixes(lang)
    for cut in range(max_cut + 1):
        stem = name_key[: len(name_key) - cut] if cut else name_key
        if len(stem) >= 4 and word_key.startswith(stem) and word_key != name_key:
            rest = word_key[len(stem) :]
            if rest in suffixes or (not rest and cut):
                return True
    return False


@lru_cache(maxsize=65536)
def is_demonym(word_key: str, lang: str) -> bool:
    """Is `word_key` a demonym of a CLDR territory ("russian")? A single-word territory
    name itself is not one."""
    if len(word_key) < 5 or word_key in _single_word_territories(lang):
        return False
    return any(
        demonym_of(word_key, name, lang)
        for name in _territory_words_by_start(lang).get(word_key[:4], ())
    )


@lru_cache(maxsize=64)
def _territory_words_by_start(lang: str) -> dict[str, tuple[str, ...]]:
    """The territory words by their first four letters (a demonym starts like its place):
    a word is compared with those alone, not with every territory word."""
    out: dict[str, list[str]] = {}
    for name in _territory_words(lang):
        out.setdefault(name[:4], []).append(name)
    return {start: tuple(names) for start, names in out.items()}
