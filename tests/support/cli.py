"""The source tree's command line, for tests.

The folder `cli/` installs as the package `checker_cli`; the tests run the tree they
sit in, where the same folder is the package `cli`. In-process through `main`;
in a subprocess through `command(...)` with `environment(...)`, which puts this tree
first on PYTHONPATH, so an installed copy (of another checkout) is never what runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULE = "cli.main"  # installed: checker_cli.main


def main(argv: list[str]) -> int:
    """`checker ARGV...` in this process; returns the exit code."""
    from cli.main import main as cli_main

    return cli_main(argv)


def command(*args: object) -> list[str]:
    """The argv of `checker ARGS...` for subprocess (use it with `environment()`)."""
    return [sys.executable, "-m", MODULE, *(str(a) for a in args)]


def environment(base: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
    """`base` (default: this process's environment) with this tree first on PYTHONPATH."""
    env = dict(os.environ if base is None else base)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.update(extra)
    return env
