"""multilingual-e5-small run in numpy, from its weights file memory-mapped: no torch.

Loading e5 through sentence-transformers imported torch and transformers (about 6 s of CPU
and 430 MB before any weight) and read the whole 470 MB of float32 weights, most of them
the 250,000-row word-embedding table of which a check uses a few hundred rows. Here the
safetensors file is mapped, not read: a row or matrix is paged in when the forward pass
touches it (the encoder's 85 MB and the rows of the tokens seen), and the same BERT forward
pass (embeddings, 12 encoder layers with exact GELU, mean pooling over the tokens, unit
length) runs in float32 numpy, as sentence-transformers does with e5's folder: the same
"query: " prompt, the same tokens (`unigram_tokenizer`), the same vectors to about 1e-6.

Texts of the same token length are run together (no padding, so nothing to mask).
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
# erfc's Chebyshev fit (Numerical Recipes, `erfcc`): fractional error below 1.2e-7
# everywhere, so GELU(x) = x/2 * erfc(-x/sqrt(2)) keeps float32 precision at both ends.
_ERFC = (-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807,
         -1.13520398, 1.48851587, -0.82215223, 0.17087277)


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file as read-only arrays over one memory map."""
    with path.open("rb") as handle:
        (size,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(size))
    data = np.memmap(path, dtype=np.uint8, mode="r")
    start = 8 + size
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise ValueError(f"{path}: tensor {name} has dtype {info['dtype']}")
        first, last = info["data_offsets"]
        out[name] = data[start + first : start + last].view(dtype).reshape(info["shape"])
    return out


def gelu(x: np.ndarray) -> np.ndarray:
    """BERT's GELU (the erf form, not the tanh approximation), in float32."""
    z = np.abs(x.astype(np.float64)) * (1 / math.sqrt(2))
    t = 1.0 / (1.0 + 0.5 * z)
    poly = np.full_like(t, _ERFC[-1])
    for coefficient in _ERFC[-2::-1]:
        poly = poly * t + coefficient
    erfc_abs = t * np.exp(-z * z + poly)  # erfc(|x|/sqrt 2)
    erfc = np.where(x < 0, erfc_abs, 2.0 - erfc_abs)  # erfc(-x/sqrt 2)
    return (0.5 * x * erfc).astype(np.float32)


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + np.float32(eps)) * weight + bias


class BertEncoder:
    """A BERT encoder (sentence-transformers folder: config.json, model.safetensors) with
    mean pooling and unit-length output."""

    def __init__(self, folder: Path) -> None:
        self.config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if self.config.get("model_type") != "bert" or self.config.get("hidden_act") != "gelu":
            raise ValueError(f"{folder}: not a BERT model with GELU")
        self.weights = read_safetensors(folder / "model.safetensors")
        self.heads = int(self.config["num_attention_heads"])
        self.eps = float(self.config.get("layer_norm_eps", 1e-12))
        self.dimension = int(self.config["hidden_size"])

    def _w(self, name: str) -> np.ndarray:
        return self.weights[name]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self._w(f"{name}.weight").T + self._w(f"{name}.bias")

    def _layer(self, x: np.ndarray, k: int) -> np.ndarray:
        """One encoder layer over a batch (texts, tokens, hidden) of equal lengths."""
        p = f"encoder.layer.{k}"
        batch, length, hidden = x.shape
        size = hidden // self.heads

        def heads(name: str) -> np.ndarray:
            y = self._dense(x, f"{p}.attention.self.{name}")
            return y.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

        q, key, v = heads("query"), heads("key"), heads("value")
        scores = (q @ key.transpose(0, 1, 3, 2)) / np.float32(math.sqrt(size))
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        probs = scores / scores.sum(axis=-1, keepdims=True)
        context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
        attended = self._dense(context, f"{p}.attention.output.dense")
        x = layer_norm(attended + x, self._w(f"{p}.attention.output.LayerNorm.weight"),
                       self._w(f"{p}.attention.output.LayerNorm.bias"), self.eps)
        inner = gelu(self._dense(x, f"{p}.intermediate.dense"))
        out = self._dense(inner, f"{p}.output.dense")
        return layer_norm(out + x, self._w(f"{p}.output.LayerNorm.weight"),
                          self._w(f"{p}.output.LayerNorm.bias"), self.eps)

    def embed_ids(self, ids: np.ndarray) -> np.ndarray:
        """Unit-length mean-pooled vectors of a (texts, tokens) batch of equal lengths."""
        length = ids.shape[1]
        x = (self._w("embeddings.word_embeddings.weight")[ids]
             + self._w("embeddings.position_embeddings.weight")[:length]
             + self._w("embeddings.token_type_embeddings.weight")[0])
        x = layer_norm(x.astype(np.float32), self._w("embeddings.LayerNorm.weight"),
                       self._w("embeddings.LayerNorm.bias"), self.eps)
        for k in range(int(self.config["num_hidden_layers"])):
            x = self._layer(x, k)
        pooled = x.mean(axis=1)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)

    def embed(self, token_ids: Sequence[Sequence[int]]) -> np.ndarray:
        """One vector per text (its token ids), in order; texts of one length together."""
        out = np.zeros((len(token_ids), self.dimension), dtype=np.float32)
        by_length: dict[int, list[int]] = {}
        for index, ids in enumerate(token_ids):
            by_length.setdefault(len(ids), []).append(index)
        for indexes in by_length.values():
            for at in range(0, len(indexes), 64):
                part = indexes[at : at + 64]
                batch = np.array([token_ids[i] for i in part], dtype=np.int64)
                out[part] = self.embed_ids(batch)
        return out
