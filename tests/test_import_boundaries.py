"""The layering the code relies on, read from the source with `ast` (nothing is imported):

- alignment never imports the pipeline that calls it (nor anything that does);
- reports render the data a check returned: they never re-read input files (no
  `checker.load`, no opening of paths);
- the command line uses the library's public names only, never a private one.

Imports inside functions count; imports under `if TYPE_CHECKING:` do not (they are
never run).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Import:
    module: str  # absolute module imported from
    names: tuple[str, ...]  # names imported from it (empty for `import module`)
    line: int
    bound: tuple[str, ...] = ()  # the local names they are bound to (`as` names)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_nodes(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                stack.extend(child.orelse)
                continue
            stack.append(child)


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


@cache
def imports_of(path: Path) -> tuple[Import, ...]:
    """The imports a module runs, with relative imports made absolute."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in _runtime_nodes(_tree(path)):
        if isinstance(node, ast.Import):
            found.extend(Import(alias.name, (), node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, module] if module else base)
            found.append(Import(module, tuple(a.name for a in node.names), node.lineno,
                                tuple(a.asname or a.name for a in node.names)))
    return tuple(found)


def _modules(folder: str) -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((ROOT / folder).rglob("*.py"))}


LIBRARY = _modules("checker")


def _imported_modules(path: Path) -> set[str]:
    """The checker modules importing `path` runs: each one named, and its packages."""
    out: set[str] = set()
    for item in imports_of(path):
        candidates = [item.module, *(f"{item.module}.{n}" for n in item.names)]
        for candidate in candidates:
            parts = candidate.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                if prefix in LIBRARY:
                    out.add(prefix)
    return out


def reachable(start: str) -> dict[str, str]:
    """Every checker module that importing `start` may import, each with the module
    that imports it (to name the path in a failure)."""
    seen = {start: ""}
    todo = [start]
    while todo:
        current = todo.pop()
        for module in _imported_modules(LIBRARY[current]):
            if module not in seen:
                seen[module] = current
                todo.append(module)
    return seen


def _chain(seen: dict[str, str], end: str) -> str:
    chain = [end]
    while seen[chain[-1]]:
        chain.append(seen[chain[-1]])
    return " <- ".join(chain)


def test_the_import_reader_sees_relative_lazy_and_type_only_imports():
    # Guards the reader itself: these imports exist today, and one is type-only.
    assert "checker.pipeline" in _imported_modules(LIBRARY["checker.stories"])  # in a function
    assert "checker.stories" not in _imported_modules(LIBRARY["checker.report.sarif"])
    main = imports_of(ROOT / "cli" / "main.py")
    assert any(i.module == "cli" and "check" in i.names for i in main)  # `from . import check`
    assert "checker.load" in reachable("checker.pipeline")


def test_align_never_imports_the_pipeline():
    for name in (n for n in LIBRARY if n.startswith("checker.align")):
        seen = reachable(name)
        for above in ("checker.pipeline", "checker.stories"):
            assert above not in seen, f"{_chain(seen, above)}: align imports the pipeline"


def test_reports_never_re_read_input_files():
    for name, path in LIBRARY.items():
        if not name.startswith("checker.report"):
            continue
        seen = reachable(name)
        for reader in ("checker.load", "checker.pipeline", "checker.stories"):
            assert reader not in seen, f"{_chain(seen, reader)}: a report reads input files"
        for node in _runtime_nodes(_tree(path)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            assert called not in ("open", "read_text", "read_bytes"), (
                f"{path.relative_to(ROOT)}:{node.lineno}: a report opens a file ({called})")


def _public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def test_the_cli_uses_only_public_names_of_the_library():
    for path in sorted((ROOT / "cli").glob("*.py")):
        checker_modules: set[str] = set()  # local names bound to checker modules
        for item in imports_of(path):
            if item.module.split(".")[0] != "checker":
                continue
            where = f"{path.relative_to(ROOT)}:{item.line}"
            assert all(_public(part) for part in item.module.split(".")), (
                f"{where}: imports the private module {item.module}")
            assert all(_public(n) for n in item.names), f"{where}: imports a private name"
            checker_modules.update(local for name, local in zip(item.names, item.bound, strict=True)
                                   if f"{item.module}.{name}" in LIBRARY)
        for node in _runtime_nodes(_tree(path)):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in checker_modules):
                assert _public(node.attr), (
                    f"{path.relative_to(ROOT)}:{node.lineno}: uses {node.value.id}.{node.attr}")


# Where a run's glossaries are read and held: facts get them as a CheckContext argument.
GLOSSARY_STATE = ("checker.context", "checker.glossary.store", "checker.pipeline",
                  "checker.stories")


def test_facts_never_import_glossary_state():
    """Facts may use the pure lookup helpers (checker.glossary.lookup: the NameIndex class;
    checker.glossary.cldr_tables: CLDR names), never the modules that load or hold a run's
    glossaries."""
    for name in (n for n in LIBRARY if n.startswith("checker.facts")):
        seen = reachable(name)
        for state in GLOSSARY_STATE:
            assert state not in seen, f"{_chain(seen, state)}: facts import glossary state"


_MUTATORS = frozenset({"append", "extend", "insert", "update", "setdefault", "pop", "popitem",
                       "clear", "add", "discard", "remove"})
_CONTAINERS = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)
# Caches of loaded models (keyed by what they load), not run settings.
MODEL_CACHES = {("checker.embed", "_LOADED"), ("checker.translate.argos", "_LOADED"),
                # a pool worker's copy of its run's shared value, set once per process
                ("checker.engines.local", "_WORKER_SHARED"),
                # name indexes keyed by language and glossaries' content, bounded (64)
                ("checker.context", "_SHARED_INDEXES")}


def _module_containers(tree: ast.Module) -> set[str]:
    """Module-level names bound to a mutable container ({}, [], set(), dict(), ...)."""
    out = set()
    for node in tree.body:
        targets, value = [], None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        mutable = isinstance(value, _CONTAINERS) or (
            isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id in ("dict", "list", "set", "defaultdict", "OrderedDict"))
        if mutable:
            out.update(t.id for t in targets if isinstance(t, ast.Name))
    return out


def _mutations(tree: ast.Module, names: set[str]):
    """(line, name) where a function changes a module-level container, or declares a
    global."""
    for function in (n for n in ast.walk(tree)
                     if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
        for node in ast.walk(function):
            if isinstance(node, ast.Global):
                yield node.lineno, ", ".join(node.names)
            elif (isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Store, ast.Del))
                  and isinstance(node.value, ast.Name) and node.value.id in names):
                yield node.lineno, node.value.id
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in _MUTATORS and isinstance(node.func.value, ast.Name)
                  and node.func.value.id in names):
                yield node.lineno, node.func.value.id


def test_no_module_level_state_changes_at_run_time():
    """Run settings (the glossaries above all) travel in a CheckContext: no module keeps a
    container that its functions fill at run time, and no function declares a global."""
    for name, path in LIBRARY.items():
        tree = _tree(path)
        for line, what in _mutations(tree, _module_containers(tree)):
            if (name, what) in MODEL_CACHES:
                continue
            raise AssertionError(f"{path.relative_to(ROOT)}:{line}: module state {what} "
                                 "changes at run time")
