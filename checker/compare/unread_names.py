"""`entity.unread`: a document whose language's names the checker cannot read at all.

Names are read by their capitals, or, in a script without capitals, as the names CLDR
and the glossaries give the language (territories, cities: checker/facts/name_terms.py,
checker/facts/glued_names.py). A language in a script without capitals for which CLDR has
no such names (Dhivehi; a language CLDR does not know) has no name read: every name of the
other side would go unreported, a changed one as a missing one. Said once per document,
with the claim that holds its first sentence, so that silence is not taken for agreement.
"""

from __future__ import annotations

from functools import lru_cache

from checker.compare.base import AlignedClaim, ComparisonContext, side
from checker.glossary.lookup import cldr_index
from checker.lang.profile import profile
from checker.model import Finding
from checker.rules import make_finding

# Share of a text's letters without case over which its script is taken for one without
# capitals, whatever the language's profile says (a language CLDR does not know)
_CASELESS_SHARE = 0.5
# Territories CLDR must name in the language for its names to be read
MIN_TERRITORIES = 20


def names_unread(claim: AlignedClaim, context: ComparisonContext) -> list[Finding]:
    """`entity.unread` for the reference and the version, once each (`unread_language`)."""
    out = []
    for document, sentences, is_reference in (
        (context.reference, claim.reference, True),
        (context.version, claim.version, False),
    ):
        first = next((s for s in sentences if s.index == 0), None)
        if first is None or not unread_language(document.lang, first.text):
            continue
        out.append(make_finding(
            "entity.unread",
            f"names are not read in {document.lang}: no capitals, and no CLDR names",
            side(document, first, None, context.reference_translations) if is_reference
            else None,
            side(document, first, None, context.translations) if not is_reference else None,
            context.version.path,
        ))
    return out


def unread_language(lang: str, text: str) -> bool:
    """Are names of `lang` read as nothing: a script without capitals (the profile's, or
    most letters of `text`) and no territory names of CLDR in the language?"""
    if profile(lang).writing.cased and not _caseless_text(text):
        return False
    return not _has_cldr_names(lang)


def _caseless_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    caseless = sum(c.lower() == c.upper() for c in letters)
    return caseless > _CASELESS_SHARE * len(letters)


@lru_cache(maxsize=64)
def _has_cldr_names(lang: str) -> bool:
    """CLDR names `MIN_TERRITORIES` territories or more in the language (Dhivehi's names
    only its own country)."""
    named = {e.concept for e in cldr_index(lang).entries
             if e.status == "cldr" and e.concept.startswith("cldr:")}
    return len(named) >= MIN_TERRITORIES
