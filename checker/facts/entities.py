"""Named facts (people, places, organisations) of one sentence, in its own language.

What counts as a name:
- a glossary term or a CLDR country/region name, in any inflected form ("Beogradu",
  "Ankara'yı", "Prishtinën", "России"): value = the concept id;
- a run of capitalised words, joined by the language's small connector words
  ("Bosnia and Herzegovina", "Ministry of Economy"), or a quoted title ("Фортуна");
- an acronym ("NATO", "U.S.", "НАТО").
Month and weekday names are dates, not names: where the date extractor's lexicon
(checker/facts/dates.py: CLDR plus checker/lang/<code>/dates.py) reads one ("Monday",
"Montag", "të Hënën"), no name is taken. A spaced hyphen is a dash: the word after it
starts a sentence ("OSLO (AA) - Shefi i NATO-s").
A sentence-initial capitalised word counts only when the language's word list does not know
it as a common word. Value for a name that is no glossary term: a lower-case Latin key
(transliterated, diacritics folded, inflection removed): "Ердоган" -> "erdogan".

`Fact.kind` tells the comparer how much to expect the name in a translation:
"concept" (glossary/CLDR), "name" (has a word the word list knows only as a name, or does
not know: kept across languages), "acronym", "initial" (a lone unknown word that starts a
sentence, or any lone unknown word in a language whose word list is partial
(WORD_LIST_PARTIAL): reported when the reference has it and the version not, never as
added), "common"
(all words are common words the language capitalises in names, e.g. "Center Party":
usually translated; never reported as extra, and as missing only when the version has
fewer capitalised names left than the reference, see checker/compare/entities.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.facts.dates import date_lexicon
from checker.facts.digits import lower_same_length, normalise
from checker.glossary import lookup
from checker.lang import data
from checker.model import Fact
from checker.translit import fold, key, latin, stems, strip_affixes

# Acronyms with dots ("U.S."), then words with inner apostrophes/hyphens ("Ankara'yı", "NATO-a").
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’]*[\w])?(?:-[\w'’]+)*")
_OPENERS = "\"'“”„«»‹›‘’‚「『(["
_QUOTED = re.compile(r"[\"“„«‹]([^\"“”„«»‹›]{2,60})[\"”“»›]")
_MAX_QUOTED_WORDS = 5
_AFFIX_GAP = re.compile(r"[-'’]|['’][^\W\d_]{0,4}\s*")


@dataclass
class Token:
    text: str  # the word with affixes removed ("Ankara" for "Ankara'yı")
    start: int
    end: int
    key: str
    stems: tuple[str, ...]
    cased: bool  # its script has capital letters
    capital: bool
    acronym: bool
    initial: bool  # first word of the sentence or of a quotation


_ROMAN = re.compile(r"^[IVXLCDM]+(?:e|er|re|ème|th|st|nd|rd|\.)?$")


def _is_acronym(word: str) -> bool:
    if _ROMAN.match(word):
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(letters) <= 8


def tokens(text: str, lang: str, parts: bool = False) -> list[Token]:
    """The words of a text. A hyphenated compound whose last part is a common word
    ("US-Präsident", "Corona-Krise", "военно-морского") is one common word, unless `parts`
    is set (matching looks at every part); a short lower-case tail after a name is its
    inflection ("NATO-a", "NATO-s") and is dropped."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw, start = m.group(0), m.start()
        pieces = [(raw, start)]
        if "-" in raw and "." not in raw:
            pieces = []
            offset = start
            for i, piece in enumerate(raw.split("-")):
                if (
                    i > 0
                    and piece.islower()
                    and len(piece) <= 3
                    and pieces
                    and not pieces[-1][0].islower()
                ):
                    offset += len(piece) + 1
                    continue
                if piece:
                    pieces.append((piece, offset))
                offset += len(piece) + 1
            if (
                not parts
                and len(pieces) > 1
                and not pieces[-1][0].isupper()
                and is_common_word(strip_affixes(pieces[-1][0], lang), lang)
            ):
                # A compound naming a common thing: its acronym and common parts are
                # modifiers ("US-Präsident", "WM-Punkte"); a name part stays a name
                # ("Johns-Hopkins-Universität", "Rakoczy-Reitturnier").
                kept = [
                    (w, a)
                    for w, a in pieces[:-1]
                    if not _is_acronym(w)
                    and w[:1].isupper()
                    and not is_common_word(strip_affixes(w, lang), lang)
                ]
                whole = text[pieces[0][1] : pieces[-1][1] + len(pieces[-1][0])]
                if not kept:
                    k = key(whole, lang)
                    if k:
                        out.append(
                            Token(
                                whole,
                                pieces[0][1],
                                pieces[0][1] + len(whole),
                                k,
                                (k,),
                                True,
                                False,
                                False,
                                _initial(text, pieces[0][1], out),
                            )
                        )
                    continue
                pieces = kept
        for word, at in pieces:
            bare = strip_affixes(word, lang)
            shift = word.find(bare) if bare in word else 0
            k = key(bare, lang)
            if not k:
                continue
            first = next((c for c in bare if c.isalpha()), "")
            cased = first.isupper() or first.islower()
            out.append(
                Token(
                    bare,
                    at + shift,
                    at + shift + len(bare),
                    k,
                    stems(k, lang),
                    cased,
                    first.isupper(),
                    _is_acronym(bare),
                    _initial(text, at, out),
                )
            )
    return out


def _initial(text: str, at: int, before_tokens: list[Token]) -> bool:
    before = text[:at].rstrip()
    if before.endswith("-") and before[:-1].endswith((" ", "\t")):
        return True  # a spaced hyphen is a dash, as after a dateline ("OSLO (AA) - Shefi")
    return not before_tokens or not before or before[-1] in _OPENERS or before[-1] in ".!?:;—–•"


@lru_cache(maxsize=64)
def _lemmatizer(lang: str):
    code = data(lang, "names", "SIMPLEMMA", None)
    if not code:
        return None
    try:
        import simplemma
    except ImportError:  # the word lists are optional: without them every capital is a name
        return None
    to_latin = data(lang, "names", "WORD_LIST_LATIN", False)

    def lookup_word(word: str) -> tuple[bool, str]:
        if to_latin:  # a word list in Latin letters for a language written in both scripts
            word = latin(word, lang)
        known, lemma = simplemma.is_known(word, lang=code), simplemma.lemmatize(word, lang=code)
        if known and fold(lemma[:1]).lower() != fold(word[:1]).lower():
            return False, word  # an entry of another word ("Дня" -> "Победы"): not this one
        return known, lemma

    return lookup_word


@lru_cache(maxsize=65536)
def is_common_word(word: str, lang: str, initial: bool = True, in_phrase: bool = False) -> bool:
    """Does the language know `word` as a common word (not only as a name)?

    Common: one-letter words; the language's function words; month and weekday names,
    words the list lacks that end in a suffix of common nouns (COMMON_NOUN_SUFFIXES);
    language names and demonyms ("Russian"); words its word list knows with a lower-case
    lemma (also when written with a capital: "Ministry", "Center"); in languages that
    capitalise every noun, every known word and every compound ending in a known noun
    ("Zinsforderungen")."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) <= 1 or _ROMAN.match(word):
        return True  # one letter, or a Roman numeral ("XIVe siècle")
    if _is_acronym(word):
        return False
    word_key = key(word, lang)
    if (
        word.lower() in _date_words(lang)
        or word_key in _function_keys(lang)
        or word_key in lookup.cldr_words(lang)
        or is_demonym(word_key, lang)
    ):
        return True
    lemmatizer = _lemmatizer(lang)
    if lemmatizer is None:
        return False
    if _unknown_word(word, lang) and word.lower().endswith(
        tuple(data(lang, "names", "COMMON_NOUN_SUFFIXES", ()))
    ):
        return True  # a word the list lacks, made like a common noun ("Блоггерство")
    if not initial and not in_phrase and data(lang, "names", "LEMMA_CASE_UNRELIABLE", False):
        return False  # the list writes names in lower case: a capital inside a sentence decides
    nouns_capitalised = data(lang, "names", "CAPITALISES_NOUNS", False)
    known, lemma = lemmatizer(word)
    known_lower, lemma_lower = lemmatizer(word.lower())
    if nouns_capitalised:
        if known_lower and lemma_lower[:1].islower():
            return True  # also a verb, adjective or adverb: "Leben", "Direkt"
        lemmas = {lemma for ok, lemma in ((known, lemma), (known_lower, lemma_lower)) if ok}
        genitives = tuple(data(lang, "names", "GENITIVE_ENDINGS", ()))
        if any(x.lower() != word.lower() and word not in {x + g for g in genitives}
               for x in lemmas):
            return True  # an inflected form of another word ("Eltern"): names do not inflect so
        bases = [word] + [word[: -len(end)] for end in genitives if word.endswith(end)]
        name_endings = data(lang, "names", "NAME_ENDINGS", ())
        if any(
            lemmatizer(base)[0] and _has_noun_forms(base, lang, skip=name_endings)
            for base in bases
        ):
            return True  # a noun with its plural in the list ("Einstellung", "Brandes")
        if any(_named_elsewhere(base, lang) for base in bases):
            return False  # a name in another language's list too ("Twitter", "Mohammeds")
        if any(lemmatizer(base)[0] and _has_noun_forms(base, lang) for base in bases):
            return True  # known with the endings names take too ("Armut", "Armuts")
        return _compound_of_known(word, lang)
    if known and lemma[:1].islower():
        return True
    if not known and known_lower and lemma_lower[:1].islower() and not _named_elsewhere(word, lang):
        return True  # the capital of an inflected common word ("Дня": "день")
    # "Gaza" is not the common word "gaz". In languages that write names in title case
    # ("Center Party") a common word is common even where the list also has it as a name;
    # elsewhere ("Путина": the name Путин, or the noun путина) the capital decides.
    if known and not data(lang, "names", "TITLE_CASE_NAMES", False):
        return False
    if not (in_phrase or initial) and _named_elsewhere(word, lang):
        return False  # "Ankara" (and not the fabric): other word lists know it as a name
    return known_lower and lemma_lower == word.lower()


def _named_elsewhere(word: str, lang: str) -> bool:
    """Do the word lists of NAME_LISTS (language data) know `word` as a name?"""
    for other in data(lang, "names", "NAME_LISTS", ()):
        other_lemmatizer = _lemmatizer(other)
        if other_lemmatizer is not None:
            known, lemma = other_lemmatizer(word)
            if known and lemma == word:
                return True
    return False


def _has_noun_forms(word: str, lang: str, skip: tuple[str, ...] = ()) -> bool:
    """Does the word list know inflected forms of `word` ("Nacht" -> "Nächte")? Names have
    none. Endings and umlauts are language data (NOUN_PROBES, UMLAUTS); `skip`: endings not
    to try."""
    lemmatizer = _lemmatizer(lang)
    probes = tuple(p for p in data(lang, "names", "NOUN_PROBES", ()) if p not in skip)
    umlauts: dict[str, str] = data(lang, "names", "UMLAUTS", {})
    bases = [word]
    for plain, marked in umlauts.items():
        at = word.rfind(plain)
        if at > 0:
            bases.append(word[:at] + marked + word[at + len(plain) :])
            break
    for base in bases:
        for ending in probes + (("",) if base != word else ()):
            known, lemma = lemmatizer(base + ending)
            if known and lemma == word:
                return True
    return False


def _not_a_name(token: Token, lang: str) -> bool:
    """Month and weekday names, language names and demonyms, function words."""
    if token.acronym:
        return False
    return (
        token.text.lower() in _date_words(lang)
        or token.key in _function_keys(lang)
        or token.key in lookup.cldr_words(lang)
        or is_demonym(token.key, lang)
    )


def _unknown_word(word: str, lang: str) -> bool:
    """Neither the word nor its lower case is in the language's word list ("Pfannenstiel")."""
    lemmatizer = _lemmatizer(lang)
    return lemmatizer is not None and not lemmatizer(word)[0] and not lemmatizer(word.lower())[0]


def _known_name(word: str, lang: str) -> bool:
    """Does the word list know `word` as a name (known, with a capitalised lemma)?"""
    lemmatizer = _lemmatizer(lang)
    if lemmatizer is None:
        return False
    known, lemma = lemmatizer(word)
    return known and lemma[:1].isupper() and not is_common_word(word, lang)


def _compound_of_known(word: str, lang: str) -> bool:
    """A compound of a known common word and a known noun: "Tripleformel" is "Triple" and
    "Formel", "Obszönitätsinitiative" "Obszönität(s)" and "Initiative". A name made like a
    compound starts with a name or a word no list knows ("Aidenbachstraße", "Bischkeks")."""
    lemmatizer = _lemmatizer(lang)
    for cut in range(3, len(word) - 3):
        head = word[cut:]
        head = head[:1].upper() + head[1:]
        known, lemma = lemmatizer(head)
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
    (LINKING_ENDINGS: "Obszönitäts")?"""
    lemmatizer = _lemmatizer(lang)
    links: tuple[str, ...] = data(lang, "names", "LINKING_ENDINGS", ())
    for base in [part] + [part[: -len(end)] for end in links if part.endswith(end)]:
        if len(base) < 3:
            continue
        for form in (base, base.lower()):
            known, lemma = lemmatizer(form)
            if known and (lemma[:1].islower() or _has_noun_forms(lemma, lang)):
                return True
    return False


@lru_cache(maxsize=64)
def _function_keys(lang: str) -> frozenset[str]:
    return frozenset(key(w, lang) for w in data(lang, "names", "FUNCTION_WORDS", ()))


@lru_cache(maxsize=64)
def _territory_words(lang: str) -> frozenset[str]:
    return frozenset(
        w
        for _code, label in lookup.cldr_names(lang)
        for w in lookup.term_tokens(label, lang)
        if len(w) >= 4
    )


@lru_cache(maxsize=64)
def _demonym_suffixes(lang: str) -> frozenset[str]:
    return frozenset(key(s, lang) for s in data(lang, "names", "DEMONYM_SUFFIXES", ()))


def demonym_of(word_key: str, name_key: str, lang: str) -> bool:
    """Is `word_key` an adjective/demonym made from the place name `name_key`
    ("russian" from "russia", "swedish" from "sweden")? Suffixes are language data."""
    suffixes = _demonym_suffixes(lang)
    for cut in (0, 1, 2):
        stem = name_key[: len(name_key) - cut] if cut else name_key
        if len(stem) >= 4 and word_key.startswith(stem) and word_key != name_key:
            rest = word_key[len(stem) :]
            if rest in suffixes or (not rest and cut):
                return True
    return False


@lru_cache(maxsize=64)
def _single_word_territories(lang: str) -> frozenset[str]:
    out = set()
    for _code, label in lookup.cldr_names(lang):
        words = lookup.term_tokens(label, lang)
        if len(words) == 1:
            out.add(words[0])
    return frozenset(out)


@lru_cache(maxsize=65536)
def is_demonym(word_key: str, lang: str) -> bool:
    if len(word_key) < 5 or word_key in _single_word_territories(lang):
        return False
    return any(
        demonym_of(word_key, name, lang)
        for name in _territory_words(lang)
        if name[:4] == word_key[:4]
    )


@lru_cache(maxsize=64)
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


def _date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the date extractor reads a month or weekday name ("Monday", "Montag", "të
    Hënën", "в Понедельник"): dates, never names. Words it keeps ambiguous without a date
    around them ("May" in "Theresa May") stay candidates."""
    norm = normalise(text)
    return [
        (word.start, word.end)
        for word in date_lexicon(lang).find(lower_same_length(norm), norm)
        if word.what in ("month", "weekday") and not word.needs_context
    ]


def _date_tokens(toks: list[Token], text: str, lang: str) -> list[bool]:
    spans = _date_spans(text, lang)
    return [any(s <= t.start and t.end <= e for s, e in spans) for t in toks]


def _connectors(lang: str) -> frozenset[str]:
    return frozenset(data(lang, "names", "CONNECTORS", ()))


def _joinable(text: str, left: Token, right: Token) -> bool:
    between = text[left.end : right.start]
    # Spaces, a hyphen, or what strip_affixes cut off the left word ("Children's Hospital").
    return between.strip() == "" or bool(_AFFIX_GAP.fullmatch(between))


def _kind(span: list[Token], lang: str) -> str:
    if len(span) == 1 and span[0].acronym:
        return "acronym"
    strong = [
        t
        for t in span
        if (t.capital or not t.cased)
        and not t.acronym
        and t.text.lower() not in _connectors(lang)
        and not is_common_word(t.text, lang, t.initial, len(span) > 1)
    ]
    if strong or any(t.acronym for t in span):
        return "name"
    return "common"


def _value(span: list[Token], lang: str) -> str:
    """The name's key with inflection removed where the word list knows the base form
    ("Beogradu" -> "beograd", "Москве" -> "moskva"); otherwise the key as written."""
    return " ".join(t.key if t.acronym else _base_key(t.text, t.key, lang) for t in span)


@lru_cache(maxsize=65536)
def _base_key(word: str, word_key: str, lang: str) -> str:
    lemmatizer = _lemmatizer(lang)
    if lemmatizer is None:
        return word_key
    known, lemma = lemmatizer(word)
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


def _unspaced_terms(text: str, index: lookup.NameIndex) -> list[Fact]:
    """In a language written without spaces (Chinese), glossary terms and CLDR names are
    found as substrings, longest first."""
    taken = [False] * len(text)
    facts: list[Fact] = []
    entries = sorted(
        (e for e in index.entries if e.status != "foreign" and not e.exact),
        key=lambda e: -len(e.surface),
    )
    for entry in entries:
        start = text.find(entry.surface)
        while start >= 0:
            end = start + len(entry.surface)
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                kind = "common" if entry.status == "currency" else "concept"
                facts.append(Fact("entity", entry.surface, entry.concept, start, end, kind=kind))
            start = text.find(entry.surface, end)
    return facts


def _capitals_agree(term: str, words: list[str]) -> bool:
    """A name of several words matches only where the words the term capitalises after
    its first are capitalised in the text too (the first may be a sentence's start)."""
    term_words = term.replace("-", " ").split()
    if len(term_words) != len(words):
        return True
    for term_word, word in zip(term_words[1:], words[1:], strict=False):
        if term_word[:1].isupper() and word[:1].islower():
            return False
    return True


def extract(text: str, lang: str) -> list[Fact]:
    index = lookup.index(lang)
    if data(lang, "names", "NO_WORD_SPACES", False):
        found = _unspaced_terms(text, index)
        # Latin-script words inside (names and acronyms kept in the original).
        latin_facts = [f for f in extract(text, "und") if f.kind != "concept"]
        return sorted(found + latin_facts, key=lambda f: (f.start, f.end))
    toks = tokens(text, lang)
    facts: list[Fact] = []
    stem_list = [t.stems for t in toks]
    surfaces = [t.text for t in toks]
    used = [False] * len(toks)
    is_date = _date_tokens(toks, text, lang)
    # 1. Glossary terms and CLDR names (longest first at each position).
    i = 0
    while i < len(toks):
        tok = toks[i]
        found = (
            index.match(stem_list, i, surfaces)
            if (tok.capital or not tok.cased or tok.acronym)
            else None
        )
        if found is None and tok.cased and not tok.capital:
            found = index.match(stem_list, i, surfaces)
            # A lower-case word is a term only where the glossary writes it in lower case.
            if found is not None and not (
                found[0].status in ("preferred", "allowed", "forbidden", "foreign")
                and found[0].surface[:1].islower()
            ):
                found = None
        if (
            found is not None
            and found[1] == 1
            and _is_acronym(found[0].surface)
            and not tok.acronym
            and is_common_word(tok.text, lang)
        ):
            found = None  # German "Es" (it) is not the Russian acronym "ЕС" (EU); "Nato" is NATO
        if found is not None and not _capitals_agree(found[0].surface, surfaces[i : i + found[1]]):
            found = None  # "La réunion" (the meeting) is not "La Réunion" (the island)
        if found is not None:
            entry, n = found
            span = toks[i : i + n]
            facts.append(
                Fact(
                    "entity",
                    text[span[0].start : span[-1].end],
                    entry.concept,
                    span[0].start,
                    span[-1].end,
                    kind="common" if entry.status == "currency" else "concept",
                )
            )
            for k in range(i, i + n):
                used[k] = True
            i += n
            continue
        i += 1
    # 2. Runs of capitalised words and acronyms.
    connectors = _connectors(lang)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if (
            used[i]
            or is_date[i]
            or not tok.cased
            or not (tok.capital or tok.acronym)
            or _ROMAN.match(tok.text)
        ):
            i += 1
            continue  # not capitalised, a date word, or a Roman numeral ("XIVe siècle")
        span = [tok]
        j = i + 1
        while j < len(toks) and not used[j] and not is_date[j]:
            nxt = toks[j]
            if not _joinable(text, span[-1], nxt):
                break
            if nxt.capital or nxt.acronym:
                span.append(nxt)
                j += 1
                continue
            # A connector word joins two capitalised words: "Ministry of Economy".
            if (
                nxt.text.lower() in connectors
                and j + 1 < len(toks)
                and not used[j + 1]
                and not is_date[j + 1]
                and (
                    data(lang, "names", "TITLE_CASE_NAMES", False)
                    or not is_common_word(span[-1].text, lang, span[-1].initial, True)
                )
                and toks[j + 1].capital
                and _joinable(text, nxt, toks[j + 1])
            ):
                span.extend([nxt, toks[j + 1]])
                j += 2
                continue
            break
        i = j
        # A capitalised first word of a sentence is a name only if the word list does not
        # know it as a common word; drop it from the front of the run otherwise.
        while (
            span and span[0].initial and not span[0].acronym and is_common_word(span[0].text, lang)
        ):
            span.pop(0)
        while span and span[0].text.lower() in connectors:
            span.pop(0)
        if not span:
            continue
        if all(_not_a_name(t, lang) for t in span):
            continue  # "Thursday", "Russian", "However": dates, demonyms, function words
        kind = _kind(span, lang)
        # A lone word right before a glossary/CLDR name is its title ("Cumhurbaşkanı
        # Erdoğan"): common if the language knows it as a common word inside a name.
        if (
            len(span) == 1
            and kind == "name"
            and j < len(toks)
            and used[j]
            and _joinable(text, span[0], toks[j])
            and is_common_word(span[0].text, lang, span[0].initial, True)
        ):
            kind = "common"
        lone_initial = (
            len(span) == 1
            and span[0].initial
            and not span[0].acronym
            and not _known_name(span[0].text, lang)
        )
        if lone_initial and kind == "name":
            if _lemmatizer(lang) is None:
                continue  # no word list to tell a name from a common word at a sentence start
            if _named_elsewhere(span[0].text, lang):
                pass
            elif _unknown_word(span[0].text, lang) and not text[span[0].end :].startswith(","):
                # A word no list knows, first in its sentence ("Pfannenstiel held..."): a name
                # if the reference has it; a version's such word may as well be an inflected
                # common word the list lacks, so it is never reported as added.
                kind = "initial"
            else:
                # Known as a common word, or a comma follows ("Pourtant,"): an adverb.
                kind = "common"
        elif (
            len(span) == 1
            and kind == "name"
            and not span[0].acronym
            and data(lang, "names", "WORD_LIST_PARTIAL", False)
            and _unknown_word(span[0].text, lang)
            and not _named_elsewhere(span[0].text, lang)
        ):
            # The language's word list lacks many inflected common words ("ministrave të
            # Jashtëm"): a lone word it does not know, and no other list knows as a name,
            # is as uncertain as a sentence's first word.
            kind = "initial"
        facts.append(
            Fact(
                "entity",
                text[span[0].start : span[-1].end],
                _value(span, lang),
                span[0].start,
                span[-1].end,
                kind=kind,
            )
        )
    # 3. Quoted titles whose words are not capitalised ("Русские витязи").
    covered = [(f.start, f.end) for f in facts]
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        start = m.start(1) + m.group(1).find(inner)
        words = inner.split()
        if not inner[:1].isupper() or len(words) > _MAX_QUOTED_WORDS:
            continue
        if any(s <= start < e or start <= s < start + len(inner) for s, e in covered):
            if any(s == start and e == start + len(inner) for s, e in covered):
                continue
            if all(
                start <= s and e <= start + len(inner)
                for s, e in covered
                if s < start + len(inner) and e > start
            ):
                facts = [f for f in facts if not (start <= f.start and f.end <= start + len(inner))]
            else:
                continue
        span = [t for t in toks if start <= t.start and t.end <= start + len(inner)]
        if not span:
            continue
        facts.append(
            Fact(
                "entity",
                inner,
                _value(span, lang),
                start,
                start + len(inner),
                kind=_kind(span, lang),
            )
        )
    return sorted(facts, key=lambda f: (f.start, f.end))
