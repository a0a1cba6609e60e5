"""install.sh, run with stand-ins for apt, dpkg, pip and pyenv that record what they are
asked: the default install is what the default path needs, --dev adds the test tools and
chromium, an unknown option is one usage line and exit 2. (The real install runs in CI:
.ci/run calls `./install.sh --dev`.)"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASH = shutil.which("bash")
pytestmark = pytest.mark.skipif(BASH is None, reason="no bash")

STUB = """#!/bin/sh
echo "$(basename "$0") $*" >> "$CALLS"
case "$(basename "$0") $1" in
  "dpkg -s") exit "${DPKG_MISSING:-1}" ;;
  "id -u") echo 0 ;;
esac
exit 0
"""


def run_install(tmp_path: Path, *args: str, installed: bool = False,
                ) -> tuple[subprocess.CompletedProcess, list[str]]:
    stubs = tmp_path / "bin"
    stubs.mkdir(exist_ok=True)
    for name in ("python3", "apt-get", "dpkg", "pyenv", "id"):
        (stubs / name).write_text(STUB, encoding="utf-8")
        (stubs / name).chmod(0o755)
    calls = tmp_path / "calls"
    calls.write_text("", encoding="utf-8")
    env = {**os.environ, "PATH": f"{stubs}:/usr/bin:/bin", "CALLS": str(calls),
           "DPKG_MISSING": "0" if installed else "1"}
    run = subprocess.run([BASH, str(ROOT / "install.sh"), *args], env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    return run, calls.read_text(encoding="utf-8").splitlines()


def test_default_install_has_no_test_tools_and_no_browser(tmp_path: Path) -> None:
    run, calls = run_install(tmp_path)
    assert run.returncode == 0, run.stderr
    apt = [c for c in calls if c.startswith("apt-get install")]
    assert len(apt) == 1 and "apertium-eng-spa" in apt[0] and "chromium" not in apt[0]
    pip = [c for c in calls if c.startswith("python3 -m pip install") and " -e " in c]
    assert len(pip) == 1 and pip[0].endswith("-e .")
    assert any("models build-e5" in c for c in calls)
    assert "pyenv rehash" in calls


def test_dev_install_adds_test_tools_and_chromium(tmp_path: Path) -> None:
    run, calls = run_install(tmp_path, "--dev")
    assert run.returncode == 0, run.stderr
    apt = [c for c in calls if c.startswith("apt-get install")]
    assert len(apt) == 1 and "chromium" in apt[0] and "apertium" in apt[0]
    assert any(c.startswith("python3 -m pip install") and c.endswith("-e .[dev]") for c in calls)


def test_debian_packages_already_there_are_not_installed_again(tmp_path: Path) -> None:
    run, calls = run_install(tmp_path, "--dev", installed=True)
    assert run.returncode == 0, run.stderr
    assert not [c for c in calls if c.startswith("apt-get")]


def test_unknown_option_is_one_usage_line_and_exit_2(tmp_path: Path) -> None:
    run, calls = run_install(tmp_path, "--frobnicate")
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "usage: ./install.sh [--dev]" in run.stderr
    assert calls == []


def test_ci_installs_the_dev_tools_then_runs_the_tests() -> None:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert lines[-2:] == ["./install.sh --dev", "python3 -m pytest -q"]
