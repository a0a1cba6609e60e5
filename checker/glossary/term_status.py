"""How a version language's glossary rates the form a text writes a concept's name in
(`status_in_own_glossary`): a term as written, or inflected word by word with the term's
diacritics (`same_form`: "Prištini" is "Priština"; "Pristina" is not), in either script
of a language whose transliteration is lossless.
"""

from __future__ import annotations

from checker.glossary.lookup import surface_variants, term_tokens
from checker.glossary.model import Glossary
from checker.lang.profile import profile
from checker.scripts import in_cyrillic_block
from checker.translit import fold, stems, strip_affixes


def _script_form(text: str, lang: str) -> str:
    """The form in Latin letters with diacritics kept (Приштина -> priština): one glossary
    covers both scripts of a language whose transliteration is lossless (Serbian)."""
    code = profile(lang).names.cyrtranslit
    if code and in_cyrillic_block(text):
        import cyrtranslit

        text = cyrtranslit.to_latin(text, code)
    return " ".join(strip_affixes(w, lang) for w in text.split()).casefold()


def same_form(surface: str, term: str, lang: str) -> bool:
    """Is `surface` the glossary term `term`, maybe inflected word by word, with the term's
    diacritics? ("Prištini" is "Priština"; "Pristina" is not.)"""
    a, b = _script_form(surface, lang), _script_form(term, lang)
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for wa, wb in zip(words_a, words_b, strict=False):
        if wa == wb:
            continue
        ka, kb = term_tokens(wa, lang), term_tokens(wb, lang)
        if not ka or not kb or ka == kb:
            return False  # other words, or the same letters with other diacritics
        if not set(stems(ka[0], lang)) & set(stems(kb[0], lang)):
            return False
        variants_a, variants_b = surface_variants(wa, lang, True), surface_variants(wb, lang, True)
        if variants_a & variants_b:
            continue
        if not any(
            x[: max(3, min(len(x), len(y)) - 2)] == y[: max(3, min(len(x), len(y)) - 2)]
            for x in variants_a
            for y in variants_b
        ):
            return False  # the part before inflection endings differs
    return True


def status_in_own_glossary(
    glossary: Glossary | None, concept: str, surface: str, lang: str
) -> tuple[str, str] | None:
    """How the version language's glossary (`glossary`) rates `surface` for `concept`:
    ("preferred"|"allowed"|"forbidden"|"other", preferred term), or None when that glossary
    does not have the concept."""
    if glossary is None or concept not in glossary.concepts:
        return None
    entry = glossary.concepts[concept]
    exact = [
        t.status for t in entry.terms if _script_form(surface, lang) == _script_form(t.text, lang)
    ]
    if not exact and surface.isupper():  # capitals drop accents (Greek always: ΟΣΛΟ, Όσλο)
        exact = [t.status for t in entry.terms
                 if fold(_script_form(surface, lang)) == fold(_script_form(t.text, lang))]
    # An inflected form may fit a forbidden and an accepted term alike ("Kosovu": "Kosovo"
    # and "Kosova"): it is forbidden only when it fits forbidden terms alone.
    found = exact or [t.status for t in entry.terms if same_form(surface, t.text, lang)]
    if found and all(status == "forbidden" for status in found):
        return "forbidden", entry.preferred
    if found:
        return next(s for s in found if s != "forbidden"), entry.preferred
    return "other", entry.preferred
