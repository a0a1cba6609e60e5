"""`checker check` formats, --output, many stories, --jobs, --changed and the progress
bar, through the real entry point."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from junitparser import JUnitXml
from support.cli import command, environment

from checker.report import SARIF_SCHEMA_PATH

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "nato-kosovo"


@pytest.fixture
def stories(tmp_path: Path, monkeypatch) -> Path:
    """stories/troops (a planted 700 -> 7.000) and stories/faithful, translation off."""
    monkeypatch.chdir(tmp_path)
    root = Path("stories")
    for name, version, source in (("troops", "tr.txt", SEEDS / "drifted" / "troops.tr.txt"),
                                  ("faithful", "de.txt", SEEDS / "de.txt")):
        folder = root / name
        folder.mkdir(parents=True)
        shutil.copy(SEEDS / "en.txt", folder / "en.txt")
        shutil.copy(source, folder / version)
    (tmp_path / "checker.toml").write_text("[translation]\nenabled = false\n")
    return root


def test_every_format_to_output_file(stories: Path, run_cli, tmp_path: Path) -> None:
    sarif_schema = json.loads(SARIF_SCHEMA_PATH.read_text(encoding="utf-8"))
    outputs = {}
    for fmt in ("text", "json", "sarif", "junit", "github", "html"):
        target = tmp_path / f"out.{fmt}"
        code, out, err = run_cli("check", stories, "--format", fmt, "--output", target)
        assert code == 1, err
        assert out == ""  # the report went to the file only
        outputs[fmt] = target.read_text(encoding="utf-8")
    assert "stories/troops" in outputs["text"] and "Stories" in outputs["text"]
    data = json.loads(outputs["json"])
    assert data["schema"] == "checker-reports/1" and len(data["stories"]) == 2
    jsonschema.Draft4Validator(sarif_schema).validate(json.loads(outputs["sarif"]))
    junit = JUnitXml.fromfile(str(tmp_path / "out.junit"))
    assert sorted(s.name for s in junit) == ["stories/faithful", "stories/troops"]
    assert any(line.startswith("::error file=stories/troops/tr.txt,")
               for line in outputs["github"].splitlines())
    assert outputs["html"].startswith("<!DOCTYPE html>") and 'id="summary"' in outputs["html"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_single_story_json_is_still_checker_report_1(stories: Path, run_cli) -> None:
    code, out, _ = run_cli("check", stories / "troops", "--format", "json")
    assert code == 1
    assert json.loads(out)["schema"] == "checker-report/1"


def test_output_left_untouched_when_the_check_fails(stories: Path, run_cli,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous report\n", encoding="utf-8")
    code, _, err = run_cli("check", stories / "troops" / "tr.txt", "--format", "json",
                             "--output", target)
    assert code == 2 and "need at least two versions" in err
    assert target.read_text(encoding="utf-8") == "previous report\n"
    code, _, _ = run_cli("check", stories / "troops", "--format", "json", "--output", target)
    assert code == 1 and json.loads(target.read_text(encoding="utf-8"))["findings"]


def test_jobs_in_parallel_give_the_same_report(stories: Path, run_cli) -> None:
    _, serial, _ = run_cli("check", stories, "--format", "json")
    code, parallel, err = run_cli("check", stories, "--format", "json", "--jobs", "2")
    assert code == 1, err
    assert json.loads(parallel) == json.loads(serial)


def test_changed_files_stand_for_their_stories(stories: Path, run_cli) -> None:
    code, out, err = run_cli("check", "--changed", "--format", "json",
                             stories / "troops" / "tr.txt", stories / "troops" / "en.txt",
                             "README.md")
    assert code == 1, err
    data = json.loads(out)
    assert [s["checker"]["story"] for s in data["stories"]] == ["stories/troops"]
    code, out, _ = run_cli("check", "--changed", "notes.txt")
    assert code == 0 and "No story to check" in out


def test_one_bad_story_does_not_hide_the_others(stories: Path, run_cli) -> None:
    bad = stories / "untranslated"
    bad.mkdir()
    (bad / "tr.txt").write_text("Yalnızca bir sürüm.\n", encoding="utf-8")
    code, out, err = run_cli("check", stories, "--format", "json")
    assert code == 2
    data = json.loads(out)
    assert len(data["stories"]) == 2
    assert data["errors"][0]["story"] == "stories/untranslated"
    assert "stories/untranslated" in err


def _run_with_tty_stderr(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal, as in an editor's terminal."""
    master, slave = pty.openpty()
    env = environment(COLUMNS="100")
    process = subprocess.Popen(command(*args), cwd=cwd,
                               stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    out = process.stdout.read().decode()
    code = process.wait(timeout=300)
    os.close(master)
    return code, out, b"".join(chunks).decode(errors="replace")


def test_progress_bar_on_a_terminal_never_in_machine_formats(stories: Path,
                                                             tmp_path: Path) -> None:
    code, out, err = _run_with_tty_stderr(["check", "stories"], tmp_path)
    assert code == 1
    assert "checking" in err and "2/2" in err  # the bar, on stderr
    assert "checking" not in out
    code, out, err = _run_with_tty_stderr(["check", "stories", "--format", "json"], tmp_path)
    assert code == 1
    assert "checking" not in err
    assert json.loads(out)["schema"] == "checker-reports/1"


def test_one_long_story_shows_how_far_its_alignment_is_on_a_terminal(tmp_path: Path) -> None:
    # Long enough to be aligned in windows (checker/align/windows.py).
    for lang in ("en", "de"):
        text = (SEEDS / f"{lang}.txt").read_text(encoding="utf-8")
        (tmp_path / f"{lang}.txt").write_text("\n\n".join([text] * 26), encoding="utf-8")
    args = ["check", "en.txt", "de.txt", "--no-translate", "--no-embed"]
    code, out, err = _run_with_tty_stderr(args, tmp_path)
    assert code in (0, 1), err
    assert "aligning" in err and "de.txt" in err  # the bar, on stderr
    assert "aligning" not in out
    # (to a file: the pseudo-terminal is read to its end before standard output)
    code, out, err = _run_with_tty_stderr([*args, "--format", "json", "-o", "out.json"],
                                          tmp_path)
    assert code in (0, 1), err
    assert "aligning" not in err
    assert json.loads((tmp_path / "out.json").read_text())["schema"] == "checker-report/1"
