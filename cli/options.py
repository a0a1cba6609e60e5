"""Option values shared by several commands."""

from __future__ import annotations

from enum import Enum

from checker.report.summary import FailOn

__all__ = ["FailOn", "Format"]


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    html = "html"
