"""`checker pairs`: findings for many already-aligned segment pairs (CAT tool exports)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from checker.report.quote import DEFAULT_MAX_SENTENCE_CHARS

from .options import (
    ENGINE_HELP,
    MAX_FILE_SIZE_HELP,
    MAX_SENTENCE_CHARS_HELP,
    SCHEDULER_HELP,
    WORKERS_HELP,
    EngineName,
    FailOn,
    max_file_bytes,
)


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
    output: Path = typer.Option(None, "--output", "-o", show_default=False,
                                help="Write the lines to FILE (atomically) instead of stdout."),
    engine: EngineName = typer.Option(EngineName.local, "--engine", help=ENGINE_HELP),
    workers: int = typer.Option(None, "--workers", show_default=False, help=WORKERS_HELP),
    scheduler: str = typer.Option(None, "--scheduler", show_default=False,
                                  help=SCHEDULER_HELP),
) -> int:
    """Check aligned segment pairs; prints one JSON line per pair, in order, with the
    pair's id (the TMX tuid or XLIFF unit id)."""
    import contextlib

    from checker.atomic import atomic_writer
    from checker.bilingual import Skipped
    from checker.engines import engine_for
    from checker.engines.pairs import run_pairs
    from checker.errors import CheckerError, InputError
    from checker.load import read_pair_file, refuse_output_among_inputs
    from checker.report.quote import check_limit, cut_findings
    from checker.report.summary import add_findings, empty_summary, exit_code

    check_limit(max_sentence_chars)
    summary = empty_summary()
    to_file = output is not None and str(output) != "-"
    if to_file:
        refuse_output_among_inputs(output, [file])
    skipped = Skipped()
    pairs = read_pair_file(file, max_file_bytes(max_file_size), skipped)
    failed = count = 0
    target = atomic_writer(output) if to_file else contextlib.nullcontext(sys.stdout)
    with engine_for(engine.value, workers, scheduler) as runner, target as out:
        for result in run_pairs(pairs, runner, str(glossaries) if glossaries else None, [file]):
            count += 1
            add_findings(summary, result.findings)
            failed += result.error is not None
            cut_findings(result.findings, max_sentence_chars)
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    for reason, number in sorted(skipped.reasons.items()):
        print(f"checker: warning: {file}: {number} unit(s) skipped: {reason}", file=sys.stderr)
    if skipped.total and not count:
        raise InputError(f"{file}: no pair to check ({skipped.total} unit(s) skipped)")
    if failed:
        raise CheckerError(f"{failed} pair(s) could not be checked: see \"error\" in their lines")
    return exit_code(summary, fail_on)
