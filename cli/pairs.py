"""`checker pairs`: findings for many already-aligned segment pairs (CAT tool exports)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from .options import FailOn


class PairsFormat(str, Enum):
    jsonl = "jsonl"


def pairs_command(
    file: Path = typer.Argument(
        ..., show_default=False,
        help="JSON Lines file of {id, source, target} pairs (.jsonl), or a CAT tool export: "
             "TMX (.tmx), XLIFF 1.2 or 2.0 (.xlf, .xliff)."),
    output_format: PairsFormat = typer.Option(PairsFormat.jsonl, "--format", "-f",
                                              help="Output format."),
    fail_on: FailOn = typer.Option(
        FailOn.error, "--fail-on",
        help="Exit 1 when there are findings at or above this severity."),
    glossaries: Path = typer.Option(None, "--glossaries", show_default=False,
                                    help="Glossary folder (<lang>.tsv files); default: a "
                                         "glossaries/ folder next to the input file or above, "
                                         "else in the current directory or above."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1,
                             help="Worker processes for big files (started once; output "
                                  "stays in input order)."),
) -> int:
    """Check aligned segment pairs; prints one JSON line per pair, in order, with the
    pair's id (the TMX tuid or XLIFF unit id)."""
    from checker.load import read_pair_file
    from checker.pipeline import check_pairs
    from checker.report.summary import add_findings, empty_summary, exit_code

    summary = empty_summary()
    out = sys.stdout
    checked = check_pairs(read_pair_file(file), str(glossaries) if glossaries else None, [file],
                          jobs=jobs)
    for pair, findings in checked:
        add_findings(summary, findings)
        line = {"id": pair.id, "findings": [f.to_dict() for f in findings]}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    return exit_code(summary, fail_on)
