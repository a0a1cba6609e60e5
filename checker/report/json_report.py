"""The JSON report, `checker-report/1`. Later versions extend it, never break it:
fields are only added. The JSON Schema ships beside this module."""

from __future__ import annotations

import io
import json
from pathlib import Path

from checker.model import Finding, Report, VersionInfo

SCHEMA_ID = "checker-report/1"
SCHEMA_PATH = Path(__file__).with_name("checker-report-1.schema.json")


def finding_dict(finding: Finding) -> dict:
    return finding.to_dict()


def _version_dict(info: VersionInfo) -> dict:
    data = info.to_dict()
    data["alignment"] = [
        {"reference": [i + 1 for i in bead.reference], "version": [j + 1 for j in bead.version],
         "score": round(bead.score, 4), "moved": bead.moved}
        for bead in info.alignment
    ]
    return data


def report_dict(report: Report) -> dict:
    return {
        "schema": SCHEMA_ID,
        "checker": report.settings,
        "reference": report.reference.to_dict(),
        "versions": [_version_dict(v) for v in report.versions],
        "findings": [finding_dict(f) for f in report.findings],
        "summary": report.summary,
    }


def to_json(report: Report) -> str:
    return indented_json(report_dict(report))


def indented_json(value: object) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` and a line break, written piece by
    piece into one buffer: `dumps` with an indent keeps every piece in a list first (a
    10 MB version's alignment made ten million pieces, about 700 MB)."""
    out = io.StringIO()
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return out.getvalue()
