"""SARIF 2.1.0: valid against the official schema (shipped in the repo), one result
per finding located on the drifted fact, the registry's rules, baseline suppressions."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from checker.baseline import Baseline, fingerprint
from checker.pipeline import CheckOptions
from checker.report import SARIF_SCHEMA_PATH, sarif_log, to_sarif
from checker.rules import BY_ID, RULES
from checker.stories import StoryJob, run_stories

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def make_story(root: Path, name: str, drifted: str) -> Path:
    """A story folder: the English reference and one planted-drift version."""
    folder = root / name
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / "en.txt", folder / "en.txt")
    lang = drifted.split(".")[1]
    shutil.copy(SEEDS / "drifted" / drifted, folder / f"{lang}.txt")
    return folder


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """Two stories checked once for the module (the check is the slow part)."""
    root = tmp_path_factory.mktemp("sarif")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        make_story(Path("stories"), "troops", "troops.tr.txt")
        make_story(Path("stories"), "injured", "injured.sr.txt")
        jobs = [StoryJob(story=f"stories/{n}", paths=[Path(f"stories/{n}")],
                         options=CheckOptions(translate=False)) for n in ("troops", "injured")]
        return root, run_stories(jobs)


@pytest.fixture
def tmp_path(checked, monkeypatch) -> Path:
    monkeypatch.chdir(checked[0])  # relative URIs are relative to the working folder
    return checked[0]


@pytest.fixture
def results(checked, tmp_path):
    return copy.deepcopy(checked[1])


def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA_PATH.read_text(encoding="utf-8"))
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    return jsonschema.Draft4Validator(schema, format_checker=checker)


def test_shipped_schema_is_the_official_sarif_2_1_0_schema() -> None:
    schema = json.loads(SARIF_SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    jsonschema.Draft4Validator.check_schema(schema)
    assert len(schema["definitions"]) >= 50


def test_log_validates_and_a_broken_one_does_not(results) -> None:
    log = json.loads(to_sarif(results))
    errors = sorted(validator().iter_errors(log), key=str)
    assert errors == []
    broken = copy.deepcopy(log)
    del broken["runs"][0]["results"][0]["message"]
    broken["runs"][0]["results"][1]["level"] = "fatal"
    assert len(list(validator().iter_errors(broken))) == 2


def test_planted_drift_is_one_result_on_the_fact(results, tmp_path: Path) -> None:
    log = sarif_log(results)
    run = log["runs"][0]
    assert len(log["runs"]) == 1  # every story in one run
    total = sum(len(r.report.findings) for r in results)
    assert len(run["results"]) == total
    drift = [r for r in run["results"] if r["ruleId"] == "number.changed"
             and r["properties"]["versionValue"] == "7000"]
    assert len(drift) == 1, run["results"]
    result = drift[0]
    assert result["level"] == "error"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "stories/troops/tr.txt",
                                            "uriBaseId": "%SRCROOT%"}
    region = location["region"]
    line = (tmp_path / "stories/troops/tr.txt").read_text(encoding="utf-8").split("\n")[
        region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "7.000"
    related = result["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "stories/troops/en.txt"
    ref_line = (tmp_path / "stories/troops/en.txt").read_text(encoding="utf-8").split("\n")[
        related["region"]["startLine"] - 1]
    assert "first batch of additional 700 troops" in ref_line
    ref_region = related["region"]
    assert ref_line[ref_region["startColumn"] - 1:ref_region["endColumn"] - 1] == "700"
    assert result["partialFingerprints"]["checkerFinding/v1"]


def test_rules_are_the_registry_and_index_every_result(results) -> None:
    run = sarif_log(results)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == [rule.id for rule in RULES]  # exactly the rules a check can report
    assert "term.extra" not in ids and "date.qualifier" not in ids  # can never fire
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
    changed = rules[ids.index("number.changed")]
    assert changed["defaultConfiguration"] == {"level": "error"}
    assert changed["shortDescription"]["text"] == BY_ID["number.changed"].text
    assert changed["help"]["text"] == BY_ID["number.changed"].help
    assert rules[ids.index("entity.missing")]["defaultConfiguration"] == {"level": "warning"}


def test_baseline_suppressions_are_kept_as_accepted(results) -> None:
    story = results[0]
    finding = story.report.findings[0]
    story.suppressed = [(finding, "desk: house style")]
    story.report.findings = story.report.findings[1:]
    log = sarif_log(results)
    assert list(validator().iter_errors(log)) == []
    suppressed = [r for r in log["runs"][0]["results"] if r.get("suppressions")]
    assert len(suppressed) == 1
    assert suppressed[0]["suppressions"][0] == {"kind": "external", "status": "accepted",
                                                "justification": "desk: house style"}
    lang = story.report.versions[0].lang
    baseline = Baseline(entries={fingerprint(finding, lang): {}})
    assert suppressed[0]["partialFingerprints"]["checkerFinding/v1"] in baseline


def test_story_error_is_a_tool_notification(results) -> None:
    results[1].report, results[1].error = None, "no English version to use as reference"
    log = sarif_log(results)
    assert list(validator().iter_errors(log)) == []
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "no English version" in invocation["toolExecutionNotifications"][0]["message"]["text"]
