"""How a language-profile field is declared: the data name it is read from, what it means,
and the legacy names it replaces (see `checker/lang/profile.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Relation = Literal["same", "negated", "merged", "derived"]


@dataclass(frozen=True)
class Legacy:
    """A data name a field replaces, still read by some reader until it moves to the profile.

    relation: "same" (the field's value under another name), "negated" (a bool meaning the
    opposite), "merged" (one of several lists the field unites), "derived" (a value the
    reader computes from the field)."""

    name: str  # "names.NO_WORD_SPACES"
    relation: Relation


def about(
    source: str | None, doc: str, *legacy: Legacy, derived: str | None = None
) -> dict[str, Any]:
    """A field's metadata: the data name it is read from ("lex_attrs.NUMBER_WORDS", None for a
    group of fields), what it means, the legacy names it replaces, and where its value comes
    from when the language's folder does not set it (`derived`; the default otherwise)."""
    return {"source": source, "doc": doc, "legacy": legacy, "derived": derived}


# Empty defaults, shared: they are immutable.
TUPLE: tuple[str, ...] = ()
SET: frozenset[str] = frozenset()
