"""Counting what a run found, and what that means for its exit code.

Exit codes: 0 nothing at or above the fail-on level; 1 findings at or above it;
2 a story could not be checked (usage and input errors are 2 as well, raised as
CheckerError before anything is counted). Also the translation summary a person
reads under the terminal report: which engine translated which languages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from checker.model import SEVERITIES, Finding, Report

if TYPE_CHECKING:
    from checker.stories import StoryResult

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class FailOn(str, Enum):
    """The lowest severity that fails a run (`never`: no finding fails it)."""

    error = "error"
    warning = "warning"
    never = "never"


def empty_summary() -> dict[str, int]:
    return {severity: 0 for severity in SEVERITIES}


def add_findings(summary: dict[str, int], findings: Iterable[Finding]) -> dict[str, int]:
    """Count `findings` into `summary` by severity (in place); returns it."""
    for finding in findings:
        summary[finding.severity] += 1
    return summary


def stories_summary(results: Sequence[StoryResult]) -> dict[str, int]:
    """Findings by severity over every story that was checked (failed stories add none)."""
    summary = empty_summary()
    for story in results:
        if story.report is None:
            continue
        for severity, count in story.report.summary.items():
            summary[severity] = summary.get(severity, 0) + count
    return summary


def fails(summary: dict[str, int], fail_on: FailOn) -> bool:
    """Whether there are findings at or above the fail-on level."""
    if fail_on is FailOn.never:
        return False
    levels = ["error"] if fail_on is FailOn.error else ["error", "warning"]
    return any(summary.get(level, 0) for level in levels)


def exit_code(summary: dict[str, int], fail_on: FailOn) -> int:
    """1 when there are findings at or above the fail-on level, else 0."""
    return EXIT_FINDINGS if fails(summary, fail_on) else EXIT_CLEAN


def fail_on_level(given: FailOn | None, results: Sequence[StoryResult]) -> FailOn:
    """The command line wins; else the first story's configuration; else `error`."""
    if given is not None:
        return given
    for story in results:
        if story.config is not None and story.config.fail_on:
            return FailOn(story.config.fail_on)
    return FailOn.error


def stories_exit_code(results: Sequence[StoryResult], fail_on: FailOn) -> int:
    """2 when a story could not be checked, else as `exit_code` over all stories."""
    if any(story.error for story in results):
        return EXIT_ERROR
    return exit_code(stories_summary(results), fail_on)


@dataclass
class TranslationSummary:
    """What machine translation did for one report, for the lines under the text report."""

    # "engine model (version)[, note: ...]" -> languages it translated, in report order
    engines: dict[str, list[str]] = field(default_factory=dict)
    translated: int = 0  # sentences sent to an engine
    cached: int = 0  # sentences taken from the cache
    untranslated: dict[str, str] = field(default_factory=dict)  # language -> why not


def translation_summary(report: Report) -> TranslationSummary:
    """Which engine translated which languages, how much came from the cache, and
    which languages no engine could translate (versions already in the pivot are left out)."""
    summary = TranslationSummary()
    for info in [report.reference, *report.versions]:
        done = info.translation
        if not done or done.get("status") == "pivot":
            continue
        if done.get("status") == "translated":
            engine = f"{done['engine']} {done['model']} ({done['version']})"
            if done.get("reason"):
                engine += f", note: {done['reason']}"
            langs = summary.engines.setdefault(engine, [])
            if info.lang not in langs:
                langs.append(info.lang)
            summary.translated += done["translated"]
            summary.cached += done["cached"]
        else:
            summary.untranslated.setdefault(info.lang, done.get("reason") or "no engine")
    return summary
