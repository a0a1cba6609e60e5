"""A name with a case ending glued to it, in a language whose endings no data gives
(a language without a folder and without a simplemma word list: Basque "Londresera", to
London; "Kenyako", of Kenya): the longest start of the word that is a known place name
of the language, where the letters after it are few enough to be an ending.

The known names are CLDR's territory and exemplar-city names in the language and the
gazetteer's one-word city names in its script (`checker.glossary.gazetteer`). A word that
is itself a known name keeps its own reading ("Nigeria" is never "Niger" + "ia"); the
name must be longer than the ending ("Irakasle", teacher, is no "Irak" + "asle")."""

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
            return None
        if stem in names:
            return stem
    return None


@lru_cache(maxsize=16)
def _known_names(lang: str) -> frozenset[str]:
    """The keys of the language's one-word place names: CLDR's territories and exemplar
    cities, the gazetteer's city names in the language's scripts."""
    from babel import Locale

    from checker.glossary import gazetteer
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
    db = gazetteer._connection()
    if db is not None:
        for script in gazetteer.scripts_of(lang):
            rows = db.execute("SELECT first FROM names WHERE script = ? AND words = first",
                              (gazetteer._table_script(lang, script),)).fetchall()
            out.update(row[0] for row in rows)
    return frozenset(k for k in out if k.isalpha())
