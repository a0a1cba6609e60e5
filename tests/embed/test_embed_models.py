"""Embedders with their real models: the packaged MiniLM and the numpy USE."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from checker.embed import load_embedder
from checker.embed.cache import CachedEmbedder, EmbeddingCache
from checker.embed.sentence_transformers import SentenceTransformerEmbedder, packaged_minilm_path
from checker.errors import ModelError

EN = "At least 30 NATO soldiers were injured during the clashes."
EN_PARAPHRASE = "During the clashes, at least 30 NATO soldiers were wounded."
DE = "Bei den Zusammenstößen wurden mindestens 30 NATO-Soldaten verletzt."
UNRELATED = "Sweden is joining the summit as a NATO invitee."


def test_packaged_minilm_is_found_and_encodes_unit_vectors():
    assert packaged_minilm_path() is not None
    embedder = load_embedder("minilm", cache=False)
    vectors = embedder.encode([EN, EN_PARAPHRASE, UNRELATED])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    assert embedder.languages == frozenset({"en"})


def test_use_relates_a_translation_more_than_an_unrelated_sentence():
    embedder = load_embedder("use", cache=False)
    en, de, other = embedder.encode([EN, DE, UNRELATED])
    assert en @ de > en @ other + 0.3
    assert "de" in embedder.languages and "sq" not in embedder.languages


def test_a_local_model_folder_loads_by_path():
    embedder = SentenceTransformerEmbedder(str(packaged_minilm_path()))
    assert embedder.encode([EN]).shape == (1, 384)


def test_missing_model_is_a_model_error_not_a_download(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path))  # an empty hub cache
    embedder = SentenceTransformerEmbedder("sentence-transformers/LaBSE-not-installed-here")
    with pytest.raises(ModelError, match="downloads are off"):
        embedder.encode([EN])
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    assert not any(tmp_path.rglob("*.safetensors"))


def test_a_folder_that_is_not_a_model_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="not a sentence-transformers model"):
        SentenceTransformerEmbedder(str(tmp_path))


def test_cache_returns_the_same_vectors_without_the_model(tmp_path):
    inner = SentenceTransformerEmbedder("minilm")
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite")
    first = CachedEmbedder(inner, cache).encode([EN, UNRELATED, EN])
    assert np.allclose(first[0], first[2])

    class Unusable:  # same name and version as the real model, but cannot encode
        name, version, languages = inner.name, inner.version, inner.languages

        def encode(self, texts):
            raise AssertionError(f"encoded {texts} although they are cached")

    again = CachedEmbedder(Unusable(), EmbeddingCache(tmp_path / "embeddings.sqlite"))
    assert np.allclose(again.encode([UNRELATED, EN]), first[[1, 0]])


def test_cache_dir_follows_checker_cache_dir_and_xdg(tmp_path):
    code = ("from checker.embed.cache import cache_dir; print(cache_dir())")
    env = {**os.environ, "CHECKER_CACHE_DIR": str(tmp_path / "c")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == str(tmp_path / "c")
    env = {k: v for k, v in os.environ.items() if k != "CHECKER_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == str(tmp_path / "xdg" / "checker")


def test_importing_the_embed_package_does_not_import_torch():
    code = ("import sys, checker.embed, checker.align, checker.align.build, checker.pipeline; "
            "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert out.stdout.strip() == "False False"


def test_minilm_in_numpy_gives_the_sentence_transformers_vectors():
    from checker.embed.numpy_embedder import NumpyBertEmbedder

    texts = [EN, EN_PARAPHRASE, UNRELATED, "", "  Spaces   around  ", "Ünïcode ½ 🙂",
             "long " * 400]  # past 256 tokens: cut as sentence-transformers cuts
    ours = load_embedder("minilm", cache=False)
    assert isinstance(ours, NumpyBertEmbedder)
    theirs = SentenceTransformerEmbedder("minilm")
    mine, reference = ours.encode(texts), theirs.encode(texts)
    assert float(np.abs(mine - reference).max()) < 1e-4
    assert ours.version == theirs.version  # vectors cached by either stay valid
