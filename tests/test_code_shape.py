"""The code stays readable as it grows: every module of the library and the CLI under 600
lines, every function under 100 (the developers' guide). A module that outgrows the limit
is split by what its parts do, not trimmed of comments."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for folder in ("checker", "cli") for p in (ROOT / folder).rglob("*.py"))
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 100


def test_modules_are_found():
    assert len(MODULES) > 50


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_and_its_functions_are_short(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) < MAX_MODULE_LINES
    long_functions = [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(text))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long_functions == []
