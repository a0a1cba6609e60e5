"""Running `checker check` over one or many stories and dispatching to a format.

`cli/check.py` parses the options; the library builds CheckOptions, plans and runs the
stories (merging each story's configuration, applying baselines) and computes the exit
code. This module shows progress, renders, and writes --output atomically.
"""

from __future__ import annotations

import dataclasses
import io
import sys
from collections.abc import Callable
from pathlib import Path

import typer

from checker.engines import Engine
from checker.errors import CheckerError, InputError
from checker.load import refuse_output_among_inputs
from checker.model import Report
from checker.pipeline import option_fields
from checker.report.quote import DEFAULT_MAX_SENTENCE_CHARS, check_limit, cut_findings
from checker.report.summary import FailOn, fail_on_level, stories_exit_code
from checker.stories import StoryJob, StoryResult, run_stories, run_story, story_jobs

from .options import Format


def explicit_fields(ctx: typer.Context | None) -> frozenset[str]:
    """CheckOptions fields the user set on the command line (so the config must not)."""
    if ctx is None:
        return frozenset()
    flags = []
    for name in ctx.params:
        source = ctx.get_parameter_source(name)
        # By name: Typer vendors its own click, whose enum is not click's.
        if source is not None and source.name in ("COMMANDLINE", "ENVIRONMENT"):
            flags.append(name)
    return option_fields(flags)


def run_check(
    ctx: typer.Context | None,
    paths: list[Path],
    options,
    output_format: Format = Format.text,
    fail_on: FailOn | None = None,
    output: Path | None = None,
    config: Path | None = None,
    baseline: Path | None = None,
    jobs: int = 1,
    changed: bool = False,
    progress: bool = True,
    render_text: Callable[[Report], None] | None = None,
    max_sentence_chars: int = DEFAULT_MAX_SENTENCE_CHARS,
    engine: Engine | None = None,
) -> int:
    if jobs < 1:
        raise InputError(f"--jobs must be 1 or more, not {jobs}")
    check_limit(max_sentence_chars)
    if output is not None and str(output) == "-":
        output = None  # `-o -`: standard output
    to_run, many = story_jobs(paths, options, explicit_fields(ctx), config_path=config,
                              baseline_path=baseline, changed=changed)
    if output is not None:
        refuse_output_among_inputs(output, [p for job in to_run for p in job.paths])
    results = _run_with_progress(to_run, jobs, progress and output_format is Format.text
                                 and output is None, engine)
    if not many and results and results[0].error:
        raise CheckerError(results[0].error)  # one story: fail as before, one line, exit 2
    for story in results:
        if story.report is not None:  # after the baseline: fingerprints hash whole sentences
            cut_findings(story.report.findings, max_sentence_chars)
    level = fail_on_level(fail_on, results)
    text = _render(results, many, output_format, level, output, render_text)
    if output is not None:
        from checker.atomic import write_text_atomic

        write_text_atomic(output, text)
    elif text:
        sys.stdout.write(text)
        sys.stdout.flush()
    for story in results:
        if story.error and many:
            print(f"checker: error: {story.story}: {story.error}", file=sys.stderr)
    return stories_exit_code(results, level)


def _run_with_progress(story_jobs: list[StoryJob], workers: int, show: bool,
                       engine: Engine | None = None) -> list[StoryResult]:
    # A progress bar only for people: on a terminal, on stderr, for more than one story,
    # or for one story whose versions are long enough to be aligned in windows.
    if not (show and sys.stderr.isatty()):
        return run_stories(story_jobs, workers, engine=engine)
    if len(story_jobs) == 1:
        if engine is None or engine.name == "local":  # one story: in this process
            return [_run_one_with_progress(story_jobs[0])]
        return run_stories(story_jobs, workers, engine=engine)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TextColumn("{task.description}"),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=len(story_jobs))
        return run_stories(story_jobs, workers, engine=engine,
                           on_done=lambda r: bar.update(task, advance=1,
                                                        description=Path(r.story).name))


def _run_one_with_progress(job: StoryJob) -> StoryResult:
    """One story in this process, with a bar that appears only when a long version is
    aligned (the library tells how far it is)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .render import safe

    bar = Progress(TextColumn("aligning"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TextColumn("{task.description}"),
                   console=Console(stderr=True), transient=True)
    task = None

    def tell(name: str, done: int, total: int) -> None:
        nonlocal task
        if task is None:
            bar.start()
            task = bar.add_task(name, total=total)
        bar.update(task, completed=done, total=total, description=safe(name))

    try:
        return run_story(dataclasses.replace(job, options=dataclasses.replace(job.options,
                                                                              progress=tell)))
    finally:
        if task is not None:
            bar.stop()


def _render(results: list[StoryResult], many: bool, output_format: Format, fail_on: FailOn,
            output: Path | None, render_text: Callable[[Report], None] | None) -> str:
    from checker import report as formats

    if output_format is Format.json:
        if many:
            return formats.to_json_many(results)
        return formats.to_json(results[0].report)
    if output_format is Format.sarif:
        return formats.to_sarif(results)
    if output_format is Format.junit:
        return formats.to_junit(results, fail_on.value)
    if output_format is Format.github:
        return formats.to_github(results)
    if output_format is Format.html:
        return formats.to_html(results)
    return _render_terminal(results, many, output, render_text)


def _render_terminal(results: list[StoryResult], many: bool, output: Path | None,
                     render_text: Callable[[Report], None] | None) -> str:
    from rich.console import Console

    from .render import render_report, render_story_table, safe

    buffer = io.StringIO() if output is not None else None
    console = Console(file=buffer, width=120, no_color=True) if buffer is not None else Console()
    for story in results:
        if story.report is None:
            continue
        if many:
            console.rule(f"[bold]{safe(story.story)}")
        if render_text is not None and buffer is None:
            render_text(story.report)
        else:
            render_report(story.report, console)
        if story.suppressed or story.ignored:
            console.print(f"[dim]{len(story.suppressed)} finding(s) accepted in the baseline, "
                          f"{story.ignored} dropped by ignore rules[/dim]")
    if many:
        console.print()
        render_story_table(results, console)
    if not results:
        console.print("No story to check.")
    return buffer.getvalue() if buffer is not None else ""
