"""CLDR's tables of names in a language, read through Babel: territories (`cldr_names`),
exemplar cities of time zones (`cldr_cities`), currencies (`cldr_currencies`), languages
(`cldr_words`), and the letters of a language's alphabet its CLDR words show
(`main_letters`); which locales serve a language (`cldr_locale_objects`, its regional
locales with `with_regional_locales`) and the script a tag is written in
(`likely_script`). The tables never change: each is built once per installation and kept
(checker/compiled_cache.py). `checker.glossary.lookup` indexes these names with the
glossaries' terms.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from checker.compiled_cache import cached_on_disk
from checker.lang import base_language
from checker.lang.profile import profile
from checker.translit import fold

# Territory codes whose names are not places a story names ("Unknown Region", "World").
_SKIP_TERRITORIES = {"ZZ", "001", "QO", "EZ"}


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


def cldr_locale_objects(lang: str) -> list:
    """The Babel locales whose CLDR names serve a language (unknown ones skipped)."""
    from checker.language import babel_locales

    return babel_locales(_cldr_locales(lang))


def _other_script_locales(lang: str) -> list:
    """The locales of the profile's list in another script that `_cldr_locales` leaves out
    (Chinese's Traditional locale beside its Simplified one)."""
    from checker.language import babel_locales

    given = profile(lang).cldr_locales
    kept = set(_cldr_locales(lang))
    return babel_locales(tuple(loc for loc in given if loc not in kept))


@lru_cache(maxsize=32)
def _own_script_characters(lang: str) -> frozenset[str]:
    """The characters the language's own-script locales write in their names of
    territories, languages, scripts and cities."""
    out: set[str] = set()
    for locale in cldr_locale_objects(lang):
        for table in (locale.territories, locale.languages, locale.scripts):
            for label in table.values():
                out.update(label)
        for names in locale.time_zones.values():
            out.update(names.get("city") or "")
    return frozenset(out)


def other_script_names(lang: str, table: str) -> list[tuple[str, str]]:
    """(code, name) of a CLDR table ("territories") in the language's locales of another
    script, only the names with a character its own script never writes: Traditional
    "德國" (Germany) is no Simplified word, but Traditional "中美" (Central America) is
    Simplified "China and the US", so it is left out."""
    own = _own_script_characters(lang)
    out = []
    for locale in _other_script_locales(lang):
        for code, label in getattr(locale, table).items():
            if table == "time_zones":
                label = (label or {}).get("city") or ""
            if len(label) >= 2 and set(label) - own:
                out.append((code, label))
    return out


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
        articles = glued_articles(tuple(locale.territories.values()))
        for code, label in locale.territories.items():
            if code in _SKIP_TERRITORIES:
                continue
            out.append((code, label))
            for part in (label.split(" (")[0], label.split(" - ")[0], label.split(" – ")[0],
                         without_glued_article(label, articles)):
                if part != label and len(part) > 2:
                    out.append((code, part))
    out.extend(pair for pair in other_script_names(lang, "territories")
               if pair[0] not in _SKIP_TERRITORIES)
    return tuple(dict.fromkeys(out))


# A word glued to this many territory names with a hyphen, in small letters, is an article
GLUED_ARTICLE_NAMES = 5


def glued_articles(labels: tuple[str, ...]) -> frozenset[str]:
    """The articles a locale glues to its territory names with a hyphen, as CLDR writes
    Maltese and Zulu ones ("il-Kenja", "l-Etjopja", "i-Africa"): a word of three letters
    at most, in small letters, where such words are glued to `GLUED_ARTICLE_NAMES` names
    or more (the article's forms before other letters with them: "iċ-Ċina")."""
    counts: dict[str, int] = {}
    for label in labels:
        head, mark, rest = label.partition("-")
        if mark and 1 <= len(head) <= 3 and head.isalpha() and head.islower() and (
                rest[:1].isupper()):
            counts[head] = counts.get(head, 0) + 1
    if sum(counts.values()) < GLUED_ARTICLE_NAMES:
        return frozenset()
    return frozenset(counts)


def without_glued_article(label: str, articles: frozenset[str]) -> str:
    """The name without one of the locale's glued `articles`, in small letters or opening
    the name ("il-Kenja", "Il-Brażil"): a text writes the article fused with a preposition
    ("fil-Kenja": in Kenya), so the bare name is what it shares. A capitalised word before
    a hyphen that is no such article is part of the name ("Nov-Zelando", "Cap-Vert")."""
    head, mark, rest = label.partition("-")
    if mark and head.lower() in articles and head[1:] == head[1:].lower() and (
            rest[:1].isupper()):
        return rest
    return label


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


def _date_name(name: str, locale: object) -> bool:
    """Is a city's name the locale's name of a weekday or month (Persian "دوشنبه" is Monday
    and Dushanbe)? Then it is read as the date."""
    from babel.dates import get_day_names, get_month_names

    low = name.lower()
    return any(low == n.lower() for context in ("format", "stand-alone")
               for names in (get_day_names("wide", context, locale),
                             get_month_names("wide", context, locale))
               for n in names.values())


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
            if city and len(city) >= 2 and not _date_name(city, locale) and (
                not _common_word(city, lang) or _large_city_of(zone, city, lang)
            ):
                out.append((zone, city))
    out.extend(pair for pair in other_script_names(lang, "time_zones") if pair[0] in zones)
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
    from checker.glossary.lookup import term_tokens  # it reads these tables

    out: set[str] = set()
    for locale in cldr_locale_objects(lang):
        for label in locale.languages.values():
            parts = term_tokens(label, lang)
            if len(parts) == 1:
                out.add(parts[0])
    return frozenset(out)


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
