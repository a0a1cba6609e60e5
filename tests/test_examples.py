"""The example GitHub workflow and the pre-commit hook run the commands they contain,
on a real git repository of stories: a baseline lets CI pass on accepted differences
and fail on a new drift."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml
from support.cli import command, environment

from checker.report import SARIF_SCHEMA_PATH

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "nato-kosovo"


def shim(tmp_path: Path) -> dict[str, str]:
    """An environment where `checker` is this checkout's CLI."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "checker"
    script.write_text("#!/bin/sh\nexec " + " ".join(map(shlex.quote, command())) + ' "$@"\n')
    script.chmod(0o755)
    return environment(PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org",
         "-c", "init.defaultBranch=main", *args],
        cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A newsroom repository: one story, its faithful Turkish version, committed."""
    repo = tmp_path / "newsroom"
    story = repo / "stories" / "nato"
    story.mkdir(parents=True)
    shutil.copy(SEEDS / "en.txt", story / "en.txt")
    shutil.copy(SEEDS / "tr.txt", story / "tr.txt")
    (repo / "checker.toml").write_text("[translation]\nenabled = false\n")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "story")
    return repo


def bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    # How GitHub runs `shell: bash` steps.
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_github_workflow_steps_on_changed_stories(repo: Path, tmp_path: Path) -> None:
    workflow = yaml.safe_load((ROOT / "examples" / "github-workflow.yml").read_text())
    job = workflow["jobs"]["checker"]
    steps = {step.get("name"): step for step in job["steps"]}
    find, check, reports = (steps["Changed story files"], steps["Check changed stories"],
                            steps["SARIF and HTML reports"])
    for step in (find, check, reports):
        assert "${{" not in step["run"]  # the test runs the exact scripts
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in
               job["steps"])
    env = {**shim(tmp_path), **job["env"]}
    # The desk accepts the differences checker reports on the faithful version today.
    run = bash(f"checker baseline update stories/nato --baseline {job['env']['CHECKER_BASELINE']}"
               " --reason 'reviewed'", repo, env)
    assert run.returncode == 0, run.stderr
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "baseline")
    base = git(repo, "rev-parse", "HEAD")

    def ci() -> tuple[subprocess.CompletedProcess, str]:
        outputs = tmp_path / "github_output"
        outputs.write_text("")
        step_env = {**env, "BASE_SHA": base, "GITHUB_OUTPUT": str(outputs)}
        found = bash(find["run"], repo, step_env)
        assert found.returncode == 0, found.stderr
        assert outputs.read_text().strip() == "count=1"
        return bash(check["run"], repo, step_env), (repo / "changed.txt").read_text()

    # A pull request that only edits an accepted sentence's neighbour: passes.
    tr = repo / "stories" / "nato" / "tr.txt"
    tr.write_text(tr.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "whitespace")
    result, changed = ci()
    assert changed.split() == ["stories/nato/tr.txt"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::error" not in result.stdout
    # A pull request that plants a drift (700 -> 7.000): fails, annotated on the line.
    shutil.copy(SEEDS / "drifted" / "troops.tr.txt", tr)
    git(repo, "commit", "-q", "-am", "drift")
    result, _ = ci()
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert errors and all("file=stories/nato/tr.txt" in line for line in errors)
    assert any("7.000" in line for line in errors)
    outputs = tmp_path / "github_output"
    reports_run = bash(reports["run"], repo, {**env, "GITHUB_OUTPUT": str(outputs)})
    assert reports_run.returncode == 0, reports_run.stderr
    sarif = json.loads((repo / "checker.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA_PATH.read_text())).validate(sarif)
    assert any(r["ruleId"] == "number.changed" and not r.get("suppressions")
               for r in sarif["runs"][0]["results"])
    assert "7.000" in (repo / "checker-report.html").read_text(encoding="utf-8")


def test_pre_commit_hook_entry_with_file_arguments(repo: Path, tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "checker" and hook["language"] == "python"
    files = re.compile(hook["files"])
    env = shim(tmp_path)
    (repo / "checker.toml").write_text(
        "baseline = 'checker-baseline.json'\n[translation]\nenabled = false\n")
    run = subprocess.run(["checker", "baseline", "update", "stories/nato"], cwd=repo, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    (repo / "README.md").write_text("# Newsroom\n")

    def commit_hook(staged: list[str]) -> subprocess.CompletedProcess:
        # pre-commit runs `entry` with the staged files its `files` pattern selects.
        selected = [name for name in staged if files.search(name)]
        assert selected
        return subprocess.run([*shlex.split(hook["entry"]), *selected], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=600)

    clean = commit_hook(["README.md", "stories/nato/tr.txt", "checker.toml"])
    assert clean.returncode == 0, clean.stdout + clean.stderr
    shutil.copy(SEEDS / "drifted" / "troops.tr.txt", repo / "stories" / "nato" / "tr.txt")
    drifted = commit_hook(["stories/nato/tr.txt"])
    assert drifted.returncode == 1, drifted.stdout + drifted.stderr
    assert "7.000" in drifted.stdout and "stories/nato" in drifted.stdout
