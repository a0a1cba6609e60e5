"""GitHub workflow command lines: one annotation per finding, on the fact, escaped."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.model import Finding, Report, Side, VersionInfo
from checker.pipeline import CheckOptions
from checker.report import to_github
from checker.rules import BY_ID
from checker.stories import StoryJob, StoryResult, run_stories

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"
LINE = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def test_planted_drift_annotates_the_fact(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    story = Path("story")
    story.mkdir()
    shutil.copy(SEEDS / "en.txt", story / "en.txt")
    shutil.copy(SEEDS / "drifted" / "troops.tr.txt", story / "tr.txt")
    (result,) = run_stories([StoryJob("story", [story], CheckOptions(translate=False))])
    lines = to_github([result]).splitlines()
    assert len(lines) == len(result.report.findings)
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    drift = [m for m in parsed
             if "title=checker number.changed" in m.group(2) and "7.000" in m.group(3)]
    assert len(drift) == 1
    level, props, _ = drift[0].groups()
    assert level == "error"
    fields = dict(item.split("=", 1) for item in props.split(","))
    title = BY_ID["number.changed"].text.replace(",", "%2C")
    assert fields["title"] == f"checker number.changed%3A {title}"
    text = (story / "tr.txt").read_text(encoding="utf-8").split("\n")[int(fields["line"]) - 1]
    assert fields["file"] == "story/tr.txt"
    assert text[int(fields["col"]) - 1:int(fields["endColumn"]) - 1] == "7.000"


def test_escaping_and_levels() -> None:
    side = Side(path="a,b: c.txt", lang="de", sentence=1, text="x", line=3, column=2, fact="5%")
    ref = Side(path="en.txt", lang="en", sentence=1, text="line one\nline two", line=1)
    findings = [Finding("number", "changed", "info", "50% -> 5%\nsee, here: now", ref, side,
                        "a,b: c.txt")]
    report = Report(VersionInfo("en.txt", "en", "filename"),
                    [VersionInfo("a,b: c.txt", "de", "filename")], findings)
    (line,) = to_github([StoryResult("s", [], report=report)]).splitlines()
    assert line.startswith("::notice file=a%2Cb%3A c.txt,line=3,col=2,endColumn=4,")
    message = line.split("::", 2)[2]
    assert message.startswith("50%25 -> 5%25%0Asee, here: now%0Areference (en) line 1: line one%0A")
    assert "\n" not in line


@pytest.mark.parametrize("severity,command", [("error", "error"), ("warning", "warning")])
def test_severity_maps_to_command(severity: str, command: str) -> None:
    side = Side(path="de.txt", lang="de", sentence=1, text="x", line=1)
    report = Report(VersionInfo("en.txt", "en", "filename"),
                    [VersionInfo("de.txt", "de", "filename")],
                    [Finding("date", "changed", severity, "m", None, side, "de.txt")])
    assert to_github([StoryResult("s", [], report=report)]).startswith(f"::{command} file=de.txt")
