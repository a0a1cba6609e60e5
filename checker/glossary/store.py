"""Where glossaries live and how they are written safely.

A glossary folder holds one file per language, `<lang>.tsv`, owned by that language's
desk. Every change goes through `update()`: an exclusive lock on `<lang>.tsv.lock`
(removed again after the change), the file re-read under the lock (so two editors never
overwrite each other's entries), the change applied, the result written to a temporary
file in the same folder, flushed to disk and moved over the old file with `os.replace`
(checker.atomic: a crash leaves the old file or the new one, never half of one). A file
that does not parse aborts the change: nothing is written.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

from checker.atomic import write_text_atomic
from checker.errors import CheckerError
from checker.glossary import tsv
from checker.glossary.model import Glossary

FOLDER_NAME = "glossaries"
SUFFIXES = (".tsv", ".csv")


def find_folder(start_paths: Sequence[Path] = (), cwd: Path | None = None) -> Path | None:
    """The `glossaries/` folder next to the inputs (walking up from each input's folder), else
    one in the current directory or above; None when there is none."""
    starts = [p if p.is_dir() else p.parent for p in (Path(s) for s in start_paths)]
    starts.append(cwd or Path.cwd())
    for start in starts:
        for folder in [start.resolve(), *start.resolve().parents]:
            candidate = folder / FOLDER_NAME
            if candidate.is_dir():
                return candidate
    return None


def default_folder(given: Path | None) -> Path:
    """The folder glossary commands work on: --dir, else one found from the current directory,
    else ./glossaries (created on the first write)."""
    if given is not None:
        return given
    return find_folder(()) or Path.cwd() / FOLDER_NAME


def language_file(folder: Path, lang: str) -> Path:
    for suffix in SUFFIXES:
        path = folder / f"{lang}{suffix}"
        if path.exists():
            return path
    return folder / f"{lang}.tsv"


def languages(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(
        {
            p.stem
            for p in folder.iterdir()
            if p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
        }
    )


def load(folder: Path, lang: str) -> Glossary:
    return tsv.read(language_file(folder, lang), lang)


def load_all(folder: Path) -> dict[str, Glossary]:
    return {lang: load(folder, lang) for lang in languages(folder)}


@contextlib.contextmanager
def locked(path: Path, timeout: float = 30.0) -> Iterator[None]:
    """An exclusive lock held on `<file>.lock` for the duration of the block.

    On POSIX the lock file is removed when the block ends, so no `.lock` file is left in the
    user's folder. That is safe because the lock is taken on a file that is still the one
    at `<file>.lock`: an editor that locked a file another editor had just removed notices
    (different inode, or none) and locks the new one instead."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CheckerError(f"{lock_path.parent}: cannot create the glossary folder "
                           f"({exc.strerror})") from None
    try:
        import fcntl
    except ImportError:  # Windows: lock the first byte; the lock file stays
        with _locked_windows(path, lock_path, timeout):
            yield
        return
    deadline = time.monotonic() + timeout
    while True:
        handle = _open_lock(lock_path)
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            if time.monotonic() > deadline:
                raise CheckerError(
                    f"{path}: locked by another editor for {timeout:.0f} s"
                ) from None
            time.sleep(0.02)
            continue
        if _same_file(handle, lock_path):
            break
        handle.close()  # the holder before us removed it: lock the current lock file
    try:
        yield
    finally:
        # Remove while still holding the lock: waiters on this inode will retry (above).
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        handle.close()  # releases the lock


def _open_lock(lock_path: Path) -> IO[bytes]:
    try:
        return open(lock_path, "a+b")
    except OSError as exc:
        # A read-only folder: the change could not be written either; say so before trying.
        raise CheckerError(f"{lock_path.parent}: cannot change glossaries here "
                           f"({exc.strerror})") from None


def _same_file(handle: IO[bytes], path: Path) -> bool:
    """Whether the open `handle` is still the file at `path` (not removed or replaced)."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(handle.fileno())
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


@contextlib.contextmanager
def _locked_windows(path: Path, lock_path: Path, timeout: float) -> Iterator[None]:
    import msvcrt

    handle = _open_lock(lock_path)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise CheckerError(f"{path}: locked by another editor") from None
                time.sleep(0.05)
        yield
    finally:
        handle.close()


def update(folder: Path, lang: str, change: Callable[[Glossary], None]) -> Glossary:
    """Apply `change` to a language's glossary under the lock, re-reading the file first;
    write only when the change succeeds and alters something."""
    path = language_file(folder, lang)
    with locked(path):
        glossary = tsv.read(path, lang)  # re-read under the lock: never a stale copy
        before = tsv.dumps(glossary, "," if path.suffix.lower() == ".csv" else "\t")
        change(glossary)
        after = tsv.dumps(glossary, "," if path.suffix.lower() == ".csv" else "\t")
        if after != before or not path.exists():
            write_text_atomic(path, after)
    return glossary
