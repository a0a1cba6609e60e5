"""The command line installs as `checker_cli`, never as a top-level `cli`: the packaging
metadata says so, and a wheel built offline from this tree holds exactly that and runs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

try:  # Python 3.11+; tomli is the same parser for 3.10
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_maps_the_cli_folder_to_checker_cli_and_the_script_to_its_main():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"] == {"checker": "checker_cli.main:main"}
    assert project["tool"]["setuptools"]["package-dir"] == {"checker_cli": "cli"}
    assert "packages" not in project["tool"]["setuptools"]  # setup.py lists them


def test_the_cli_uses_relative_imports_for_itself():
    # Absolute `cli.` imports would break under the installed name `checker_cli`.
    for module in (ROOT / "cli").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) cli\b", text, re.MULTILINE), module.name


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of this tree, offline, without touching any install."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("checker", "cli"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("checker-*.whl")
    return found


def test_wheel_holds_checker_and_checker_cli_and_no_top_level_cli(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"checker", "checker_cli"}
    shipped_cli = {n.split("/", 1)[1] for n in names if n.startswith("checker_cli/")}
    assert shipped_cli == {p.name for p in (ROOT / "cli").glob("*.py")}
    assert "checker/report/schemas/sarif-schema-2.1.0.json" in names  # package data kept
    assert "checker/lang/en/__init__.py" in names  # subpackages found, none listed by hand
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/"))]
    info = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    entry_points = zipfile.ZipFile(wheel).read(info).decode()
    assert "checker = checker_cli.main:main" in entry_points


def test_wheel_runs_as_checker_cli(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    done = subprocess.run([sys.executable, "-m", "checker_cli.main", "--version"],
                          capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("checker ")
