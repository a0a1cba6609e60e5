"""simplemma's word lists, compiled once into one indexed SQLite file per language.

simplemma keeps each language's whole dictionary in a Python dict: loading one takes about a
second and 50+ MB, to ask about the few hundred capitalised words of a story. Here each list
is written once (on first use) to `<data dir>/wordlists/simplemma-<version>-<format>/<code>
.sqlite3`, a table keyed by word, and read one word at a time. simplemma's own lemmatiser runs
on top of it (a `DictionaryFactory` of ours), so every answer is the one simplemma gives with
its default dictionaries: only where the entries live changes.

A new simplemma version gets a new folder (its lists may differ). Two processes using a
language for the first time at once each build to a temporary file and rename it into place
(atomic; the files are identical). Where the data folder cannot be written, the list is
loaded into memory as simplemma does.

simplemma itself is imported only to build a list, or for the few words its lookup treats
apart (apostrophes, numerals, Armenian marks): importing it takes longer than a short check's
lookups. A plain word is looked up as simplemma's dictionary lookup does, with the
language's canonical folding (its `canonicalize_token`) stored in the file when built.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from checker.atomic import sqlite_built
from checker.facts.wordlist_filter import KeyFilter, build_bits

# bump when the file layout changes (v2: the canonical folding in `meta`; v3: the keys'
# filter in `filter`, checker/facts/wordlist_filter.py; v4: two filters in `filters`: of the
# keys, of the values some other key has)
FORMAT = "v4"
_SCHEMA = "CREATE TABLE entry (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
_META = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
_FILTERS = "CREATE TABLE filters (name TEXT PRIMARY KEY, bits BLOB NOT NULL) WITHOUT ROWID"
_LOOKUP = "SELECT value FROM entry WHERE key = ?"
# What simplemma's dictionary lookup treats apart from a plain word: apostrophe variants
# (simplemma.utils.has_apostrophe) and Armenian intonation marks.
_APOSTROPHES = ("'", "\u2019", "\u02bc")
_ARMENIAN_MARKS = ("\u055b", "\u055c", "\u055e")


def simplemma_version() -> str:
    """The installed simplemma's version, read without importing it."""
    from checker.compiled_cache import installed_version

    version = installed_version("simplemma")
    if version == "-":  # not installed as a distribution: ask the package itself
        from simplemma.__metadata__ import __version__

        version = __version__
    return version


def store_dir() -> Path:
    """The folder of the compiled lists for the installed simplemma version, beside the
    models checker builds (data, not a cache: clearing the caches keeps them)."""
    from checker.paths import data_dir

    return data_dir() / "wordlists" / f"simplemma-{simplemma_version()}-{FORMAT}"


def build(code: str, target: Path) -> None:
    """Write simplemma's list of `code` to `target` (a temporary file renamed into place)."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    entries = DefaultDictionaryFactory(cache_max_size=1).get_dictionary(code)
    with sqlite_built(target, f".{code}.") as connection:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute(_SCHEMA)
        connection.executemany(
            "INSERT INTO entry VALUES (?, ?)", sorted(entries.items())
        )
        connection.execute(_META)
        connection.executemany("INSERT INTO meta VALUES (?, ?)", _canon_rows(code))
        connection.execute(_FILTERS)
        connection.executemany("INSERT INTO filters VALUES (?, ?)", _filter_rows(entries))
        connection.commit()


def _filter_rows(entries: Mapping[str, str]) -> list[tuple[str, bytes]]:
    """The list's filters (checker/facts/wordlist_filter.py) by name: of its keys, and of
    the values a key other than their own has ("Nacht", the value of "Nächte"; not
    "Nairobi"). (A filter of the keys in lower case, one test for both cases of a word,
    cost more in reading it for a short story than it saved.)"""
    others = {value for key, value in entries.items() if key != value}
    return [("keys", build_bits(entries.keys(), len(entries))),
            ("lemmas", build_bits(others, len(others)))]


def _canon_rows(code: str) -> list[tuple[str, str]]:
    """simplemma's canonical folding of `code` (`canonicalize_token`, applied to every
    word looked up) as the characters it changes, what they become, and those it drops:
    read character by character over the Basic Multilingual Plane."""
    from simplemma.utils import canonicalize_token

    changed, into, dropped = [], [], []
    for point in range(0x10000):
        char = chr(point)
        if 0xD800 <= point < 0xE000:
            continue  # surrogates: no text holds them alone
        folded = canonicalize_token(char, code)
        if folded == char:
            continue
        if folded:
            changed.append(char)
            into.append(folded)
        else:
            dropped.append(char)
    if any(len(x) != 1 for x in into):
        raise ValueError(f"simplemma's folding of {code} is not one character for one")
    return [("canon_from", "".join(changed)), ("canon_to", "".join(into)),
            ("canon_drop", "".join(dropped))]


class SqliteWordMap(Mapping[str, str]):
    """One language's list read from its compiled file, a word at a time. The file never
    changes once in place (immutable: no locking); a forked process opens its own
    connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._get = lru_cache(maxsize=65536)(self._lookup)
        self._queried = lru_cache(maxsize=65536)(self._query)
        self._canon: dict[int, int | None] | None = None
        self._filter: KeyFilter | None = None
        self._filters: dict[str, KeyFilter] = {}

    def _read_filter(self, name: str) -> KeyFilter:
        """A filter of the file (`_filter_rows`), read on first use."""
        found = self._filters.get(name)
        if found is None:
            (bits,) = self._connection().execute(
                "SELECT bits FROM filters WHERE name = ?", (name,)).fetchone()
            found = self._filters[name] = KeyFilter(bits)
        return found

    @property
    def filter(self) -> KeyFilter:
        """The filter of the list's keys: a word it rules out is not looked up."""
        if self._filter is None:
            self._filter = self._read_filter("keys")
        return self._filter

    def may_be_lemma_of_others(self, value: str) -> bool:
        """False only where no key but `value` itself has the entry `value`."""
        return self._read_filter("lemmas").may_hold(value)

    @property
    def canon(self) -> dict[int, int | None]:
        """simplemma's canonical folding of the language, a `str.translate` table (empty
        for most languages)."""
        if self._canon is None:
            rows = dict(self._connection().execute("SELECT key, value FROM meta"))
            self._canon = str.maketrans(rows["canon_from"], rows["canon_to"], rows["canon_drop"])
        return self._canon

    def _connection(self) -> sqlite3.Connection:
        return self._cursor().connection

    def _cursor(self) -> sqlite3.Cursor:
        """This thread's cursor on the file, opened again in a forked child (a connection
        must not cross a fork)."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            uri = f"file:{self.path}?mode=ro&immutable=1"
            # No memory map: mapped pages count in the process's memory (+55 MB on 10,000
            # pairs) for no measurable gain in CPU.
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            local.cursor = connection.cursor()
            local.pid = os.getpid()
        return local.cursor

    def _lookup(self, key: str) -> str | None:
        return self._query(key) if self.filter.may_hold(key) else None

    def _query(self, key: str) -> str | None:
        row = self._cursor().execute(_LOOKUP, (key,)).fetchone()
        return row[0] if row else None

    def either(self, key: str, other: str) -> str | None:
        """`get(key)`, else `get(other)`: most words asked about are in neither, and the
        filter rules them out without a query. Queries are cached (`_queried`): a word and
        its lower case ask for the same entries ("Krise", "krise" both try "Krise")."""
        may_hold = (self._filter or self.filter).may_hold
        if may_hold(key):
            value = self._queried(key)
            if value is not None:
                return value
        return self._queried(other) if may_hold(other) else None

    def plain_lemma(self, token: str) -> str | None:
        """The entry of a word in NFC with no apostrophe (nor Armenian mark), as simplemma's
        dictionary lookup finds it: folded canonically, as written, else with its first
        letter's case swapped; a numeral's lemma is the numeral itself."""
        key = token.translate(self.canon) if self.canon else token
        value = self.either(key, key.lower() if key[:1].isupper() else key.capitalize())
        return token if value is not None and token.isnumeric() else value

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        value = self._get(key)
        return value if value is not None else default

    def __getitem__(self, key: str) -> str:
        value = self._get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        for (key,) in self._connection().execute("SELECT key FROM entry ORDER BY key"):
            yield key

    def __len__(self) -> int:
        return self._connection().execute("SELECT COUNT(*) FROM entry").fetchone()[0]


def open_list(code: str) -> Mapping[str, str]:
    """simplemma's list of `code`: the compiled file, built now if missing; simplemma's own
    in-memory dict where no file can be written or read."""
    path = store_dir() / f"{code}.sqlite3"
    try:
        if not path.exists():
            from simplemma.strategies.dictionaries.dictionary_factory import (
                SUPPORTED_LANGUAGES,
            )

            if code not in SUPPORTED_LANGUAGES:
                raise ValueError(f"Unsupported language: {code}")
            build(code, path)
        words = SqliteWordMap(path)
        words.get("")  # opens the file now: an unreadable one falls back below
        words.canon  # noqa: B018 (read now, as above)
        words.filter  # noqa: B018
        return words
    except (OSError, sqlite3.Error):
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DEFAULT_DICTIONARY_FACTORY,
        )

        return DEFAULT_DICTIONARY_FACTORY.get_dictionary(code)


def forms_of(code: str, lemmas: Iterable[str]) -> dict[str, str]:
    """Every word of simplemma's list of `code` whose lemma is one of `lemmas` (in lower case
    or capitalised), with that lemma in lower case: {"kesäkuussa": "kesäkuu"}. Empty where
    simplemma is not installed or has no list for the language."""
    from importlib.util import find_spec

    if find_spec("simplemma") is None:
        return {}
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    if code not in SUPPORTED_LANGUAGES:
        return {}
    wanted = {lemma.lower() for lemma in lemmas}
    asked = sorted(wanted | {lemma.capitalize() for lemma in wanted})
    words = open_list(code)
    if isinstance(words, SqliteWordMap):
        marks = ",".join("?" * len(asked))
        rows = words._connection().execute(
            f"SELECT key, value FROM entry WHERE value IN ({marks})", asked)
    else:
        rows = ((key, value) for key, value in words.items() if value in asked)
    return {key: value.lower() for key, value in rows}


def lemma_of(code: str, word: str) -> str | None:
    """The entry of `word` as written in simplemma's list of `code` (`forms_of`'s list),
    or None."""
    return open_list(code).get(word)


class CompiledDictionaryFactory:
    """simplemma's `DictionaryFactory` over the compiled lists (one per language, kept)."""

    def __init__(self) -> None:
        self._lists: dict[str, Mapping[str, str]] = {}
        self._lock = threading.Lock()

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        words = self._lists.get(lang)
        if words is None:
            with self._lock:
                words = self._lists.get(lang)
                if words is None:
                    words = self._lists[lang] = open_list(lang)
        return words


class Lexicon:
    """simplemma's `is_known` and `lemmatize` (default settings) over the compiled lists;
    simplemma's own lemmatiser is built only for the words that need it."""

    def __init__(self) -> None:
        self._factory = CompiledDictionaryFactory()

    @cached_property
    def _simplemma(self) -> tuple[Any, Any]:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy

        return DictionaryLookupStrategy(self._factory), Lemmatizer(
            lemmatization_strategy=DefaultStrategy(dictionary_factory=self._factory)
        )

    def is_known(self, word: str, code: str) -> bool:
        """simplemma.is_known(word, lang=code)."""
        from simplemma.utils import normalize_token

        if not isinstance(word, str) or not word:
            raise ValueError("Wrong input value: empty string")
        return self._simplemma[0].get_lemma(normalize_token(word), code) is not None

    def lemmatize(self, word: str, code: str) -> str:
        """simplemma.lemmatize(word, lang=code)."""
        return self._simplemma[1].lemmatize(word, code)

    def known_lemma(self, word: str, code: str) -> str | None:
        """`lemmatize(word, code)` if `is_known(word, code)`, else None, looked up as
        simplemma's dictionary lookup does, without simplemma: the word in NFC, folded
        canonically, as written and with its first letter's case swapped, then in its
        other apostrophe glyphs. simplemma's lemma of a known word is then that entry's
        value (a numeral's is the numeral); where simplemma reads more into a word (the
        lemma of a Turkish word with an apostrophe before a suffix, Armenian marks),
        simplemma answers. Whether such a Turkish word is known at all is a plain
        dictionary lookup: simplemma is imported only for one the list knows."""
        if not isinstance(word, str) or not word:
            raise ValueError("Wrong input value: empty string")
        words = self._factory.get_dictionary(code)
        token = unicodedata.normalize("NFC", word)
        apostrophe = "'" in token or "\u2019" in token or "\u02bc" in token  # _APOSTROPHES
        if (
            code == "hy" and any(mark in token for mark in _ARMENIAN_MARKS)
        ) or not isinstance(words, SqliteWordMap):
            return self.lemmatize(word, code) if self.is_known(word, code) else None
        if not apostrophe:
            return words.plain_lemma(token)  # _entry of a word without apostrophes
        canon = words.canon
        value = _entry(words, token.translate(canon) if canon else token)  # is_known's lookup
        if value is not None and code == "tr":
            return self.lemmatize(word, code)
        return token if value is not None and token.isnumeric() else value


    def lemma_reader(self, code: str) -> Callable[[str], str | None]:
        """`known_lemma(·, code)` as one function of a word, for a list asked tens of
        thousands of times per text: a plain word (no apostrophe, no Armenian mark) goes
        straight to the list's `plain_lemma`, bound once."""
        words = self._factory.get_dictionary(code)
        if not isinstance(words, SqliteWordMap) or code == "hy":
            return lambda word: self.known_lemma(word, code)
        known_lemma, plain_lemma = self.known_lemma, words.plain_lemma
        normalize = unicodedata.normalize

        def read(word: str) -> str | None:
            token = normalize("NFC", word) if word else ""
            if not token or "'" in token or "\u2019" in token or "\u02bc" in token:
                return known_lemma(word, code)  # (raises for an empty word, as it does)
            return plain_lemma(token)

        return read

    def may_be_lemma_of_others(self, lemma: str, code: str) -> bool:
        """False only where no key of the list but `lemma` itself has the entry `lemma`
        (answered in memory by the list's filter of lemmas): then `known_lemma(word, code)`
        is `lemma` for no word but `lemma` in some capitals and words looked up otherwise than
        as written (`reads_apart`). Most names: "Nairobi" (and no "Nairobis")."""
        words = self._factory.get_dictionary(code)
        return not isinstance(words, SqliteWordMap) or words.may_be_lemma_of_others(lemma)

    def reads_apart(self, text: str, code: str) -> bool:
        """Is `text` looked up otherwise than as written: not in NFC, changed by the
        language's canonical folding, or with a character simplemma reads apart (an
        apostrophe, an Armenian mark)? Numerals aside: see known_lemma."""
        if "'" in text or "\u2019" in text or "\u02bc" in text or (
            code == "hy" and any(mark in text for mark in _ARMENIAN_MARKS)
        ) or not unicodedata.is_normalized("NFC", text):
            return True
        words = self._factory.get_dictionary(code)
        canon = words.canon if isinstance(words, SqliteWordMap) else None
        return bool(canon) and text.translate(canon) != text


def _entry(words: SqliteWordMap, token: str) -> str | None:
    """simplemma's `DictionaryLookupStrategy.get_lemma` of a canonical token (no Armenian
    marks): as written, with the first letter's case swapped, then each apostrophe glyph."""
    for variant in _apostrophe_variants(token):
        value = words.either(
            variant, variant.lower() if variant[:1].isupper() else variant.capitalize()
        )
        if value is not None:
            return value
    return None


def _apostrophe_variants(token: str) -> tuple[str, ...]:
    """simplemma.utils.apostrophe_variants: the token, then with every apostrophe glyph
    straight, curly and as a modifier letter."""
    straight = token
    for glyph in _APOSTROPHES[1:]:
        straight = straight.replace(glyph, "'")
    if "'" not in straight:
        return (token,)
    folded = (straight.replace("'", glyph) for glyph in _APOSTROPHES[1:])
    return tuple(dict.fromkeys((token, straight, *folded)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process's one lexicon (its lists open once, on first use of each language)."""
    return Lexicon()
