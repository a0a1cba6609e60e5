"""A place said in a version by the name of its language ("Welsh" for Wales).

Where a language makes the name of a place's language by adding one of its
`names.LANGUAGE_NAME_SUFFIXES` to the place's own name (Chinese: "威尔士" Wales, "威尔士语"
Welsh, CLDR's name of the language cy), the place's name stands as its adjective too
("威尔士球迷" Welsh fans). The other language says that adjective by its
own name of the same language (CLDR: "Welsh"): a version that writes it has not lost the
place. CLDR's names of languages only: no list of adjectives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.lang.profile import profile
from checker.model import Fact


@lru_cache(maxsize=64)
def _language_names(lang: str) -> dict[str, str]:
    """Code -> CLDR's name in `lang` of each language (no regional variant)."""
    from checker.glossary.cldr_tables import cldr_locale_objects

    out: dict[str, str] = {}
    for locale in cldr_locale_objects(lang):
        for code, label in locale.languages.items():
            if "_" not in code:
                out.setdefault(code, label)
    return out


@lru_cache(maxsize=4096)
def _languages_of_place(name: str, lang: str) -> tuple[str, ...]:
    """The codes of the languages whose name in `lang` is the place's `name` and one of
    the language's LANGUAGE_NAME_SUFFIXES ("威尔士" -> cy)."""
    endings = profile(lang).names.language_name_suffixes
    if not endings or not name:
        return ()
    wanted = {f"{name}{ending}" for ending in endings}
    return tuple(code for code, label in _language_names(lang).items() if label in wanted)


def said_by_language_name(fact: Fact, lang: str, other_text: str, other_lang: str) -> bool:
    """Does `other_text` (of `other_lang`) name, as a word, a language whose name in `lang`
    is made of the place `fact` (a CLDR concept) and a language-name ending?"""
    if fact.kind != "concept" or not str(fact.value).startswith("cldr:"):
        return False
    names = _language_names(other_lang)
    for code in _languages_of_place(fact.text, lang):
        label = names.get(code, "")
        if label and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", other_text):
            return True
    return False
