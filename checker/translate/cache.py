"""Translations kept on disk, so a re-run on unchanged text translates nothing.

One SQLite file under the user cache directory (platformdirs, which follows
XDG_CACHE_HOME), or under CHECKER_CACHE_DIR when set. A row is keyed by engine,
model, model version, language pair and the exact sentence sent to the engine,
so a new model version or a changed sentence is translated afresh.
A cache that cannot be opened (read-only home, locked file) is not an error:
translation goes on without it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from checker.paths import cache_dir
from checker.translate.base import ModelInfo

CACHE_FILE = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translation (
    key TEXT PRIMARY KEY,
    engine TEXT NOT NULL,
    model TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    sentence TEXT NOT NULL,
    translation TEXT NOT NULL
)
"""


def _key(model: ModelInfo, source: str, target: str, sentence: str) -> str:
    # A hash keeps the primary key short; the columns keep the row readable.
    parts = (model.engine, model.model, model.version, model.fingerprint, source, target, sentence)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class TranslationCache:
    """Look-ups and stores by batch; one connection, opened on first use."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / CACHE_FILE
        self._connection: sqlite3.Connection | None = None
        self.disabled_reason: str | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self.disabled_reason is not None:
            return self._connection
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=10)
            connection.execute("PRAGMA journal_mode=WAL")  # concurrent readers while one writes
            # A cache may lose its last entries on power loss, never get corrupted: no fsync
            # on every commit (WAL + NORMAL stays consistent).
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(_SCHEMA)
            connection.commit()
        except (OSError, sqlite3.Error) as exc:
            self.disabled_reason = f"translation cache unavailable ({self.path}): {exc}"
            return None
        self._connection = connection
        return connection

    def get_many(
        self, model: ModelInfo, source: str, target: str, sentences: Sequence[str]
    ) -> dict[str, str]:
        """The cached translations among `sentences`, sentence -> translation."""
        connection = self._connect()
        if connection is None or not sentences:
            return {}
        keys = {_key(model, source, target, s): s for s in set(sentences)}
        found: dict[str, str] = {}
        key_list = list(keys)
        try:
            for start in range(0, len(key_list), 500):  # SQLite's bound-parameter limit
                chunk = key_list[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT key, translation FROM translation WHERE key IN ({marks})", chunk
                )
                for key, translation in rows:
                    found[keys[key]] = translation
        except sqlite3.Error as exc:
            self.disabled_reason = f"translation cache unreadable ({self.path}): {exc}"
            return {}
        return found

    def put_many(
        self, model: ModelInfo, source: str, target: str, pairs: Sequence[tuple[str, str]]
    ) -> None:
        """Store (sentence, translation) pairs; a failure to write only loses the cache."""
        connection = self._connect()
        if connection is None or not pairs:
            return
        rows = [
            (_key(model, source, target, s), model.engine, model.model, model.version,
             source, target, s, t)
            for s, t in pairs
        ]
        try:
            with connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO translation VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
                )
        except sqlite3.Error as exc:
            self.disabled_reason = f"translation cache not writable ({self.path}): {exc}"

    def count(self) -> int:
        connection = self._connect()
        if connection is None:
            return 0
        return connection.execute("SELECT COUNT(*) FROM translation").fetchone()[0]

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class NoCache(TranslationCache):
    """A cache that keeps nothing: for --no-cache and for measuring cold speed."""

    def __init__(self) -> None:
        super().__init__(Path(os.devnull))
        self.disabled_reason = "cache disabled"
