"""The numpy BERT pieces (checker/embed/bert_numpy.py): GELU as erf gives it, safetensors
read through a memory map."""

from __future__ import annotations

import json
import math
import struct

import numpy as np
import pytest

from checker.embed.bert_numpy import gelu, layer_norm, read_safetensors


def test_gelu_is_the_erf_form_to_float32_precision():
    x = np.linspace(-12, 12, 4001, dtype=np.float32)
    exact = np.array([0.5 * v * math.erfc(-v / math.sqrt(2)) for v in x.astype(float)])
    ours = gelu(x)
    assert ours.dtype == np.float32
    assert np.allclose(ours, exact, rtol=3e-7, atol=1e-30)
    assert gelu(np.float32([-40.0]))[0] == 0.0 and gelu(np.float32([40.0]))[0] == 40.0


def test_layer_norm_centres_and_scales():
    x = np.array([[1.0, 2.0, 3.0, 6.0]], dtype=np.float32)
    out = layer_norm(x, np.ones(4, np.float32), np.zeros(4, np.float32), 1e-12)
    assert abs(float(out.mean())) < 1e-6 and abs(float(out.std()) - 1) < 1e-5


def _write_safetensors(path, tensors):
    header, blobs, at = {}, [], 0
    for name, array in tensors.items():
        data = array.tobytes()
        dtype = {np.dtype(np.float32): "F32", np.dtype(np.int64): "I64"}[array.dtype]
        header[name] = {"dtype": dtype, "shape": list(array.shape),
                        "data_offsets": [at, at + len(data)]}
        blobs.append(data)
        at += len(data)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    path.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def test_safetensors_are_read_as_arrays_over_the_file(tmp_path):
    weights = {"a.weight": np.arange(6, dtype=np.float32).reshape(2, 3),
               "ids": np.arange(4, dtype=np.int64)}
    _write_safetensors(tmp_path / "model.safetensors", weights)
    read = read_safetensors(tmp_path / "model.safetensors")
    assert set(read) == set(weights)
    for name, array in weights.items():
        assert np.array_equal(read[name], array) and read[name].dtype == array.dtype
    assert not read["a.weight"].flags.writeable  # mapped read-only, not copied


def test_a_tensor_of_an_unknown_type_is_refused(tmp_path):
    path = tmp_path / "model.safetensors"
    header = json.dumps({"x": {"dtype": "BF16", "shape": [1], "data_offsets": [0, 2]}})
    header += " " * (-len(header) % 8)
    path.write_bytes(struct.pack("<Q", len(header)) + header.encode() + b"\0\0")
    with pytest.raises(ValueError, match="BF16"):
        read_safetensors(path)
