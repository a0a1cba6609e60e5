"""The file formats docs/report-formats.md describes by a JSON Schema (docs/schemas/) are the
formats checker really writes and reads: a baseline written by `checker baseline update`, and
the seed story's gold alignments."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "docs" / "schemas"
SEEDS = ROOT / "seeds" / "nato-kosovo"


def schema(name: str) -> dict:
    data = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def test_a_written_baseline_matches_its_schema(tmp_path: Path) -> None:
    from cli.main import main

    story = tmp_path / "story"
    story.mkdir()
    shutil.copy(SEEDS / "en.txt", story / "en.txt")
    shutil.copy(SEEDS / "drifted" / "troops.tr.txt", story / "tr.txt")
    baseline = tmp_path / "checker-baseline.json"
    code = main(["baseline", "update", str(story), "--baseline", str(baseline),
                 "--no-translate", "--no-embed", "--reason", "reviewed"])
    assert code == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema("checker-baseline-1.schema.json"))
    assert [entry["rule"] for entry in data["accepted"]] == ["number.changed"]


def test_the_gold_alignments_match_their_schema() -> None:
    gold_schema = schema("checker-gold-alignment-1.schema.json")
    files = sorted((SEEDS / "gold").glob("*.json"))
    assert files
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, gold_schema)
        assert (path.parent / data["reference"]).is_file()
        assert (path.parent / data["version"]).is_file()
