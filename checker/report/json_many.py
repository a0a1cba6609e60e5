"""The JSON report of a many-story run, `checker-reports/1`: a wrapper listing one
unchanged `checker-report/1` object per story, so a consumer of single-story reports
reads each entry as it reads a single report. Its JSON Schema ships beside this module
and refers to checker-report/1 by id."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker import __version__
from checker.report.json_report import indented_json, report_dict

if TYPE_CHECKING:
    from checker.stories import StoryResult

SCHEMA_MANY_ID = "checker-reports/1"
SCHEMA_MANY_PATH = Path(__file__).with_name("checker-reports-1.schema.json")


def reports_dict(results: Sequence[StoryResult]) -> dict:
    stories, errors = [], []
    summary = {"stories": len(results), "failed": 0, "error": 0, "warning": 0, "info": 0,
               "suppressed": 0}
    for story in results:
        if story.report is None:
            errors.append({"story": story.story, "error": story.error})
            summary["failed"] += 1
            continue
        stories.append(report_dict(story.report))
        for level, count in story.report.summary.items():
            summary[level] += count
        summary["suppressed"] += len(story.suppressed)
    return {"schema": SCHEMA_MANY_ID, "checker": {"checker": __version__},
            "stories": stories, "errors": errors, "summary": summary}


def to_json_many(results: Sequence[StoryResult]) -> str:
    return indented_json(reports_dict(results))
