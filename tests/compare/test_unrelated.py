"""version.unrelated: a version with no letters, or that matches almost none of the
reference, is an error finding instead of a silent pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.pipeline import CheckOptions, check_story

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def _rules(tmp_path: Path, version_text: str, name: str = "de.txt") -> list[str]:
    version = tmp_path / name
    version.write_text(version_text, encoding="utf-8")
    report = check_story([SEED / "en.txt", version], CheckOptions(translate=False))
    return [f.rule for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize("text", ["D" * 4096 + "\n", "\u200b\u200b\u200c\n\u200d\u2060\n",
                                  "12 34 56.\n78 90.\n"])
def test_a_version_without_letters_is_unrelated(tmp_path: Path, text: str) -> None:
    rules = _rules(tmp_path, text)
    if text.startswith("D"):
        assert "version.unrelated" in rules  # letters, but nothing matches
    else:
        assert rules[:1] == ["version.unrelated"]


def test_a_version_cut_to_its_first_lines_is_reported(tmp_path: Path) -> None:
    first_lines = "".join((SEED / "de.txt").read_text(encoding="utf-8").splitlines(True)[:8])
    assert "version.unrelated" in _rules(tmp_path, first_lines)


@pytest.mark.parametrize("name", ["de.txt", "tr.txt", "ar.txt", "sr-Cyrl.txt"])
def test_real_versions_are_not_unrelated(tmp_path: Path, name: str) -> None:
    assert "version.unrelated" not in _rules(tmp_path, (SEED / name).read_text("utf-8"), name)


def test_the_cli_fails_on_an_unrelated_version(tmp_path: Path, run_cli) -> None:
    (tmp_path / "en.txt").write_bytes((SEED / "en.txt").read_bytes())
    (tmp_path / "de.txt").write_text("\u200b\u200b\n", encoding="utf-8")
    code, out, _ = run_cli("check", tmp_path, "--no-translate", "--format", "json")
    assert code == 1
    assert '"rule": "version.unrelated"' in out
