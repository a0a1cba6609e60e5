"""JUnit XML for CI test reporters (GitLab, Jenkins, Azure, GitHub test-report actions).

A test suite per story, a test case per version; each finding at or above the fail-on
level is a <failure> of its version's test case (type = rule id, text ending with the
rule's help from `checker.rules`), so the reporter's red/green matches checker's exit
code. Findings below the level, and findings accepted in a baseline, are listed in the
suite's <system-out>. A story that could not be checked is one test case with an <error>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker.baseline import version_path
from checker.model import Finding
from checker.rules import BY_ID

if TYPE_CHECKING:
    from checker.stories import StoryResult

# Characters XML 1.0 cannot carry, even escaped.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FAILING = {"error": ("error",), "warning": ("error", "warning"), "never": ()}


def _clean(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def _describe(finding: Finding, reference_lang: str, with_help: bool = False) -> str:
    lines = [f"{finding.severity} {finding.rule}: {finding.message}"]
    if finding.reference is not None:
        ref = finding.reference
        lines.append(f"reference ({reference_lang}) {ref.path}:{ref.line}:{ref.column}: {ref.text}")
    if finding.version is not None:
        ver = finding.version
        lines.append(f"version ({ver.lang}) {ver.path}:{ver.line}:{ver.column}: {ver.text}")
        if ver.translation:
            lines.append(f"  translation: {ver.translation}")
    rule = BY_ID.get(finding.rule)
    if with_help and rule is not None:
        lines.append(f"{rule.id}: {rule.help}")
    return "\n".join(lines)


def junit_tree(results: Sequence[StoryResult], fail_on: str = "error") -> ET.Element:
    failing = FAILING.get(fail_on, ("error",))
    root = ET.Element("testsuites", name="checker")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for story in results:
        name = story.story or (str(Path(story.paths[0]).parent) if story.paths else "story")
        suite = ET.SubElement(root, "testsuite", name=_clean(name))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if story.report is None:
            case = ET.SubElement(suite, "testcase", classname=_clean(name), name="check")
            error = ET.SubElement(case, "error", message=_clean(story.error or "failed"),
                                  type="CheckerError")
            error.text = _clean(story.error or "")
            counts["tests"], counts["errors"] = 1, 1
        else:
            report = story.report
            props = ET.SubElement(suite, "properties")
            ET.SubElement(props, "property", name="reference", value=_clean(report.reference.path))
            ET.SubElement(props, "property", name="reference_lang", value=report.reference.lang)
            ET.SubElement(props, "property", name="suppressed", value=str(len(story.suppressed)))
            other: list[str] = []
            for info in report.versions:
                case = ET.SubElement(suite, "testcase", classname=_clean(name),
                                     name=_clean(f"{Path(info.path).name} ({info.lang})"),
                                     file=_clean(info.path))
                counts["tests"] += 1
                failed = False
                for finding in (f for f in report.findings if version_path(f) == info.path):
                    if finding.severity in failing:
                        line = finding.version.line if finding.version else 1
                        failure = ET.SubElement(case, "failure", type=finding.rule,
                                                message=_clean(f"line {line}: {finding.message}"))
                        failure.text = _clean(_describe(finding, report.reference.lang,
                                                        with_help=True))
                        failed = True
                    else:
                        other.append(_describe(finding, report.reference.lang))
                counts["failures"] += int(failed)
            for finding, reason in story.suppressed:
                other.append(f"accepted in baseline ({reason}): {finding.rule}: {finding.message}")
            if other:
                ET.SubElement(suite, "system-out").text = _clean("\n\n".join(other))
            suite.set("time", f"{story.seconds:.3f}")
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    return root


def to_junit(results: Sequence[StoryResult], fail_on: str = "error") -> str:
    root = junit_tree(results, fail_on)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
