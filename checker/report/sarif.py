"""SARIF 2.1.0 for code-scanning views (GitHub code scanning, VS Code SARIF viewer).

One run holds every story's results. Each finding is one result located in the
version file (line, column, end column of the fact), with the reference sentence as a
related location; rule ids are `category.kind` ("number.changed"), and the run's rules
are exactly those of `checker.rules`, the ones a check can report. Findings accepted
in a baseline are kept as results with an external, accepted suppression, so viewers
hide them but the log still says they were seen. The official schema ships in
`schemas/sarif-schema-2.1.0.json` and the tests validate against it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from checker import __version__
from checker.baseline import fingerprint, version_lang
from checker.model import Finding, Report, Side
from checker.rules import RULES

if TYPE_CHECKING:
    from checker.stories import StoryResult

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_SCHEMA_PATH = Path(__file__).with_name("schemas") / "sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def rules() -> list[dict]:
    """Every rule checker can report (`checker.rules.RULES`), in registry order, so
    ruleIndex is stable."""
    return [
        {
            "id": rule.id,
            "name": f"{rule.category.title()}{rule.kind.title()}",
            "shortDescription": {"text": rule.text},
            "fullDescription": {"text": rule.help},
            "help": {"text": rule.help},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"tags": ["translation", "fact-consistency", rule.category]},
        }
        for rule in RULES
    ]


_RULES = rules()
_RULE_INDEX = {rule["id"]: index for index, rule in enumerate(_RULES)}


def artifact_uri(path: str) -> tuple[str, bool]:
    """A URI for a file: relative to the working folder when inside it (what code
    scanning resolves against the repository root), else an absolute file URI."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return candidate.resolve().as_uri(), False
    return quote(candidate.as_posix()), True


def _region(side: Side | None) -> dict:
    if side is None:
        return {"startLine": 1, "startColumn": 1}
    first_line = side.text.split("\n", 1)[0]
    length = len(side.fact) if side.fact else max(1, len(first_line))
    region = {"startLine": side.line, "startColumn": side.column,
              "endLine": side.line, "endColumn": side.column + length,
              "snippet": {"text": side.text}}
    return region


def _location(path: str, side: Side | None, message: str | None = None,
              location_id: int | None = None) -> dict:
    uri, relative = artifact_uri(path)
    artifact = {"uri": uri}
    if relative:
        artifact["uriBaseId"] = SRCROOT
    location: dict = {"physicalLocation": {"artifactLocation": artifact, "region": _region(side)}}
    if location_id is not None:
        location["id"] = location_id
    if message:
        location["message"] = {"text": message}
    return location


def _value(value) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def result(report: Report, finding: Finding, story: str = "",
           suppression: str | None = None) -> dict:
    lang = version_lang(report, finding)
    ref, ver = finding.reference, finding.version
    version_path = finding.version_path or (ver.path if ver else report.reference.path)
    text = finding.message
    if ref is not None:
        text += f" (reference {report.reference.lang}, line {ref.line}: \"{ref.text}\")"
    item: dict = {
        "ruleId": finding.rule,
        "level": _LEVEL.get(finding.severity, "warning"),
        "message": {"text": text},
        "locations": [_location(version_path, ver)],
        "partialFingerprints": {"checkerFinding/v1": fingerprint(finding, lang)},
        "properties": {
            "story": story,
            "lang": lang,
            "category": finding.category,
            "kind": finding.kind,
            "severity": finding.severity,
            "referenceValue": _value(ref.value) if ref else None,
            "versionValue": _value(ver.value) if ver else None,
        },
    }
    if finding.rule in _RULE_INDEX:
        item["ruleIndex"] = _RULE_INDEX[finding.rule]
    if ref is not None:
        item["relatedLocations"] = [_location(ref.path or report.reference.path, ref,
                                              f"reference ({report.reference.lang})", 1)]
    if ver is not None and ver.translation:
        item["properties"]["translation"] = ver.translation
    if suppression is not None:
        item["suppressions"] = [{"kind": "external", "status": "accepted",
                                 "justification": suppression}]
    return item


def sarif_log(results: Sequence[StoryResult]) -> dict:
    out_results: list[dict] = []
    notifications: list[dict] = []
    for story in results:
        if story.report is None:
            notifications.append({"level": "error",
                                  "message": {"text": f"{story.story or 'story'}: {story.error}"}})
            continue
        report = story.report
        for finding in report.findings:
            out_results.append(result(report, finding, story.story))
        for finding, reason in story.suppressed:
            out_results.append(result(report, finding, story.story, suppression=reason))
    run: dict = {
        "tool": {"driver": {
            "name": "checker",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": _RULES,
        }},
        "invocations": [{
            "executionSuccessful": not notifications,
            "toolExecutionNotifications": notifications,
        }],
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": out_results,
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def to_sarif(results: Sequence[StoryResult]) -> str:
    return json.dumps(sarif_log(results), ensure_ascii=False, indent=2) + "\n"
