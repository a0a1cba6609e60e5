"""A name with a case ending glued to it, in a language whose endings no data gives
(a language without a folder and without a simplemma word list: Basque "Londresera", to
London; "Kenyako", of Kenya): the longest start of the word that is a known place name
of the language, where the letters after it are few enough to be an ending.

The known names are CLDR's territory and exemplar-city names in the language and the
gazetteer's one-word city names in its script (`checker.glossary.gazetteer`). A word that
is itself a known name keeps its own reading ("Nigeria" is never "Niger" + "ia"); the
name must be longer than the ending ("Irakasle", teacher, is no "Irak" + "asle").

A name ending in vowels may have them replaced by the vowels of its case ending (Belarusian
"Варшава" -> "у Варшаве", in Warsaw; "Германія" -> "з Германіі", from Germany): the name
without its last vowels, followed by vowels only, is that name, where no other known name
leaves the same letters ("Вена" -> "Вену"; never "Венгрыі", Hungary's: consonants follow)."""

from __future__ import annotations

from functools import lru_cache

# The longest ending cut, and the shortest name left
LONGEST_ENDING = 4
SHORTEST_NAME = 4


def known_prefix(word_key: str, lang: str) -> str | None:
    """The longest known place name (a key) `word_key` starts with, followed by an ending of
    `LONGEST_ENDING` letters at most; None where the word is a known name itself or no
    such name starts it."""
    names = _known_names(lang)
    if not word_key.isalpha() or word_key in names:
        return None
    for cut in range(1, LONGEST_ENDING + 1):
        stem = word_key[:-cut]
        if len(stem) < SHORTEST_NAME or len(stem) <= cut:
            break
        if stem in names:
            # "nigeryi": Niger + "yi", or Nigeria ("nigeryya") with its vowels replaced
            vowels_only = set(word_key[-cut:]) <= KEY_VOWELS
            return None if vowels_only and _vowel_stems(lang).get(stem) == "" else stem
    return _vowels_replaced(word_key, lang)


# The letters of a key that a case ending may put in place of a name's last vowels
KEY_VOWELS = frozenset("aeiouy")
# The fewest letters a name keeps before the vowels an ending replaces
SHORTEST_STEM = 3


def _vowels_replaced(word_key: str, lang: str) -> str | None:
    """The known name whose letters before its last vowels start `word_key`, the rest of the
    word vowels only (`LONGEST_ENDING` at most): "varshave" -> "varshava"; None where two
    names leave those letters or none does."""
    stems = _vowel_stems(lang)
    for cut in range(1, LONGEST_ENDING + 1):
        stem, ending = word_key[:-cut], word_key[-cut:]
        if len(stem) < SHORTEST_STEM or not set(ending) <= KEY_VOWELS:
            return None
        if (name := stems.get(stem)) is not None:
            return name or None
    return None


@lru_cache(maxsize=16)
def _vowel_stems(lang: str) -> dict[str, str]:
    """Each known name of four letters or more that ends in a vowel, by its letters before
    its last vowels ("varshav": "varshava"); "" where two names leave the same letters or
    CLDR gives the letters as a name too ("niger" of "nigeryya": Niger's or Nigeria's).
    The language's own CLDR names come first: a name of the gazetteer in the same script
    (another language's spelling, "varshavae") leaves no doubt beside them, and one whose
    letters are a gazetteer name ("milano", "milan") is left to that name."""
    names, own = _known_names(lang), _cldr_names(lang)
    out: dict[str, str] = {}
    for tier in (own, names):
        found: dict[str, str] = {}
        for name in tier:
            stem = name.rstrip("".join(KEY_VOWELS))
            if len(name) < SHORTEST_NAME or stem == name or len(stem) < SHORTEST_STEM or (
                    tier is names and stem in names):
                continue  # the gazetteer's "milano" beside its "milan": most often one city
            found[stem] = "" if stem in tier or found.get(stem, name) != name else name
        for stem, name in found.items():
            out.setdefault(stem, name)
    return out


@lru_cache(maxsize=16)
def _known_names(lang: str) -> frozenset[str]:
    """The keys of the language's one-word place names: CLDR's territories and exemplar
    cities, the gazetteer's city names in the language's scripts."""
    return frozenset(k for k in _cldr_names(lang) | _gazetteer_names(lang) if k.isalpha())


@lru_cache(maxsize=16)
def _cldr_names(lang: str) -> frozenset[str]:
    """The keys of CLDR's one-word territory and exemplar-city names in the language."""
    from babel import Locale

    from checker.glossary.cldr_tables import cldr_names
    from checker.lang import base_language
    from checker.translit import key

    # CLDR's exemplar cities straight from Babel: `cldr_tables.cldr_cities` reads stems; a
    # tag with a region ("eu-ES") by its language, a language CLDR lacks without cities
    try:
        zones = Locale.parse(base_language(lang)).time_zones.values()
    except (ValueError, LookupError):
        zones = ()
    cities = [zone.get("city", "") for zone in zones]
    out = {key(label, lang) for label in (*(label for _, label in cldr_names(lang)), *cities)
           if label}
    return frozenset(k for k in out if k.isalpha())


@lru_cache(maxsize=16)
def _gazetteer_names(lang: str) -> frozenset[str]:
    """The gazetteer's one-word city names in the language's scripts."""
    from checker.glossary import gazetteer

    out: set[str] = set()
    db = gazetteer._connection()
    if db is not None:
        for script in gazetteer.scripts_of(lang):
            rows = db.execute("SELECT first FROM names WHERE script = ? AND words = first",
                              (gazetteer._table_script(lang, script),)).fetchall()
            out.update(row[0] for row in rows)
    return frozenset(k for k in out if k.isalpha())
