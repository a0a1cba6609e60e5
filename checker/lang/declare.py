"""How a language-profile field is declared: the data name it is read from, what it means,
and where its value comes from when a language does not set it (see
`checker/lang/profile.py`)."""

from __future__ import annotations

from typing import Any


def about(source: str | None, doc: str, *, derived: str | None = None) -> dict[str, Any]:
    """A field's metadata: the data name it is read from ("lex_attrs.NUMBER_WORDS", None for a
    group of fields), what it means, and where its value comes from when the language's folder
    does not set it (`derived`; the default otherwise)."""
    return {"source": source, "doc": doc, "derived": derived}


# Empty defaults, shared: they are immutable.
TUPLE: tuple[str, ...] = ()
SET: frozenset[str] = frozenset()
