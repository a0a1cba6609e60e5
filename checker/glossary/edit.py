"""Changes to one language's glossary, applied under the lock by `store.update`."""

from __future__ import annotations

from checker.errors import CheckerError
from checker.glossary.model import VARIANT_SEPARATOR, Concept, Glossary
from checker.glossary.tsv import check_text


def _clean(term: str) -> str:
    term = check_text(term, "term")
    if VARIANT_SEPARATOR in term:
        raise CheckerError(f"term '{term}' contains '{VARIANT_SEPARATOR}', the variant separator")
    if not term:
        raise CheckerError("empty term")
    return term


def _append(values: list[str], new: list[str]) -> None:
    for term in new:
        if term not in values:
            values.append(term)


def add(
    glossary: Glossary,
    concept_id: str,
    preferred: str | None,
    allowed: list[str],
    forbidden: list[str],
    note: str | None,
) -> None:
    concept_id = check_text(concept_id, "concept id")
    if not concept_id or any(c.isspace() for c in concept_id):
        raise CheckerError(f"concept id '{concept_id}' must be one word (letters, digits, - _ :)")
    allowed = [_clean(t) for t in allowed]
    forbidden = [_clean(t) for t in forbidden]
    note = check_text(note, "note") if note is not None else None
    existing = glossary.concepts.get(concept_id)
    if existing is None:
        if not preferred:
            raise CheckerError(
                f"concept '{concept_id}' is new in {glossary.lang}: give --preferred"
            )
        existing = Concept(concept_id, _clean(preferred))
        glossary.concepts[concept_id] = existing
    elif preferred and _clean(preferred) != existing.preferred:
        new = _clean(preferred)
        _append(existing.allowed, [existing.preferred])  # the old preferred term stays allowed
        existing.allowed = [t for t in existing.allowed if t.casefold() != new.casefold()]
        existing.forbidden = [t for t in existing.forbidden if t.casefold() != new.casefold()]
        existing.preferred = new
    _append(existing.allowed, [t for t in allowed if t.casefold() != existing.preferred.casefold()])
    _append(existing.forbidden, forbidden)
    if note is not None:
        existing.note = note


def remove(glossary: Glossary, concept_id: str, terms: list[str]) -> None:
    existing = glossary.concepts.get(concept_id)
    if existing is None:
        raise CheckerError(f"no concept '{concept_id}' in the {glossary.lang} glossary")
    if not terms:
        del glossary.concepts[concept_id]
        return
    for term in terms:
        folded = term.casefold()
        if folded == existing.preferred.casefold():
            raise CheckerError(
                f"'{term}' is the preferred term of '{concept_id}': set another "
                f"preferred term first, or remove the concept"
            )
        before = len(existing.allowed) + len(existing.forbidden)
        existing.allowed = [t for t in existing.allowed if t.casefold() != folded]
        existing.forbidden = [t for t in existing.forbidden if t.casefold() != folded]
        if len(existing.allowed) + len(existing.forbidden) == before:
            raise CheckerError(f"'{term}' is not a variant of '{concept_id}' in {glossary.lang}")


def merge(glossary: Glossary, incoming: Glossary, replace: bool) -> None:
    """Imported concepts replace those with the same id; with `replace`, the whole file."""
    if replace:
        glossary.concepts.clear()
    for concept in incoming.concepts.values():
        glossary.concepts[concept.id] = Concept(
            concept.id,
            concept.preferred,
            list(concept.allowed),
            list(concept.forbidden),
            concept.note,
        )
