"""Embeddings kept on disk, keyed by model, model version and text.

The entries live in checker's one key-value cache (`checker.cache`, namespace
"embedding"), in the checker cache folder: $CHECKER_CACHE_DIR if set, else the user
cache dir (platformdirs; on Linux $XDG_CACHE_HOME/checker or ~/.cache/checker).
A cache that cannot be opened or written is skipped: it only ever saves time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from checker.cache import KeyValueCache
from checker.embed import Embedder
from checker.paths import cache_dir

__all__ = ["CachedEmbedder", "EmbeddingCache", "cache_dir", "folder_fingerprint"]

NAMESPACE = "embedding"


def folder_fingerprint(folder: Path) -> str:
    """Part of a local model's cache key: changes when its files change (names,
    sizes and modification times)."""
    digest = hashlib.sha1()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.relative_to(folder)}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    return digest.hexdigest()[:12]


class EmbeddingCache:
    """float32 vectors by (model key, text)."""

    def __init__(self, path: Path | None = None) -> None:
        self.store = KeyValueCache(NAMESPACE, path)

    @property
    def path(self) -> Path:
        return self.store.path

    def get(self, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        keys = {f"{model}\x1f{t}": t for t in texts}
        found = self.store.get_many(list(keys))
        return {keys[key]: np.frombuffer(blob, dtype=np.float32) for key, blob in found.items()}

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        self.store.put_many([(f"{model}\x1f{t}", np.ascontiguousarray(v, dtype=np.float32)
                              .tobytes()) for t, v in zip(texts, vectors, strict=False)])


class CachedEmbedder:
    """An embedder that encodes each distinct text once, ever: duplicates in a
    call are encoded once, and vectors seen before come from the disk cache."""

    def __init__(self, inner: Embedder, cache: EmbeddingCache | None = None) -> None:
        self.inner = inner
        self.cache = cache or EmbeddingCache()

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def version(self) -> str:
        return self.inner.version

    @property
    def languages(self) -> frozenset[str] | None:
        return self.inner.languages

    def _model_key(self) -> str:
        return f"{self.inner.name}@{self.inner.version}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return self.inner.encode(texts)
        model = self._model_key()
        distinct = list(dict.fromkeys(texts))
        known = self.cache.get(model, distinct)
        missing = [t for t in distinct if t not in known]
        if missing:
            fresh = self.inner.encode(missing)
            self.cache.put(model, missing, fresh)
            known.update(zip(missing, fresh, strict=False))
        return np.stack([known[t] for t in texts]).astype(np.float32, copy=False)
