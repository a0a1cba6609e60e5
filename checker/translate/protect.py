"""Keep names and approved terms intact through machine translation.

Before a sentence goes to an engine, every protected term (a source form with the
form it must have in the target language) is replaced by a placeholder that both
engines pass through untouched (an unknown all-capital token: Apertium copies
unknown words, a neural model mostly copies rare pieces). After translation each
placeholder is replaced by the term's target form. A placeholder the engine lost
is counted, so the caller can say so; the translation is still returned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.context import CheckContext

ProtectedTerm = tuple[str, str]  # (source_form, target_form)

_PREFIX = "ZXQ"
# Engines may change the case of a placeholder (sentence start) or split it into
# pieces with spaces ("ZXQ 0", "ZX Q0"): match all of those.
_PLACEHOLDER = re.compile(r"Z\s?X\s?Q\s?(\d+)", re.IGNORECASE)


@dataclass
class Masked:
    """A sentence with its protected terms replaced by placeholders."""

    text: str
    targets: list[str] = field(default_factory=list)  # placeholder n -> target form


def _term_pattern(terms: Sequence[ProtectedTerm]) -> re.Pattern | None:
    forms = sorted({s for s, _ in terms if s.strip()}, key=len, reverse=True)  # longest first
    if not forms:
        return None
    # A term is a whole word sequence: not inside a longer word.
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def protect(sentence: str, terms: Sequence[ProtectedTerm]) -> Masked:
    """Replace each protected source form in `sentence` by a numbered placeholder."""
    pattern = _term_pattern(terms)
    if pattern is None:
        return Masked(sentence)
    target_of = {}
    for source_form, target_form in terms:
        target_of.setdefault(source_form, target_form)
    targets: list[str] = []

    def replace(match: re.Match) -> str:
        targets.append(target_of[match.group(0)])
        return f"{_PREFIX}{len(targets) - 1}"

    return Masked(pattern.sub(replace, sentence), targets)


def restore(translated: str, masked: Masked) -> tuple[str, int]:
    """Put the target forms back; returns the text and how many placeholders were lost."""
    if not masked.targets:
        return translated, 0
    seen: set[int] = set()

    def replace(match: re.Match) -> str:
        number = int(match.group(1))
        if number >= len(masked.targets):
            return match.group(0)
        seen.add(number)
        return masked.targets[number]

    text = _PLACEHOLDER.sub(replace, translated)
    return text, len(masked.targets) - len(seen)


def protect_batch(
    sentences: Sequence[str], terms: Sequence[ProtectedTerm] | None
) -> list[Masked]:
    return [protect(s, terms or ()) for s in sentences]


def glossary_terms(source: str, target: str, context: CheckContext | None) -> list[ProtectedTerm]:
    """Protected terms from the glossaries of the run's `context`.

    A concept in both the source and the target glossary is protected: each of its
    preferred and allowed source terms maps to the target's preferred term. Without
    glossaries (`context` None or without them) nothing is protected.
    """
    if context is None:
        return []
    source_glossary, target_glossary = context.glossary_for(source), context.glossary_for(target)
    if source_glossary is None or target_glossary is None:
        return []
    terms: list[ProtectedTerm] = []
    for concept_id, concept in source_glossary.concepts.items():
        wanted = target_glossary.concepts.get(concept_id)
        if wanted is None or not wanted.preferred:
            continue
        for form in [concept.preferred, *concept.allowed]:
            if form:
                terms.append((form, wanted.preferred))
    return terms
