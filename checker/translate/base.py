"""What every translation engine offers, and the small records translation returns.

An engine is like one of sacrebleu's metrics: a name, a version, and a few methods.
It translates one batch of already-split sentences for one language pair; caching,
pivoting through a third language and glossary protection are done around it
(`checker.translate.registry`), so an engine stays a thin adapter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class ModelInfo:
    """Which engine and model translate one language pair, and their version.

    `version` is what the cache keys on: when a model is replaced by another
    version, its old translations are no longer used.
    """

    engine: str
    model: str
    version: str
    # What else identifies the exact files (sizes, dates): part of the cache key only,
    # so a model rebuilt under the same version number is not served stale translations.
    fingerprint: str = ""

    def to_dict(self) -> dict:
        return {"engine": self.engine, "model": self.model, "version": self.version}


@runtime_checkable
class Engine(Protocol):
    """An offline machine-translation engine."""

    name: str

    @property
    def version(self) -> str:
        """The engine's own version (the software, not a model)."""

    def can_translate(self, source: str, target: str) -> bool:
        """Whether a model for this pair (BCP 47 tags) is installed; never loads it."""

    def model_info(self, source: str, target: str) -> ModelInfo:
        """The model that translates this pair; raises ModelError when there is none."""

    def translate_batch(self, sentences: list[str], source: str, target: str) -> list[str]:
        """One translation per sentence, in order. Raises ModelError when it cannot."""


@dataclass
class TranslationStats:
    """How much work a translation did: sentences sent to an engine vs found in the cache."""

    translated: int = 0
    cached: int = 0
    protected_terms: int = 0  # glossary terms masked before translation
    protected_lost: int = 0  # of those, how many the engine dropped (restored as best could)

    def add(self, other: TranslationStats) -> None:
        self.translated += other.translated
        self.cached += other.cached
        self.protected_terms += other.protected_terms
        self.protected_lost += other.protected_lost

    def to_dict(self) -> dict:
        return {
            "translated": self.translated,
            "cached": self.cached,
            "protected_terms": self.protected_terms,
            "protected_lost": self.protected_lost,
        }


@dataclass
class Translation:
    """Sentences translated from `source` to `target`, with the route that did it."""

    source: str
    target: str
    texts: list[str]
    steps: list[ModelInfo] = field(default_factory=list)  # one per hop; two when pivoting
    stats: TranslationStats = field(default_factory=TranslationStats)
    notes: list[str] = field(default_factory=list)  # e.g. an engine that failed, and the fallback

    @property
    def info(self) -> dict:
        """What the report records: engine, model and version (joined with '+' when pivoting)."""
        if not self.steps:
            return {"engine": None, "model": None, "version": None}
        if len(self.steps) == 1:
            return self.steps[0].to_dict()
        return {
            "engine": "+".join(step.engine for step in self.steps),
            "model": "+".join(step.model for step in self.steps),
            "version": "+".join(step.version for step in self.steps),
            "via": [step.to_dict() for step in self.steps],
        }
