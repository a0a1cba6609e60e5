"""Smoke test of benchmarks/dask_pairs.py on a tiny NTREX-shaped folder written here: one
process against a LocalCluster of one worker, outputs compared byte for byte."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]


def load():
    spec = importlib.util.spec_from_file_location("dask_pairs", ROOT / "benchmarks" /
                                                  "dask_pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ntrex_pairs_single_process_and_local_cluster(tmp_path, capsys):
    folder = tmp_path / "ntrex"
    folder.mkdir()
    (folder / "en.txt").write_text("The mayor said 300 homes were built in 2019.\n"
                                   "Prices rose by 4.5 percent on Tuesday.\n")
    (folder / "de.txt").write_text("Der Bürgermeister sagte, 2019 seien 300 Häuser gebaut "
                                   "worden.\nDie Preise stiegen am Dienstag um 4,5 Prozent.\n")
    (folder / "doc_ids.txt").write_text("a\na\n")
    assert load().main(["--ntrex", str(folder), "--pairs", "30", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith(("single", "dask"))]
    assert len(rows) == 2, out
    assert rows[0].endswith("reference") and rows[1].endswith("identical"), out
    assert re.search(r"signature: checker .* data NTREX-128 .* x30 pairs sha256:[0-9a-f]{12} "
                     r".* cores \d+ \| dask=\S+", out), out


def test_ntrex_pairs_are_every_translation_against_english(tmp_path):
    folder = tmp_path / "ntrex"
    folder.mkdir()
    (folder / "en.txt").write_text("One.\nTwo.\n")
    (folder / "fr.txt").write_text("Un.\nDeux.\n")
    (folder / "sr-Cyrl.txt").write_text("Један.\nДва.\n")
    (folder / "doc_ids.txt").write_text("a\na\n")
    target = tmp_path / "pairs.jsonl"
    load().build_ntrex_source(folder, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    assert '"id": "sr-Cyrl-2"' in lines[-1] and '"lang": "sr-Cyrl"' in lines[-1]
