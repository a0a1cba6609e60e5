"""What a run's findings mean for its exit code, and the translation lines under the
text report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checker.config import Config
from checker.model import Report, VersionInfo
from checker.pipeline import CheckOptions, check_story
from checker.report.summary import (
    FailOn,
    exit_code,
    fail_on_level,
    stories_exit_code,
    stories_summary,
    translation_summary,
)
from checker.stories import StoryResult

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


@pytest.fixture(scope="module")
def finding():
    """A real finding, of the drifted Turkish version of the seed story."""
    report = check_story([SEEDS / "en.txt", SEEDS / "drifted" / "troops.tr.txt"],
                         CheckOptions(translate=False))
    return report.findings[0]


@pytest.fixture
def story(finding):
    def make(summary: dict[str, int] | None, fail_on: str | None = None) -> StoryResult:
        """A story result whose report has `summary`'s counts (None: not checked)."""
        result = StoryResult("s", [Path("s")], config=Config(fail_on=fail_on))
        if summary is None:
            result.error = "could not be checked"
            return result
        findings = [replace(finding, severity=severity)
                    for severity, count in summary.items() for _ in range(count)]
        result.report = Report(VersionInfo("en.txt", "en", "filename"), [], findings)
        return result

    return make


@pytest.mark.parametrize(("summary", "fail_on", "code"), [
    ({"error": 1}, FailOn.error, 1),
    ({"warning": 2, "info": 5}, FailOn.error, 0),
    ({"warning": 2}, FailOn.warning, 1),
    ({"info": 3}, FailOn.warning, 0),
    ({"error": 4}, FailOn.never, 0),
    ({}, FailOn.error, 0),
])
def test_exit_code_by_fail_on_level(summary, fail_on, code):
    assert exit_code(summary, fail_on) == code


def test_the_command_line_level_wins_then_the_first_configured_story(story):
    results = [story({}), story({"warning": 1}, fail_on="warning"), story({}, fail_on="never")]
    assert fail_on_level(FailOn.never, results) is FailOn.never
    assert fail_on_level(None, results) is FailOn.warning
    assert fail_on_level(None, [story({})]) is FailOn.error


def test_many_stories_add_up_and_a_story_not_checked_exits_2(story):
    results = [story({"error": 1, "info": 2}), story({"warning": 1, "info": 1})]
    assert stories_summary(results) == {"error": 1, "warning": 1, "info": 3}
    assert stories_exit_code(results, FailOn.error) == 1
    assert stories_exit_code(results[1:], FailOn.error) == 0
    assert stories_exit_code([*results[1:], story(None)], FailOn.never) == 2


def test_translation_summary_groups_languages_by_engine():
    def info(path, lang, translation):
        return VersionInfo(path, lang, "filename", translation=translation)

    argos = {"status": "translated", "engine": "argos", "model": "de_en", "version": "1.0",
             "translated": 3, "cached": 2}
    report = Report(info("en.txt", "en", {"status": "pivot"}), [
        info("de.txt", "de", argos),
        info("de-at.txt", "de", {**argos, "translated": 1, "cached": 4}),
        info("ja.txt", "ja", {"status": "unavailable", "reason": "no model for ja->en"}),
        info("ko.txt", "ko", {"status": "failed"}),
    ], [])
    summary = translation_summary(report)
    assert summary.engines == {"argos de_en (1.0)": ["de"]}
    assert (summary.translated, summary.cached) == (4, 6)
    assert summary.untranslated == {"ja": "no model for ja->en", "ko": "no engine"}
