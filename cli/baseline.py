"""`checker baseline update`: record the current findings as accepted differences."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

app = typer.Typer(
    help="Baselines: differences a desk has accepted, so CI fails only on new drift.",
    no_args_is_help=True,
)


@app.command("update")
def update_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ..., show_default=False,
        help="Story files or folders, as given to `checker check`."),
    baseline: Path = typer.Option(
        None, "--baseline", "-b", show_default=False,
        help="Baseline file to write (default: the configuration's baseline)."),
    reason: str = typer.Option(
        "accepted", "--reason", help="Why these differences are accepted (kept per entry; "
                                     "entries already in the file keep their own reason)."),
    reference: str = typer.Option(None, "--reference", "-r",
                                  help="Reference version: a language tag or one of the paths."),
    pivot: str = typer.Option("en", "--pivot", help="Pivot language, as for `checker check`."),
    no_translate: bool = typer.Option(False, "--no-translate",
                                      help="Do not machine-translate, as for `checker check`."),
    config: Path = typer.Option(None, "--config", show_default=False,
                                help="Configuration file, as for `checker check`."),
    embedder: str = typer.Option(None, "--embedder", show_default=False,
                                 help="Alignment embedding model, as for `checker check`."),
    no_embed: bool = typer.Option(False, "--no-embed",
                                  help="Align without embeddings, as for `checker check`."),
    glossaries: Path = typer.Option(None, "--glossaries", show_default=False,
                                    help="Glossary folder, as for `checker check`."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Stories checked at once."),
    changed: bool = typer.Option(False, "--changed",
                                 help="PATHS are changed files: update their stories only."),
) -> int:
    """Check the stories and write every current finding to the baseline as accepted.

    Run it with the same options (or the same configuration file) as the CI check.
    Entries of stories not checked in this run are kept; accepted differences that no
    longer occur in the checked stories are dropped."""
    from checker.pipeline import check_options
    from checker.stories import story_jobs, update_baseline

    from .check_run import explicit_fields

    options = check_options(reference, pivot, no_translate, embedder, no_embed, glossaries)
    jobs_to_run, _ = story_jobs(paths, options, explicit_fields(ctx), config_path=config,
                                changed=changed, use_baseline=False)
    update = update_baseline(jobs_to_run, jobs, baseline, reason)
    print(f"checker: baseline {update.path}: {len(update.entries)} accepted difference(s) "
          f"({update.new} new, {update.dropped} no longer found and dropped, "
          f"{update.kept} from other stories)", file=sys.stderr)
    return 0
