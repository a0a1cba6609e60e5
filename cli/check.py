"""`checker check`: compare every version of a story with its reference."""

from __future__ import annotations

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
    Format,
    max_file_bytes,
)


def check_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ..., show_default=False,
        help="Version files; a story folder; several story folders; or a folder of stories "
             "(each subfolder one story). With --changed: changed files."),
    reference: str = typer.Option(
        None, "--reference", "-r",
        help="Reference version: a language tag (en) or one of the paths."),
    output_format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    fail_on: FailOn = typer.Option(None, "--fail-on", show_default=False,
                                   help="Exit 1 when there are findings at or above this severity "
                                        "(default: the configuration's fail-on, else error)."),
    output: Path = typer.Option(None, "--output", "-o", show_default=False,
                                help="Write the report to FILE (atomically) instead of stdout."),
    config: Path = typer.Option(None, "--config", show_default=False,
                                help="Configuration file (checker.toml or pyproject.toml); "
                                     "default: checker.toml, else pyproject.toml [tool.checker], "
                                     "in the story folder or a parent."),
    baseline: Path = typer.Option(None, "--baseline", show_default=False,
                                  help="Baseline of accepted differences: matching findings are "
                                       "dropped and counted as suppressed."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1,
                             help="Check this many stories at once (processes)."),
    engine: EngineName = typer.Option(EngineName.local, "--engine", help=ENGINE_HELP),
    workers: int = typer.Option(None, "--workers", show_default=False,
                                help=WORKERS_HELP + " With --engine local, as --jobs."),
    scheduler: str = typer.Option(None, "--scheduler", show_default=False,
                                  help=SCHEDULER_HELP),
    changed: bool = typer.Option(False, "--changed",
                                 help="PATHS are changed files (pre-commit, git diff): check the "
                                      "story folder of each."),
    progress: bool = typer.Option(True, "--progress/--no-progress",
                                  help="Progress bar on stderr for many stories (terminal only)."),
    pivot: str = typer.Option("en", "--pivot",
                              help="Language versions are machine-translated to, for alignment "
                                   "and the side-by-side report."),
    no_translate: bool = typer.Option(False, "--no-translate",
                                      help="Do not machine-translate (facts never need it)."),
    embedder: str = typer.Option(None, "--embedder", show_default=False,
                                 help="sentence-transformers model (name or local folder) for "
                                      "alignment; default: the packaged all-MiniLM-L6-v2."),
    no_embed: bool = typer.Option(False, "--no-embed",
                                  help="Align without sentence embeddings (names, numbers, "
                                       "n-grams and position only)."),
    glossaries: Path = typer.Option(None, "--glossaries", show_default=False,
                                    help="Glossary folder (<lang>.tsv files); default: a "
                                         "glossaries/ folder next to the inputs or above."),
    max_file_size: str = typer.Option(None, "--max-file-size", show_default=False,
                                      help=MAX_FILE_SIZE_HELP),
    max_sentence_chars: int = typer.Option(DEFAULT_MAX_SENTENCE_CHARS, "--max-sentence-chars",
                                           help=MAX_SENTENCE_CHARS_HELP),
) -> int:
    """Check the versions of a story against the reference and report what drifted."""
    from checker.engines import engine_for
    from checker.pipeline import check_options

    from .check_run import run_check

    options = check_options(reference, pivot, no_translate, embedder, no_embed, glossaries,
                            max_file_bytes(max_file_size))
    processes = workers or jobs
    if engine is EngineName.dask and not workers and (scheduler or jobs == 1):
        processes = None  # the scheduler's workers; a LocalCluster's default size
    with engine_for(engine.value, processes, scheduler) as runner:
        return run_check(ctx, paths, options, output_format=output_format, fail_on=fail_on,
                         output=output, config=config, baseline=baseline, jobs=jobs,
                         changed=changed, progress=progress, render_text=render_text,
                         max_sentence_chars=max_sentence_chars, engine=runner)


def render_text(report) -> None:
    """The terminal report of one story (machine formats never come here)."""
    from .render import render_report
    from .translate import print_translation_summary

    render_report(report)

    print_translation_summary(report)
