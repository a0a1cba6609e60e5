"""The "e5" embedder: multilingual-e5-small (the folder `convert_e5.py` builds) run in numpy
(`bert_numpy`) with its tokenizer read piece by piece (`unigram_tokenizer`): no torch, no
transformers, and nothing loaded until a text misses the embedding cache.

Its vectors are sentence-transformers' for the same folder (prompt, tokens, forward pass;
equal to about 1e-6, tests/embed/test_e5.py), so its version is the one the
sentence-transformers embedder gave the folder and vectors cached by either stay valid.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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


class E5Embedder:
    """multilingual-e5-small from its sentence-transformers folder, in numpy."""

    def __init__(self, folder: Path) -> None:
        from checker.embed.sentence_transformers import _folder_fingerprint

        self.folder = folder
        self.name = "e5"
        self.languages: frozenset[str] | None = None
        self.version = _folder_fingerprint(folder)
        self.prompt = default_prompt(folder)
        self._encoder = None
        self._tokenizer = None

    def _load(self) -> None:
        from checker.embed.bert_numpy import BertEncoder
        from checker.embed.unigram_tokenizer import UnigramTokenizer

        try:
            self._encoder = BertEncoder(self.folder)
            self._tokenizer = UnigramTokenizer(self.folder / "tokenizer.json",
                                               _max_length(self.folder))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot load multilingual-e5-small from {self.folder}: {exc} "
                             "(rebuild it: checker models build-e5 --force)") from exc

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
