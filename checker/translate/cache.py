"""Translations kept on disk, so a re-run on unchanged text translates nothing.

The entries live in checker's one key-value cache (`checker.cache`, namespace
"translation"). An entry is keyed by engine, model, model version and fingerprint,
language pair and the exact sentence sent to the engine, so a new model version or a
changed sentence is translated afresh. A cache that cannot be opened (read-only home,
locked file) is not an error: translation goes on without it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from checker.cache import CACHE_FILE, KeyValueCache
from checker.paths import cache_dir
from checker.translate.base import ModelInfo

__all__ = ["CACHE_FILE", "NoCache", "TranslationCache", "cache_dir"]

NAMESPACE = "translation"


def _key(model: ModelInfo, source: str, target: str, sentence: str) -> str:
    parts = (model.engine, model.model, model.version, model.fingerprint, source, target, sentence)
    return "\x1f".join(parts)


class TranslationCache:
    """Look-ups and stores by batch of sentences for one model and language pair."""

    def __init__(self, path: Path | None = None, disabled_reason: str | None = None) -> None:
        self.store = KeyValueCache(NAMESPACE, path, disabled_reason)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def disabled_reason(self) -> str | None:
        """Why nothing is read or written (None: the cache works)."""
        return self.store.disabled_reason

    def get_many(
        self, model: ModelInfo, source: str, target: str, sentences: Sequence[str]
    ) -> dict[str, str]:
        """The cached translations among `sentences`, sentence -> translation."""
        keys = {_key(model, source, target, s): s for s in set(sentences)}
        found = self.store.get_many(list(keys))
        return {keys[key]: value.decode("utf-8") for key, value in found.items()}

    def put_many(
        self, model: ModelInfo, source: str, target: str, pairs: Sequence[tuple[str, str]]
    ) -> None:
        """Store (sentence, translation) pairs; a failure to write only loses the cache."""
        self.store.put_many([(_key(model, source, target, s), t.encode("utf-8"))
                             for s, t in pairs])

    def count(self) -> int:
        return self.store.count()

    def clear(self) -> None:
        self.store.clear()

    def close(self) -> None:
        self.store.close()


class NoCache(TranslationCache):
    """A cache that keeps nothing: for --no-cache and for measuring cold speed."""

    def __init__(self) -> None:
        super().__init__(Path(os.devnull), disabled_reason="cache disabled")
