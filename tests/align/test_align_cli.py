"""`checker align A B`: the alignment printed for a person, and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from cli.main import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def test_align_json_lists_split_merge_and_moved_beads(capsys):
    code = main(["align", str(SEED / "en.txt"), str(SEED / "drifted" / "structure.fr.txt"),
                 "--format", "json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reference"]["lang"] == "en" and data["version"]["lang"] == "fr"
    kinds = [(b["kind"], b["moved"]) for b in data["beads"]]
    assert ("1-2", False) in kinds and ("2-1", False) in kinds and ("1-1", True) in kinds
    moved = next(b for b in data["beads"] if b["moved"])
    assert moved["reference"][0]["text"].startswith("Albanians are the largest")
    assert moved["version"][0]["text"].startswith("Les Albanais constituent")
    assert sum(len(b["version"]) for b in data["beads"]) == data["version"]["sentences"]


def test_align_text_shows_both_sides_and_the_pivot_translation(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # one table row per line, for the assertions
    code = main(["align", str(SEED / "en.txt"), str(SEED / "sr.txt")])
    out = capsys.readouterr().out
    assert code == 0
    assert "During the clashes, at least 30" in out and "najmanje 30" in out
    assert "↳" in out  # Apertium translated the Serbian version to English


def test_align_with_a_missing_model_is_a_one_line_error(capsys, tmp_path):
    code = main(["align", str(SEED / "en.txt"), str(SEED / "sq.txt"),
                 "--embedder", str(tmp_path / "no-such-model")])
    assert code == 2
    assert "no embedding model folder" in capsys.readouterr().err


def test_align_refuses_report_formats_it_cannot_print(capsys):
    code = main(["align", str(SEED / "en.txt"), str(SEED / "de.txt"), "--format", "sarif"])
    assert code == 2
    assert "'sarif' is not one of 'text', 'json'" in capsys.readouterr().err
