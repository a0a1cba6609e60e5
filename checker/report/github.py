"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per
finding, so the finding shows on the changed line of the pull request's diff. The
annotation's title is the rule id and its one-line text from `checker.rules`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from checker.rules import BY_ID

if TYPE_CHECKING:
    from checker.stories import StoryResult

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    """Escape a message the way the runner's toolkit does (issueCommand)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(results: Sequence[StoryResult]) -> str:
    lines = []
    for story in results:
        if story.report is None:
            lines.append(f"::error title={_prop('checker: ' + (story.story or 'story'))}::"
                         f"{_data(story.error or 'failed')}")
            continue
        report = story.report
        for finding in report.findings:
            ver, ref = finding.version, finding.reference
            props = {"file": finding.version_path or (ver.path if ver else report.reference.path)}
            if ver is not None:
                props["line"] = str(ver.line)
                props["col"] = str(ver.column)
                if ver.fact:
                    props["endColumn"] = str(ver.column + len(ver.fact))
            rule = BY_ID.get(finding.rule)
            props["title"] = f"checker {finding.rule}" + (f": {rule.text}" if rule else "")
            message = finding.message
            if ref is not None:
                message += f"\nreference ({report.reference.lang}) line {ref.line}: {ref.text}"
            if ver is not None and ver.translation:
                message += f"\ntranslation: {ver.translation}"
            head = ",".join(f"{key}={_prop(value)}" for key, value in props.items())
            lines.append(f"::{_COMMAND.get(finding.severity, 'warning')} {head}::{_data(message)}")
        if story.suppressed:
            note = (f"{story.story or report.reference.path}: "
                    f"{len(story.suppressed)} accepted difference(s) suppressed by the baseline")
            lines.append(f"::notice title={_prop('checker baseline')}::{_data(note)}")
    return "".join(line + "\n" for line in lines)
