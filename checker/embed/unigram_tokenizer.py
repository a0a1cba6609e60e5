"""multilingual-e5's tokenizer (XLM-R's SentencePiece unigram model) without loading its
250,000 pieces.

`tokenizers.Tokenizer.from_file` on e5's tokenizer.json takes about 0.8 s of CPU and 300 MB
to build a trie of every piece, to tokenise the handful of sentences a check embeds. Here
the pieces are compiled once into an indexed SQLite file (piece -> id, score) beside the
model, with the rest of the tokenizer (normaliser, pre-tokeniser, special tokens) kept as
the JSON it was. To tokenise some texts, the pieces that occur in them (every substring of
their words, looked up) make a small unigram model that the same `tokenizers` library runs:
the unigram model picks the best segmentation of a word among pieces that are substrings of
it, so a model holding exactly those pieces, with their scores, segments it the same way.
Two things keep it exactly the same: the first four pieces keep their ids (the special
tokens the library adds by id), and the vocabulary's lowest score is kept (it sets the
score of an unknown character). Ids are mapped back to the full vocabulary's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from checker.atomic import sqlite_built

FORMAT = "v2"
_CHUNK = 500  # SQLite's default limit on bound parameters is 999
_SPECIALS = 4  # <s> <pad> </s> <unk>: ids 0-3 in the vocabulary and in the small models
_SCHEMA = ("CREATE TABLE piece (text TEXT PRIMARY KEY, id INTEGER NOT NULL, "
           "score REAL NOT NULL) WITHOUT ROWID",
           "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")


def store_path(tokenizer_json: Path) -> Path:
    """The compiled file of a tokenizer.json, named by its size and modification time
    (a rebuilt model gets a new file), in a folder beside the model's (the model folder's
    own files make the embedding cache's version and stay as they are)."""
    stat = tokenizer_json.stat()
    folder = tokenizer_json.parent
    return (folder.parent / f"{folder.name}.tokenizer"
            / f"pieces-{FORMAT}-{stat.st_size}-{stat.st_mtime_ns}.sqlite3")


def build(tokenizer_json: Path, target: Path) -> None:
    """Compile the pieces of a unigram tokenizer.json into `target` (written to a temporary
    file, renamed into place: two processes building at once both succeed)."""
    spec = json.loads(tokenizer_json.read_text(encoding="utf-8"))
    model = spec["model"]
    if model.get("type") != "Unigram" or model.get("byte_fallback"):
        raise ValueError(f"{tokenizer_json}: not a unigram tokenizer without byte fallback")
    vocab = model["vocab"]
    lowest = min(range(len(vocab)), key=lambda i: (vocab[i][1], i))
    base = {**spec, "model": {**model, "vocab": vocab[:_SPECIALS]}}
    added = sorted({int(t["id"]) for t in spec.get("added_tokens", ())} | set(range(_SPECIALS)))
    meta = {"added": json.dumps(added), "base": json.dumps(base, ensure_ascii=False),
            "size": str(len(vocab)),
            "longest": str(max(len(p) for p, _ in vocab)), "lowest": str(lowest),
            "unk_id": str(model.get("unk_id", 3))}
    with sqlite_built(target, ".pieces.") as connection:
        connection.execute("PRAGMA journal_mode=OFF")
        for statement in _SCHEMA:
            connection.execute(statement)
        connection.executemany("INSERT INTO piece VALUES (?, ?, ?)",
                               ((p, i, s) for i, (p, s) in enumerate(vocab)))
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        connection.commit()


class UnigramTokenizer:
    """Token ids of texts, as `tokenizers` gives them with the whole tokenizer.json
    (special tokens around each text, at most `max_length` ids)."""

    def __init__(self, tokenizer_json: Path, max_length: int = 512) -> None:
        from tokenizers import Tokenizer

        self.max_length = max_length
        path = store_path(tokenizer_json)
        if not path.exists():
            build(tokenizer_json, path)
        # Read-only and immutable once in place: no locks.
        self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        meta = dict(self._db.execute("SELECT key, value FROM meta"))
        self._longest = int(meta["longest"])
        self._unk_id = int(meta["unk_id"])
        self._specials = self._pieces_by_id(range(_SPECIALS))
        # Added tokens ("<mask>") are found by the library by their text in the model.
        self._added = self._pieces_by_id(i for i in json.loads(meta["added"]) if i >= _SPECIALS)
        self._lowest = self._pieces_by_id([int(meta["lowest"])])[0]
        self._base = Tokenizer.from_str(meta["base"])
        self._base.no_truncation()
        self._base.no_padding()

    def _pieces_by_id(self, ids) -> list[tuple[str, int, float]]:
        out = []
        for i in ids:
            row = self._db.execute("SELECT text, id, score FROM piece WHERE id = ?", (i,))
            out.append(tuple(row.fetchone()))
        return out

    def _candidates(self, texts: Sequence[str]) -> set[str]:
        """Every substring (up to the longest piece) of every word of the texts, with and
        without the word-start mark: the only pieces a segmentation can use."""
        base = self._base
        out: set[str] = set()
        for text in texts:
            normal = base.normalizer.normalize_str(text) if base.normalizer else text
            for word, _ in base.pre_tokenizer.pre_tokenize_str(normal):
                for start in range(len(word)):
                    for end in range(start + 1, min(len(word), start + self._longest) + 1):
                        out.add(word[start:end])
        return out | {"\u2581" + c for c in out if len(c) < self._longest}

    def _pieces(self, candidates: set[str]) -> list[tuple[str, int, float]]:
        found: list[tuple[str, int, float]] = []
        items = sorted(candidates)
        for at in range(0, len(items), _CHUNK):
            chunk = items[at : at + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.extend(self._db.execute(
                f"SELECT text, id, score FROM piece WHERE text IN ({marks})", chunk))
        special = {i for _, i, _ in self._specials + self._added}
        found = [row for row in found if row[1] not in special]
        return sorted(found, key=lambda row: row[1])

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """The ids of each text: <s>, its pieces (cut at `max_length` - 2), </s>."""
        from tokenizers import models

        if not texts:
            return []
        pieces = self._pieces(self._candidates(texts))
        if all(p[1] != self._lowest[1] for p in pieces):
            pieces.append(self._lowest)
        rows = self._specials + self._added + pieces
        vocab = [(text, score) for text, _, score in rows]
        to_full = [i for _, i, _ in rows]
        self._base.model = models.Unigram(vocab, self._unk_id, False)
        bos, eos = self._specials[0][1], self._specials[2][1]
        out = []
        for encoding in self._base.encode_batch(list(texts), add_special_tokens=False):
            ids = [to_full[i] for i in encoding.ids]
            out.append([bos, *ids[: self.max_length - 2], eos])
        return out
