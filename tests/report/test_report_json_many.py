"""`checker-reports/1`: the many-story JSON wrapper, each entry a checker-report/1."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

from checker.pipeline import CheckOptions
from checker.report import SCHEMA_MANY_PATH, SCHEMA_PATH, reports_dict
from checker.stories import StoryJob, run_stories

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def validator() -> jsonschema.Draft202012Validator:
    one = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    many = json.loads(SCHEMA_MANY_PATH.read_text(encoding="utf-8"))
    registry = Registry().with_resources(
        [(one["$id"], Resource.from_contents(one)), (many["$id"], Resource.from_contents(many))])
    return jsonschema.Draft202012Validator(many, registry=registry)


def test_wrapper_validates_and_each_story_is_a_single_report(tmp_path: Path) -> None:
    jobs = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(SEEDS / "en.txt", folder / "en.txt")
        shutil.copy(SEEDS / "drifted" / "troops.tr.txt", folder / "tr.txt")
        jobs.append(StoryJob(str(folder), [folder], CheckOptions(translate=False)))
    jobs.append(StoryJob(str(tmp_path / "c"), [tmp_path / "c"], CheckOptions(translate=False)))
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "tr.txt").write_text("Bir cümle.\n", encoding="utf-8")
    results = run_stories(jobs)
    data = reports_dict(results)
    assert list(validator().iter_errors(data)) == []
    assert data["schema"] == "checker-reports/1"
    assert [s["checker"]["story"] for s in data["stories"]] == [str(tmp_path / "a"),
                                                                str(tmp_path / "b")]
    assert data["errors"][0]["story"] == str(tmp_path / "c")
    assert data["summary"]["failed"] == 1
    single = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for story in data["stories"]:
        jsonschema.validate(story, single)
    broken = copy.deepcopy(data)
    broken["stories"][0]["findings"][0]["severity"] = "fatal"
    assert len(list(validator().iter_errors(broken))) == 1


def test_every_format_is_there_and_imported_only_when_asked_for():
    import subprocess
    import sys

    import checker.report as report

    assert all(getattr(report, name) is not None for name in report.__all__)
    code = ("import sys, checker.report; "
            "print(sorted(m for m in sys.modules if m.startswith('checker.report.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "[]"
