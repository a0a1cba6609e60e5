"""BERT sentence-transformers folders run in numpy (`bert_numpy`): "e5" (the
multilingual-e5-small folder `convert_e5.py` builds; its 250,000-piece tokenizer read piece
by piece, `unigram_tokenizer`) and the packaged all-MiniLM-L6-v2 ("minilm"; its small
WordPiece tokenizer loaded whole by `tokenizers`). No torch, no transformers, and nothing
loaded until a text misses the embedding cache.

Their vectors are sentence-transformers' for the same folder (prompt, tokens, forward pass;
within 1e-4, tests/embed), so their version is the one the sentence-transformers embedder
gave the folder and vectors cached by either stay valid.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker.embed.cache import folder_fingerprint
from checker.errors import ModelError

if TYPE_CHECKING:
    import numpy as np


def default_prompt(folder: Path) -> str:
    """The prompt sentence-transformers puts before every text of this folder by default
    ("query: " for e5)."""
    try:
        settings = json.loads((folder / "config_sentence_transformers.json").read_text())
    except (OSError, ValueError):
        return ""
    name = settings.get("default_prompt_name")
    return (settings.get("prompts") or {}).get(name, "") if name else ""


def _max_length(folder: Path) -> int:
    try:
        return int(json.loads((folder / "sentence_bert_config.json").read_text())
                   ["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return 512


class _WholeTokenizer:
    """A small tokenizer.json loaded whole (WordPiece), cut as sentence-transformers cuts."""

    def __init__(self, path: Path, max_length: int) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(path))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length)

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        return [e.ids for e in self._tokenizer.encode_batch(list(texts))]


class NumpyBertEmbedder:
    """A BERT sentence-transformers folder (mean pooling, unit length), in numpy.
    `pieces`: read a unigram tokenizer's pieces from their compiled file (e5's 250,000)."""

    def __init__(self, folder: Path, name: str, *, languages: frozenset[str] | None = None,
                 pieces: bool = False, hint: str = "") -> None:
        self.folder = folder
        self.name = name
        self.languages = languages
        self.version = folder_fingerprint(folder)
        self.prompt = default_prompt(folder)
        self.pieces = pieces
        self.hint = hint
        self._encoder = None
        self._tokenizer = None

    def _load(self) -> None:
        from checker.embed.bert_numpy import BertEncoder
        from checker.embed.unigram_tokenizer import UnigramTokenizer

        try:
            self._encoder = BertEncoder(self.folder)
            kind = UnigramTokenizer if self.pieces else _WholeTokenizer
            self._tokenizer = kind(self.folder / "tokenizer.json", _max_length(self.folder))
        except Exception as exc:  # a broken folder: one clear error, whatever the reader raised
            raise ModelError(f"cannot load embedding model '{self.name}' from {self.folder}: "
                             f"{exc}{self.hint}") from exc

    @property
    def dimension(self) -> int:
        if self._encoder is None:
            self._load()
        return self._encoder.dimension

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        if self._encoder is None:
            self._load()
        if not texts:
            return np.zeros((0, self._encoder.dimension), dtype=np.float32)
        # sentence-transformers strips each text after putting the prompt before it
        ids = self._tokenizer.encode([(self.prompt + text).strip() for text in texts])
        from threadpoolctl import threadpool_limits

        # Small matrices: one BLAS thread does the work without spinning the others.
        with threadpool_limits(limits=1, user_api="blas"):
            return self._encoder.embed(ids)
