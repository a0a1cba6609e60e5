"""Alignment against the gold alignments of the seed story (real models, real engines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.gold import accuracy, load_gold, resolve
from checker.pipeline import align_files, check_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"
GOLD_FILES = sorted((SEED / "gold").glob("*.json"))


def test_every_version_has_gold():
    versions = {p.name for p in SEED.glob("*.txt")} - {"en.txt"}
    versions |= {f"drifted/{p.name}" for p in (SEED / "drifted").glob("*.txt")}
    gold_versions = {str(load_gold(g).version.relative_to(SEED)) for g in GOLD_FILES}
    assert versions <= gold_versions


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_alignment_accuracy_on_gold(gold_path):
    gold = load_gold(gold_path)
    result = align_files(gold.reference, gold.version)
    beads = resolve(gold, result.reference_sentences, result.reference.text,
                    result.version_sentences, result.version.text)
    assert accuracy(result.beads, beads) >= 0.95


@pytest.mark.parametrize("name", ["structure.fr", "structure-numbers.sq"])
def test_moved_paragraph_is_found_and_marked(name):
    gold = load_gold(SEED / "gold" / f"{name}.json")
    result = align_files(gold.reference, gold.version)
    beads = resolve(gold, result.reference_sentences, result.reference.text,
                    result.version_sentences, result.version.text)
    moved_gold = [b for b, raw in zip(beads, gold.beads, strict=False) if raw.get("moved")]
    moved = [(b.reference, b.version) for b in result.beads if b.moved]
    assert moved_gold and moved == moved_gold
    assert not [b for b in result.beads if not b.reference or not b.version]


def _planted_number_changes() -> list[tuple[str, float, float]]:
    labels = json.loads((SEED / "drifted" / "labels.json").read_text(encoding="utf-8"))
    return [(f"drifted/{label['file']}", drift["reference_value"], drift["version_value"])
            for label in labels for drift in label["planted"]
            if drift["category"] == "number" and drift["kind"] == "changed"]


@pytest.mark.parametrize("name, old, new", _planted_number_changes())
def test_drifted_number_is_changed_not_missing_plus_extra(name, old, new):
    report = check_story([SEED / "en.txt", SEED / name])
    numbers = [f for f in report.findings if f.category == "number"]
    changed = [f for f in numbers if f.kind == "changed"
               and f.reference.value == old and f.version.value == new]
    assert len(changed) == 1
    # both sides of the finding cite the aligned sentences
    assert changed[0].reference.text and changed[0].version.text
    assert not [f for f in numbers if f.kind in ("missing", "extra")
                and {old, new} & {f.reference.value if f.reference else None,
                                  f.version.value if f.version else None}]
