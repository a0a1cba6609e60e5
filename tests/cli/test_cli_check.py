"""`checker check` through the real entry point: exit codes, JSON report, bad input."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest
from support.cli import command, environment

from checker.report import SCHEMA_PATH

EN = (
    "NATO sends troops\n\nThe alliance sends 700 troops to Kosovo.\n\n"
    "At least 30 soldiers were injured.\n"
)
DE = (
    "NATO schickt Truppen\n\nDas Bündnis schickt 700 Soldaten in den Kosovo.\n\n"
    "Mindestens 30 Soldaten wurden verletzt.\n"
)
DE_DRIFTED = DE.replace("Mindestens 30", "Mindestens 13")


def story(tmp_path: Path, de_text: str) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "de.txt").write_text(de_text, encoding="utf-8")
    return folder


def test_faithful_story_exits_0(tmp_path: Path, run_cli) -> None:
    code, out, err = run_cli("check", story(tmp_path, DE), "--reference", "en")
    assert code == 0, err
    assert "de.txt" in out and "0 error(s)" in out


def test_drift_exits_1_and_json_report_validates(tmp_path: Path, run_cli) -> None:
    code, out, _ = run_cli(
        "check", story(tmp_path, DE_DRIFTED), "--reference", "en", "--format", "json"
    )
    assert code == 1
    report = json.loads(out)
    jsonschema.validate(report, json.loads(SCHEMA_PATH.read_text()))
    changed = [
        f for f in report["findings"] if f["category"] == "number" and f["kind"] == "changed"
    ]
    assert len(changed) == 1
    finding = changed[0]
    assert finding["severity"] == "error"
    assert (finding["reference"]["value"], finding["version"]["value"]) == (30, 13)
    assert finding["reference"]["line"] == 5 and finding["version"]["line"] == 5
    assert finding["version"]["lang"] == "de"
    assert report["versions"][0]["lang_source"] == "filename"
    assert report["summary"]["error"] == 1


def test_fail_on_levels(tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path, DE_DRIFTED)
    assert run_cli("check", folder, "--fail-on", "never")[0] == 0
    assert run_cli("check", folder, "--fail-on", "warning")[0] == 1


def test_reference_can_be_a_path(tmp_path: Path, run_cli) -> None:
    folder = story(tmp_path, DE_DRIFTED)
    code, out, _ = run_cli(
        "check",
        folder / "en.txt",
        folder / "de.txt",
        "--reference",
        folder / "de.txt",
        "--format",
        "json",
    )
    assert json.loads(out)["reference"]["lang"] == "de"
    assert code == 1


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: (d / "de.txt").write_bytes(b""), "file is empty"),
        (lambda d: (d / "de.txt").write_bytes(b"\x00\x01\x02binary"), "binary file"),
        (lambda d: (d / "de.txt").write_bytes("Größe".encode("latin-1")), "not valid UTF-8"),
    ],
)
def test_bad_files_give_one_line_and_exit_2(tmp_path: Path, run_cli, setup, message: str) -> None:
    folder = story(tmp_path, DE)
    setup(folder)
    code, _out, err = run_cli("check", folder)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_reference_not_among_inputs(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("check", story(tmp_path, DE), "--reference", "tr")
    assert code == 2
    assert "reference 'tr' is not among the inputs" in err


def test_missing_path(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("check", tmp_path / "nowhere")
    assert code == 2 and "no such file or folder" in err


def test_console_script_usage_error_exits_2_without_traceback() -> None:
    result = subprocess.run(
        command("check", "--format", "yaml", "x"),
        capture_output=True,
        text=True,
        env=environment(),
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_json_report_marks_a_moved_paragraph(seed_story: Path, run_cli) -> None:
    code, out, err = run_cli(
        "check",
        seed_story / "en.txt",
        seed_story / "drifted" / "structure.fr.txt",
        "--format",
        "json",
        "--no-translate",
    )
    assert code == 0, err
    report = json.loads(out)
    jsonschema.validate(report, json.loads(SCHEMA_PATH.read_text()))
    beads = report["versions"][0]["alignment"]
    moved = [b for b in beads if b["moved"]]
    assert moved, beads
    # The moved paragraph is the reference's "Albanians are the largest ethnic group..." (#12).
    assert any(12 in b["reference"] for b in moved)
