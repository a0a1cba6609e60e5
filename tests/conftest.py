"""Shared fixtures: paths to the seed story and a way to run the real CLI in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

# Asserts in the shared helpers (tests/support) report their values, as a test's own do.
pytest.register_assert_rewrite("support")

ROOT = Path(__file__).resolve().parents[1]
SEED_STORY = ROOT / "seeds" / "nato-kosovo"


@pytest.fixture
def seed_story() -> Path:
    return SEED_STORY


@pytest.fixture
def run_cli(capsys):
    """Run `checker ARGS...` through the real entry point; returns (exit code, stdout, stderr)."""
    from support.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
