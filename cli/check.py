"""`checker check`: compare every version of a story with its reference."""

from __future__ import annotations

from pathlib import Path

import typer

from cli.options import FailOn, Format, exit_code


def check_command(
    paths: list[Path] = typer.Argument(..., help="Version files, or a story folder.", show_default=False),
    reference: str = typer.Option(None, "--reference", "-r",
                                  help="Reference version: a language tag (en) or one of the paths."),
    output_format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on",
                                   help="Exit 1 when there are findings at or above this severity."),
) -> int:
    """Check the versions of a story against the reference and report what drifted."""
    from checker.pipeline import CheckOptions, check_story

    report = check_story(paths, CheckOptions(reference=reference))
    if output_format is Format.json:
        from checker.report import to_json

        typer.echo(to_json(report), nl=False)
    else:
        from cli.render import render_report

        render_report(report)
    return exit_code(report.summary, fail_on)
