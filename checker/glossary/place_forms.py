"""The forms a language writes a place's name in besides CLDR's (checker/glossary/lookup.py
reads them into its name index): a territory code in both scripts, a name with each linking
article, the places the language's data declares (`names.place_names`)."""

from __future__ import annotations

from functools import lru_cache

from checker.lang.profile import profile
from checker.translit import fold


def code_in_scripts(code: str, lang: str) -> tuple[str, ...]:
    """A territory code as the language writes it: in both scripts where it is written in
    Cyrillic and Latin alike (`writing.transliterate`: "EU" and "ЕУ")."""
    script = profile(lang).writing.transliterate
    if not script:
        return (code,)
    import cyrtranslit

    return tuple(dict.fromkeys((code, cyrtranslit.to_cyrillic(code, script))))


def article_forms(label: str, lang: str) -> tuple[str, ...]:
    """A name and its forms with each other linking article of the language in place of
    the one it has inside it (`names.linking_articles`: "Kore e Veriut" and "Kore së
    Veriut", whose first word takes its case ending as any word does)."""
    articles = profile(lang).names.linking_articles
    words = label.split()
    inside = [k for k in range(1, len(words) - 1) if words[k] in articles]
    if not inside:
        return (label,)
    return tuple(dict.fromkeys(
        [label] + [" ".join(article if k in inside else w for k, w in enumerate(words))
                   for article in articles]))


@lru_cache(maxsize=64)
def declared_places(lang: str) -> dict[str, str]:
    """The language's declared place names (`names.place_names`), folded, and their ids."""
    return {fold(label).casefold(): cid for label, cid in profile(lang).names.place_names.items()}
