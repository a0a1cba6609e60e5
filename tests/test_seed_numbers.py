"""The seed story: faithful versions give no number or date finding; each drifted
copy gives exactly its planted number and date findings (labels.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.pipeline import check_story

SEED = Path(__file__).resolve().parent.parent / "seeds" / "nato-kosovo"
REFERENCE = SEED / "en.txt"
CATEGORIES = ("number", "date")
LABELS = (
    json.loads((SEED / "drifted" / "labels.json").read_text(encoding="utf-8"))
    if (SEED / "drifted" / "labels.json").exists()
    else []
)


def _facts(report) -> list[tuple]:
    return sorted(
        (
            f.category,
            f.kind,
            f.reference.value if f.reference else None,
            f.version.value if f.version else None,
        )
        for f in report.findings
        if f.category in CATEGORIES
    )


def test_faithful_versions_give_no_number_or_date_finding() -> None:
    versions = sorted(p for p in SEED.glob("*.txt") if p != REFERENCE)
    assert versions, "seed versions missing"
    report = check_story([REFERENCE, *versions])
    assert [(f.version_path, f.message) for f in report.findings if f.category in CATEGORIES] == []


@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_drifted_copy_gives_exactly_its_planted_findings(label: dict) -> None:
    report = check_story([REFERENCE, SEED / "drifted" / label["file"]])
    expected = sorted(
        (p["category"], p["kind"], p["reference_value"], p["version_value"])
        for p in label["planted"]
        if p["category"] in CATEGORIES
    )
    assert _facts(report) == expected
