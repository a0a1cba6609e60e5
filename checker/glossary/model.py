"""Glossaries as data: one Glossary per language file, Concepts keyed by id, Terms by status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["preferred", "allowed", "forbidden"]
STATUSES: tuple[Status, ...] = ("preferred", "allowed", "forbidden")
COLUMNS = ("concept", "preferred", "allowed", "forbidden", "note")
VARIANT_SEPARATOR = "|"


@dataclass(frozen=True)
class Term:
    text: str
    status: Status


@dataclass
class Concept:
    """One concept in one language: its preferred term, allowed and forbidden variants."""

    id: str
    preferred: str
    allowed: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    note: str = ""
    line: int = 0  # where it stands in its file (0: not read from a file)

    @property
    def terms(self) -> list[Term]:
        return (
            [Term(self.preferred, "preferred")]
            + [Term(t, "allowed") for t in self.allowed]
            + [Term(t, "forbidden") for t in self.forbidden]
        )

    def same_entries(self, other: Concept) -> bool:
        return (self.id, self.preferred, self.allowed, self.forbidden, self.note) == (
            other.id,
            other.preferred,
            other.allowed,
            other.forbidden,
            other.note,
        )


@dataclass
class Glossary:
    """The glossary of one language desk: glossaries/<lang>.tsv."""

    lang: str
    concepts: dict[str, Concept] = field(default_factory=dict)
    path: str | None = None

    def sorted_concepts(self) -> list[Concept]:
        return sorted(self.concepts.values(), key=lambda c: c.id)
