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
    from checker.baseline import load_baseline, updated_entries, write_baseline
    from checker.errors import CheckerError, InputError
    from checker.language import validate_tag
    from checker.pipeline import CheckOptions
    from checker.stories import StoryJob, plan_stories, run_stories
    from cli.align import embed_config
    from cli.check_run import explicit_fields

    options = CheckOptions(reference=reference, pivot=validate_tag(pivot),
                           translate=not no_translate, embed=embed_config(embedder, no_embed),
                           glossaries=str(glossaries) if glossaries else None)
    plan, _ = plan_stories(paths, changed=changed)
    story_jobs = [StoryJob(story=name, paths=story_paths, options=options,
                           explicit=explicit_fields(ctx), config_path=config,
                           use_baseline=False)
                  for name, story_paths in plan]
    results = run_stories(story_jobs, jobs)
    failed = [r for r in results if r.error]
    if failed:
        raise CheckerError(f"{failed[0].story or 'story'}: {failed[0].error} "
                           "(baseline not written)")
    target = baseline
    if target is None:
        target = next((r.config.baseline for r in results if r.config and r.config.baseline), None)
    if target is None:
        raise InputError("no baseline file: pass --baseline FILE or set baseline in the "
                         "configuration")
    previous = load_baseline(target) if target.exists() else None
    checked = {r.story for r in results}
    fresh = updated_entries([(r.story, r.report) for r in results], previous, reason)
    fresh_keys = {e["fingerprint"] for e in fresh}
    kept = [e for e in (previous.entries.values() if previous else [])
            if e.get("story") not in checked and e["fingerprint"] not in fresh_keys]
    entries = sorted([*fresh, *kept], key=lambda e: (str(e.get("story")), str(e.get("version")),
                                                    str(e.get("rule")), e["fingerprint"]))
    write_baseline(target, entries)
    before = set(previous.entries) if previous else set()
    new = len(fresh_keys - before)
    dropped = len([k for k, e in (previous.entries.items() if previous else [])
                   if e.get("story") in checked and k not in fresh_keys])
    print(f"checker: baseline {target}: {len(entries)} accepted difference(s) "
          f"({new} new, {dropped} no longer found and dropped, {len(kept)} from other stories)",
          file=sys.stderr)
    return 0
