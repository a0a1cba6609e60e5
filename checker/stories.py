"""Many stories in one run: which folders are stories, checking each (on an engine,
`checker.engines`: parallel processes or a Dask cluster when asked), with its own
configuration, ignore rules and baseline.

A story is a folder with version files directly inside it. A folder without version
files but with story subfolders is a collection (`stories/`): each subfolder is one story.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from checker.baseline import (
    DEFAULT_REASON,
    Baseline,
    BaselineUpdate,
    apply_baseline,
    load_baseline,
    merged_baseline,
    write_baseline,
)
from checker.config import Config, apply_config, config_for, missing_languages
from checker.engines import Engine
from checker.engines.local import LocalEngine
from checker.errors import CheckerError, InputError
from checker.load import find_stories, story_files
from checker.model import Finding, Report


@dataclass
class StoryJob:
    """One story to check, with everything a worker process needs (all picklable)."""

    story: str  # the story folder as named by the user, or "" for a list of files
    paths: list[Path]
    options: object  # checker.pipeline.CheckOptions built from the command line
    explicit: frozenset[str] = frozenset()  # CheckOptions fields the user set on the command line
    config_path: Path | None = None  # --config
    baseline_path: Path | None = None  # --baseline (overrides the config's baseline)
    use_config: bool = True
    use_baseline: bool = True  # False when the run is to write the baseline


@dataclass
class StoryResult:
    story: str
    paths: list[Path]
    report: Report | None = None
    error: str | None = None
    config: Config | None = None
    ignored: int = 0  # dropped by ignore rules / "off" severities
    # accepted in the baseline, each with its reason
    suppressed: list[tuple[Finding, str]] = field(default_factory=list)
    seconds: float = 0.0


Plan = list[tuple[str, list[Path]]]  # (story name, paths to check)


def plan_stories(paths: Sequence[Path], changed: bool = False) -> tuple[Plan, bool]:
    """The stories named by the command line, and whether this is a many-story run.

    - files (and at most one story folder among them): one story, as before;
    - a story folder: one story;
    - a collection folder, several story folders, or `changed=True` (paths are changed
      files, each standing for the story folder holding it): many stories.
    """
    if changed:
        seen: dict[Path, str] = {}
        for path in paths:
            folder = path if path.is_dir() else path.parent
            if not folder.is_dir() or not story_files(folder):
                continue  # a changed file outside any story (README, config...)
            key = folder.resolve()
            if key not in seen:
                seen[key] = str(folder)
        return [(name, [Path(name)]) for name in seen.values()], True
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    if any(p.is_file() for p in paths):
        folder = _common_folder(paths)
        return [(folder, list(paths))], False
    stories: list[tuple[str, list[Path]]] = []
    collection = False
    for folder in paths:
        if story_files(folder):
            stories.append((str(folder), [folder]))
            continue
        found = find_stories(folder)
        if not found:
            raise InputError(f"{folder}: folder has no .txt or .md version files "
                             "and no story subfolders")
        collection = True
        stories.extend((str(sub), [sub]) for sub in found)
    return stories, collection or len(stories) > 1


def story_jobs(paths: Sequence[Path], options, explicit: frozenset[str] = frozenset(),
               config_path: Path | None = None, baseline_path: Path | None = None,
               changed: bool = False, use_baseline: bool = True) -> tuple[list[StoryJob], bool]:
    """One job per story the paths name (see `plan_stories`), and whether the run is a
    many-story run."""
    plan, many = plan_stories(paths, changed=changed)
    jobs = [StoryJob(story=name, paths=story_paths, options=options, explicit=explicit,
                     config_path=config_path, baseline_path=baseline_path,
                     use_baseline=use_baseline)
            for name, story_paths in plan]
    return jobs, many


def _common_folder(paths: Sequence[Path]) -> str:
    parents = {str(p.parent if p.is_file() else p) for p in paths}
    return parents.pop() if len(parents) == 1 else ""


def merged_options(options, config: Config, explicit: frozenset[str]):
    """Command-line options, with what the user did not set taken from the configuration."""
    from_config = {
        "reference": config.reference,
        "pivot": config.pivot,
        "translate": config.translate,
        "glossaries": config.glossaries,
        "engines": list(config.engines) or None,
        "max_file_bytes": config.max_file_bytes,
    }
    changes = {}
    names = {f.name for f in dataclasses.fields(options)}
    for name, value in from_config.items():
        if value is None or name in explicit or name not in names:
            continue
        current = getattr(options, name)
        if isinstance(current, (list, tuple)):
            value = type(current)(value if isinstance(value, (list, tuple)) else [value])
        elif isinstance(value, Path):
            value = str(value)  # CheckOptions keeps paths as strings
        changes[name] = value
    return dataclasses.replace(options, **changes) if changes else options


def _baseline(path: Path) -> Baseline:
    """The baseline file, read once per process and version of the file, not once per story
    (keyed on the file's modification time and size: an updated file is read again)."""
    key = path.resolve()
    try:
        stat = key.stat()
    except OSError:
        return load_baseline(path)  # missing or unreadable: load_baseline says how
    return _baseline_version(key, stat.st_mtime_ns, stat.st_size, path)


@lru_cache(maxsize=8)
def _baseline_version(_key: Path, _mtime_ns: int, _size: int, path: Path) -> Baseline:
    return load_baseline(path)


def run_story(job: StoryJob) -> StoryResult:
    """Check one story: configuration, check, expected languages, ignore rules, baseline.
    A user-caused problem becomes the result's `error`, so one bad story does not hide
    the others."""
    from checker.pipeline import check_story

    started = time.perf_counter()
    result = StoryResult(job.story, job.paths)
    try:
        start = Path(job.story) if job.story else job.paths[0]
        config = config_for(start, job.config_path) if job.use_config else Config()
        result.config = config
        options = merged_options(job.options, config, job.explicit)
        report = check_story(job.paths, options)
        missing = missing_languages(report, config.languages)
        if missing:
            raise InputError(f"{job.story or 'story'}: expected languages missing: "
                             f"{', '.join(missing)} (from {config.source})")
        result.ignored = apply_config(report, config)
        baseline_path = job.baseline_path or config.baseline
        if baseline_path is not None and job.use_baseline:
            result.suppressed = apply_baseline(report, _baseline(baseline_path))
            report.settings["baseline"] = {"path": str(baseline_path),
                                           "suppressed": len(result.suppressed)}
        if job.story:
            report.settings["story"] = job.story
        if config.source is not None:
            report.settings["config"] = str(config.source)
        if result.ignored:
            report.settings["ignored"] = result.ignored
        result.report = report
    except CheckerError as exc:
        result.error = str(exc)
    result.seconds = time.perf_counter() - started
    return result


def run_stories(jobs: Sequence[StoryJob], workers: int = 1,
                on_done: Callable[[StoryResult], None] | None = None,
                engine: Engine | None = None) -> list[StoryResult]:
    """Check every story on `engine` (default: the local engine with `workers`
    processes); results in the order of `jobs`, `on_done` called with each in that order."""
    results: list[StoryResult] = []
    runner = engine or LocalEngine(workers)
    for result in runner.run_batches(jobs, _run_story_task, count=len(jobs)):
        results.append(result)
        if on_done is not None:
            on_done(result)
    return results


def _run_story_task(job: StoryJob, _shared: object) -> StoryResult:
    # A story is a batch of its own: checking one takes seconds, not microseconds.
    return run_story(job)


def update_baseline(jobs: Sequence[StoryJob], workers: int = 1, path: Path | None = None,
                    reason: str = DEFAULT_REASON) -> BaselineUpdate:
    """Check the stories (jobs made with `use_baseline=False`) and write every current
    finding to the baseline `path` (default: the configuration's) as accepted. Entries
    of stories not checked are kept; accepted differences no longer found are dropped.
    Nothing is written when a story cannot be checked."""
    results = run_stories(jobs, workers)
    failed = [r for r in results if r.error]
    if failed:
        raise CheckerError(f"{failed[0].story or 'story'}: {failed[0].error} "
                           "(baseline not written)")
    target = path
    if target is None:
        target = next((r.config.baseline for r in results if r.config and r.config.baseline), None)
    if target is None:
        raise InputError("no baseline file: pass --baseline FILE or set baseline in the "
                         "configuration")
    previous = load_baseline(target) if target.exists() else None
    update = merged_baseline(target, [(r.story, r.report) for r in results], previous, reason)
    write_baseline(target, update.entries)
    return update
