"""Countries said without their names in a language written without spaces: by words that
point to one (`places.IMPLIED_PLACES`: "我国" our country), and by their one-character short
forms run together in a compound of two or three countries (`places.SHORT_FORMS`: "中美谈判"
talks between China and the United States, "美俄两国", "英欧").

A short form alone is a common character ("美" beautiful, "中" middle, "法" law), so a
character counts only in a run of two or three distinct short forms, and not where the
last of them starts its country's full name ("其中美国": "among them, the United States" is
no "China and the US"). These mentions are no names to report (their extent is a guess);
they let a name of the other side be found here (checker/compare/name_found.py): "the
United States and China" is said by "中美".
"""

from __future__ import annotations

from functools import lru_cache

from checker.lang.profile import profile

_LONGEST = 3  # a compound of three countries at most ("中美俄")


@lru_cache(maxsize=16)
def _full_names(lang: str) -> dict[str, tuple[str, ...]]:
    """Each short form's country's names in the language that start with the short form
    ("美" -> "美国"; "澳" -> "澳大利亚", "澳洲"), from CLDR and `places.PLACE_NAMES`."""
    from checker.glossary.cldr_tables import cldr_names

    names = profile(lang).names
    by_concept: dict[str, list[str]] = {}
    for code, label in cldr_names(lang):
        by_concept.setdefault(f"cldr:{code}", []).append(label)
    for label, concept in names.place_names.items():
        by_concept.setdefault(concept, []).append(label)
    out: dict[str, tuple[str, ...]] = {}
    for short, concepts in names.short_forms.items():
        out[short] = tuple(n for concept in concepts.split() for n in by_concept.get(concept, ())
                           if n.startswith(short) and len(n) > len(short))
    return out


def _compound_concepts(text: str, lang: str) -> set[str]:
    """The countries of the compounds of short forms in `text` (see the module's doc)."""
    shorts = profile(lang).names.short_forms
    if not shorts:
        return set()
    full = _full_names(lang)
    found: set[str] = set()
    i = 0
    while i < len(text):
        if text[i] not in shorts:
            i += 1
            continue
        j = i
        while j < len(text) and text[j] in shorts and j - i < _LONGEST:
            j += 1
        run = text[i:j]
        # The last character may start its country's full name: then it is that name's.
        if any(text.startswith(name, j - 1) for name in full.get(run[-1], ())):
            run = run[:-1]
        if len(run) >= 2 and len(set(run)) == len(run):
            found.update(concept for c in run for concept in shorts[c].split())
        i = max(j, i + 1)
    return found


@lru_cache(maxsize=512)
def compound_concepts(name: str, lang: str) -> frozenset[str]:
    """The countries of `name` (of `lang`) when the whole name is also a compound of short
    forms: "中非" is CLDR's Middle Africa, and China and Africa in "中非合作论坛"; either
    reading's names on the other side say it."""
    shorts = profile(lang).names.short_forms
    if not 2 <= len(name) <= _LONGEST or not all(c in shorts for c in name):
        return frozenset()
    return frozenset(_compound_concepts(name, lang))


@lru_cache(maxsize=512)
def implied_concepts(text: str, lang: str) -> frozenset[str]:
    """The countries `text` (of `lang`) says without a name: its words of
    `places.IMPLIED_PLACES` and its compounds of short forms. Empty for most languages."""
    names = profile(lang).names
    out = {concept for word, concept in names.implied_places.items() if word in text}
    return frozenset(out | _compound_concepts(text, lang))
