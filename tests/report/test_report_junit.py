"""JUnit XML read back by a JUnit reader (junitparser): a suite per story, a test case
per version, a failure per finding at or above fail-on."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from junitparser import Error, Failure, JUnitXml

from checker.pipeline import CheckOptions
from checker.report import to_junit
from checker.rules import BY_ID
from checker.stories import StoryJob, run_stories

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    root = tmp_path_factory.mktemp("junit")
    jobs = []
    for name, drifted in (("troops", "troops.tr.txt"), ("injured", "injured.sr.txt")):
        folder = root / name
        folder.mkdir()
        shutil.copy(SEEDS / "en.txt", folder / "en.txt")
        shutil.copy(SEEDS / "de.txt", folder / "de.txt")
        shutil.copy(SEEDS / "drifted" / drifted, folder / f"{drifted.split('.')[1]}.txt")
        jobs.append(StoryJob(story=str(folder), paths=[folder],
                             options=CheckOptions(translate=False)))
    return root, run_stories(jobs)


@pytest.fixture
def results(checked):
    return copy.deepcopy(checked[1])


def read(tmp_path: Path, text: str) -> JUnitXml:
    path = tmp_path / "junit.xml"
    path.write_text(text, encoding="utf-8")
    return JUnitXml.fromfile(str(path))


def test_suite_per_story_case_per_version_failure_per_finding(results, tmp_path: Path) -> None:
    xml = read(tmp_path, to_junit(results, "error"))
    suites = list(xml)
    assert [s.name for s in suites] == [r.story for r in results]
    for suite, story in zip(suites, results, strict=True):
        cases = list(suite)
        assert sorted(c.name for c in cases) == sorted(
            f"{Path(v.path).name} ({v.lang})" for v in story.report.versions)
        failures = [r for c in cases for r in c.result if isinstance(r, Failure)]
        errors = [f for f in story.report.findings if f.severity == "error"]
        assert len(failures) == len(errors)
        assert suite.tests == len(story.report.versions)
        assert suite.failures == sum(1 for c in cases if c.result)
    troops = suites[0]
    drift = [r for c in troops for r in c.result if r.type == "number.changed"]
    assert any("700" in r.message and "7.000" in r.message for r in drift), drift
    # the failure's text tells the editor what the rule means and what to do
    assert all(r.text.endswith(f"number.changed: {BY_ID['number.changed'].help}") for r in drift)
    case = next(c for c in troops if c.name == "tr.txt (tr)")
    assert case.classname == results[0].story


def test_fail_on_decides_what_is_a_failure(results, tmp_path: Path) -> None:
    never = read(tmp_path, to_junit(results, "never"))
    assert all(not c.result for s in never for c in s)
    warnings = read(tmp_path, to_junit(results, "warning"))
    count = sum(len(c.result) for s in warnings for c in s)
    assert count == sum(1 for r in results for f in r.report.findings
                        if f.severity in ("error", "warning"))


def test_story_error_and_unprintable_characters(results, tmp_path: Path) -> None:
    results[1].report, results[1].error = None, "bad \x01 byte in en.txt"
    xml = read(tmp_path, to_junit(results))
    suite = list(xml)[1]
    (case,) = list(suite)
    assert isinstance(case.result[0], Error)
    assert "bad" in case.result[0].message and "\x01" not in case.result[0].message
    assert suite.errors == 1
