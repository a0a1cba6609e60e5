"""checker's one on-disk key-value cache: namespaces, several processes at once, and a
file that is not a database (the work goes on without the cache)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from checker.cache import CACHE_FILE, KeyValueCache
from checker.embed.cache import EmbeddingCache
from checker.translate.base import ModelInfo
from checker.translate.cache import TranslationCache

ROOT = Path(__file__).resolve().parents[1]
MODEL = ModelInfo("argos", "translate-de_en", "1.0", "a")

# A writer process: many small transactions, so two writers really interleave.
_WRITER = """
import sys
from pathlib import Path
from checker.cache import KeyValueCache
cache = KeyValueCache("test", Path(sys.argv[1]))
prefix = sys.argv[2]
for batch in range(40):
    cache.put_many([(f"{prefix}{batch}-{i}", f"{prefix}{batch}-{i}".encode()) for i in range(10)]
                   + [(f"shared-{batch}", b"same value")])
assert cache.disabled_reason is None, cache.disabled_reason
print(cache.count())
"""


def test_values_come_back_by_key_within_their_namespace(tmp_path):
    path = tmp_path / CACHE_FILE
    one, other = KeyValueCache("one", path), KeyValueCache("other", path)
    one.put_many([("a", b"1"), ("b", b"2")])
    other.put_many([("a", b"elsewhere")])
    assert one.get_many(["a", "b", "c"]) == {"a": b"1", "b": b"2"}
    assert KeyValueCache("other", path).get_many(["a", "b"]) == {"a": b"elsewhere"}
    assert (one.count(), other.count()) == (2, 1)
    one.clear()
    assert (one.count(), other.count()) == (0, 1)


def test_translations_and_embeddings_share_the_one_file_in_the_cache_folder(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path / "folder"))
    translations, embeddings = TranslationCache(), EmbeddingCache()
    assert translations.path == embeddings.path == tmp_path / "folder" / CACHE_FILE
    translations.put_many(MODEL, "de", "en", [("Hallo", "Hello")])
    vector = np.arange(4, dtype=np.float32)
    embeddings.put("model@1", ["Hallo"], vector[None, :])
    assert TranslationCache().get_many(MODEL, "de", "en", ["Hallo"]) == {"Hallo": "Hello"}
    assert np.array_equal(EmbeddingCache().get("model@1", ["Hallo"])["Hallo"], vector)
    assert EmbeddingCache().get("model@2", ["Hallo"]) == {}
    assert translations.count() == 1  # the embedding is not counted as a translation


def test_two_processes_write_the_same_file_at_once(tmp_path):
    path = tmp_path / CACHE_FILE
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), prefix], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for prefix in ("p", "q")]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert int(out) >= 40 * 10 + 40  # its own entries at least, none lost
    cache = KeyValueCache("test", path)
    assert cache.count() == 2 * 40 * 10 + 40
    assert cache.get_many(["p39-9", "q0-0", "shared-7"]) == {
        "p39-9": b"p39-9", "q0-0": b"q0-0", "shared-7": b"same value"}


def test_a_file_that_is_not_a_database_disables_the_cache_without_error(tmp_path):
    path = tmp_path / CACHE_FILE
    path.write_bytes(b"this is not an SQLite database, whatever its name says\n" * 100)
    cache = KeyValueCache("translation", path)
    assert cache.get_many(["a"]) == {}
    cache.put_many([("a", b"1")])  # neither raises nor writes
    assert cache.count() == 0
    assert cache.disabled_reason.startswith(f"translation cache unavailable ({path})")
    assert path.read_bytes().startswith(b"this is not an SQLite database")


def test_a_folder_that_is_a_file_disables_the_cache_without_error(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    cache = EmbeddingCache(blocker / CACHE_FILE)
    cache.put("model@1", ["x"], np.ones((1, 3), dtype=np.float32))
    assert cache.get("model@1", ["x"]) == {}
    assert "unavailable" in cache.store.disabled_reason
