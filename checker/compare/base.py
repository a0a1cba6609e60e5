"""What every category's comparer receives, and how it cites a sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.context import CheckContext
from checker.model import Document, Fact, Sentence, Side

FactAt = tuple[Fact, Sentence]  # a fact and the sentence it was read in

# A bead scoring at least this (on the alignment's 0-1 evidence scale) pairs two
# sentences that say the same thing; below it they may only share words.
CONFIDENT = 0.45


@dataclass(slots=True)
class AlignedClaim:
    """The reference and version sentences of one alignment bead, with their facts."""

    reference: list[Sentence]
    version: list[Sentence]
    reference_facts: list[Fact]
    version_facts: list[Fact]
    # Which sentence each fact came from, parallel to the fact lists.
    reference_fact_sentence: list[Sentence]
    version_fact_sentence: list[Sentence]
    # How sure the alignment is that both sides say the same thing (the bead's score);
    # below `CONFIDENT` a claim's `changed` findings are warnings, never errors.
    confidence: float = 1.0
    # Held in place by at least one in-order neighbouring bead (`compare.anchored`).
    anchored: bool = False

    @property
    def certain(self) -> bool:
        return self.confidence >= CONFIDENT


@dataclass
class ComparisonContext:
    """The two documents compared, their translations, and the run's context (glossaries,
    name indexes); a context built without one has no glossaries (CLDR names only)."""

    reference: Document
    version: Document
    translations: dict[int, str] | None = None  # version sentence index -> pivot text
    reference_translations: dict[int, str] | None = None
    run: CheckContext = field(default_factory=CheckContext)


def side(
    document: Document,
    sentence: Sentence,
    fact: Fact | None,
    translations: dict[int, str] | None = None,
) -> Side:
    """One side of a finding: the sentence, and the fact in it when there is one."""
    return Side(
        path=document.path,
        lang=document.lang,
        sentence=sentence.index + 1,
        text=sentence.text,
        line=sentence.line,
        column=sentence.column + (fact.start if fact else 0),
        fact=fact.text if fact else None,
        value=_json_value(fact.value) if fact else None,
        translation=(translations or {}).get(sentence.index),
    )


def _json_value(value):
    if isinstance(value, tuple):
        return list(value)
    return value
