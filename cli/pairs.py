"""`checker pairs`: findings for many already-aligned segment pairs (CAT tool exports)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from checker.report.quote import DEFAULT_MAX_SENTENCE_CHARS

from .options import MAX_FILE_SIZE_HELP, MAX_SENTENCE_CHARS_HELP, FailOn, max_file_bytes


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
    max_file_size: str = typer.Option(None, "--max-file-size", show_default=False,
                                      help=MAX_FILE_SIZE_HELP.replace(", or max-file-size in "
                                                                      "the configuration", "")),
    max_sentence_chars: int = typer.Option(DEFAULT_MAX_SENTENCE_CHARS, "--max-sentence-chars",
                                           help=MAX_SENTENCE_CHARS_HELP),
) -> int:
    """Check aligned segment pairs; prints one JSON line per pair, in order, with the
    pair's id (the TMX tuid or XLIFF unit id)."""
    from checker.bilingual import Skipped
    from checker.errors import InputError
    from checker.load import read_pair_file
    from checker.pipeline import check_pairs
    from checker.report.quote import check_limit, cut_findings
    from checker.report.summary import add_findings, empty_summary, exit_code

    check_limit(max_sentence_chars)
    summary = empty_summary()
    out = sys.stdout
    skipped = Skipped()
    pairs = read_pair_file(file, max_file_bytes(max_file_size), skipped)
    checked = check_pairs(pairs, str(glossaries) if glossaries else None, [file])
    count = 0
    for pair, findings in checked:
        count += 1
        add_findings(summary, findings)
        cut_findings(findings, max_sentence_chars)
        line = {"id": pair.id, "findings": [f.to_dict() for f in findings]}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    for reason, number in sorted(skipped.reasons.items()):
        print(f"checker: warning: {file}: {number} unit(s) skipped: {reason}", file=sys.stderr)
    if skipped.total and not count:
        raise InputError(f"{file}: no pair to check ({skipped.total} unit(s) skipped)")
    return exit_code(summary, fail_on)
