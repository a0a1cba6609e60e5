"""`checker pairs`: findings for many already-aligned segment pairs (CAT tool exports)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from cli.options import FailOn, exit_code


class PairsFormat(str, Enum):
    jsonl = "jsonl"


def pairs_command(
    file: Path = typer.Argument(..., help="JSON Lines file of {id, source, target} pairs.",
                                show_default=False),
    output_format: PairsFormat = typer.Option(PairsFormat.jsonl, "--format", "-f",
                                              help="Output format."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on",
                                   help="Exit 1 when there are findings at or above this severity."),
) -> int:
    """Check aligned segment pairs; prints one JSON line per input line, in order."""
    from checker.load import read_pairs_jsonl
    from checker.pipeline import check_pairs

    summary = {"error": 0, "warning": 0, "info": 0}
    out = sys.stdout
    for pair, findings in check_pairs(read_pairs_jsonl(file)):
        for finding in findings:
            summary[finding.severity] += 1
        line = {"id": pair.id, "findings": [f.to_dict() for f in findings]}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    return exit_code(summary, fail_on)
