"""Embeddings kept on disk, keyed by model, model version and text.

One SQLite file, `embeddings.sqlite`, in the checker cache folder:
$CHECKER_CACHE_DIR if set, else the user cache dir (platformdirs; on Linux
$XDG_CACHE_HOME/checker or ~/.cache/checker). A cache that cannot be opened or
written is skipped: it only ever saves time.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from checker.embed import Embedder
from checker.paths import cache_dir

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_sha1 TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_sha1)
) WITHOUT ROWID
"""
_CHUNK = 500  # SQLite's default limit on bound parameters is 999


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """float32 vectors by (model key, text)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / "embeddings.sqlite"
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
                self._db = db
            except (OSError, sqlite3.Error):
                self._broken = True  # read-only home, full disk...: run without a cache
        return self._db

    def get(self, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        db = self._connect()
        if db is None:
            return {}
        keys = {_text_key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        key_list = list(keys)
        try:
            for start in range(0, len(key_list), _CHUNK):
                chunk = key_list[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    "SELECT text_sha1, vector FROM embeddings"
                    f" WHERE model = ? AND text_sha1 IN ({marks})",
                    [model, *chunk],
                )
                for key, blob in rows:
                    found[keys[key]] = np.frombuffer(blob, dtype=np.float32)
        except sqlite3.Error:
            return {}
        return found

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        db = self._connect()
        if db is None:
            return
        rows = [(model, _text_key(t), np.ascontiguousarray(v, dtype=np.float32).tobytes())
                for t, v in zip(texts, vectors, strict=False)]
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            pass  # a cache that cannot be written only costs time


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
