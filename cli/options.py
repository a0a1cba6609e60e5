"""Option values shared by several commands."""

from __future__ import annotations

from enum import Enum


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    html = "html"


def exit_code(summary: dict[str, int], fail_on: FailOn) -> int:
    """1 when there are findings at or above the fail-on level, else 0."""
    if fail_on is FailOn.never:
        return 0
    levels = ["error"] if fail_on is FailOn.error else ["error", "warning"]
    return 1 if any(summary.get(level, 0) for level in levels) else 0
