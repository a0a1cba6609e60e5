"""One on-disk key-value cache for what checker computes once and reuses: machine
translations (`checker.translate.cache`) and sentence embeddings (`checker.embed.cache`).

One SQLite file, `cache.sqlite3`, in the checker cache folder (`checker.paths.cache_dir`:
$CHECKER_CACHE_DIR if set, else the user cache dir, which follows XDG_CACHE_HOME).
Each user of the cache has a namespace of its own. A key is a string naming everything
the value depends on (engine, model, version, language pair and sentence for a
translation; model and text for an embedding), so a new model version or a changed
text is computed afresh; the file keeps the key's SHA-256, the value as bytes.

A cache only saves time: one that cannot be opened, read or written (read-only home,
a file where the folder should be, a file that is not a database, a lock held too
long) is not an error. The work goes on without it and `disabled_reason` says why.
Several processes may use the file at once (`--jobs`): WAL lets readers run while
one writes, and a writer waits up to `TIMEOUT_SECONDS` for another.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from checker.paths import cache_dir

CACHE_FILE = "cache.sqlite3"
TIMEOUT_SECONDS = 10
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (namespace, key)
) WITHOUT ROWID
"""
_CHUNK = 500  # SQLite's default limit on bound parameters is 999


def _open_with_retry(path: Path) -> sqlite3.Connection:
    """Open the file and set it up (WAL, schema). Two processes opening a new file at once
    can meet "database is locked" while one switches the journal mode: SQLite answers that
    at once, without waiting for the busy timeout, so the set-up is tried again until
    `TIMEOUT_SECONDS` have passed."""
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while True:
        connection = sqlite3.connect(path, timeout=TIMEOUT_SECONDS)
        try:
            connection.execute("PRAGMA journal_mode=WAL")  # concurrent readers while one writes
            # A cache may lose its last entries on power loss, never get corrupted: no fsync
            # on every commit (WAL + NORMAL stays consistent).
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(_SCHEMA)
            connection.commit()
            return connection
        except sqlite3.OperationalError as exc:
            connection.close()
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
        except BaseException:
            connection.close()
            raise


def hashed_key(key: str) -> str:
    """What the file stores for a key: short, fixed length, whatever the text."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyValueCache:
    """Bytes by string key within one namespace; one connection, opened on first use."""

    def __init__(self, namespace: str, path: Path | None = None,
                 disabled_reason: str | None = None) -> None:
        self.namespace = namespace
        self.path = path or cache_dir() / CACHE_FILE
        self._connection: sqlite3.Connection | None = None
        self.disabled_reason = disabled_reason

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self.disabled_reason is not None:
            return self._connection
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = _open_with_retry(self.path)
        except (OSError, sqlite3.Error) as exc:
            self.disabled_reason = f"{self.namespace} cache unavailable ({self.path}): {exc}"
            return None
        self._connection = connection
        return connection

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The cached values among `keys`, key -> value (a key not cached is left out)."""
        connection = self._connect()
        if connection is None or not keys:
            return {}
        by_hash = {hashed_key(k): k for k in set(keys)}
        hashes = list(by_hash)
        found: dict[str, bytes] = {}
        try:
            for start in range(0, len(hashes), _CHUNK):
                chunk = hashes[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    f"SELECT key, value FROM entry WHERE namespace = ? AND key IN ({marks})",
                    [self.namespace, *chunk],
                )
                for hashed, value in rows:
                    found[by_hash[hashed]] = bytes(value)
        except sqlite3.Error as exc:
            self.disabled_reason = f"{self.namespace} cache unreadable ({self.path}): {exc}"
            return {}
        return found

    def put_many(self, items: Sequence[tuple[str, bytes]]) -> None:
        """Store (key, value) pairs in one transaction; a failure only loses the cache."""
        connection = self._connect()
        if connection is None or not items:
            return
        rows = [(self.namespace, hashed_key(key), value) for key, value in items]
        try:
            with connection:
                connection.executemany("INSERT OR REPLACE INTO entry VALUES (?, ?, ?)", rows)
        except sqlite3.Error as exc:
            self.disabled_reason = f"{self.namespace} cache not writable ({self.path}): {exc}"

    def count(self) -> int:
        """How many entries this namespace holds."""
        connection = self._connect()
        if connection is None:
            return 0
        query = "SELECT COUNT(*) FROM entry WHERE namespace = ?"
        return connection.execute(query, [self.namespace]).fetchone()[0]

    def clear(self) -> None:
        """Forget every entry of this namespace (the other namespaces are kept)."""
        connection = self._connect()
        if connection is None:
            return
        with connection:
            connection.execute("DELETE FROM entry WHERE namespace = ?", [self.namespace])

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
