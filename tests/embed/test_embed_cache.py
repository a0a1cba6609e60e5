"""checker.embed.cache: the fingerprint that keys a local model folder's vectors."""

from __future__ import annotations

import os
from pathlib import Path

from checker.embed.cache import folder_fingerprint


def test_folder_fingerprint_changes_with_a_model_file(tmp_path: Path) -> None:
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"weights one")
    (tmp_path / "config.json").write_text("{}")
    before = folder_fingerprint(tmp_path)
    assert folder_fingerprint(tmp_path) == before
    weights.write_bytes(b"other weights, longer")
    os.utime(weights, (1_700_000_000, 1_700_000_000))
    assert folder_fingerprint(tmp_path) != before


def test_folder_fingerprint_sees_a_new_file_in_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    before = folder_fingerprint(tmp_path)
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text("{}")
    assert folder_fingerprint(tmp_path) != before
