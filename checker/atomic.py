"""Writing a user's file without ever leaving half of it: temp file + os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from checker.errors import InputError


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write `text` (UTF-8) to `path` so that readers see the old file or the new one,
    never a mix: a temp file in the same folder is fsynced, then renamed over it."""
    with atomic_writer(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: Path | str) -> Iterator[TextIO]:
    """A text handle (UTF-8) whose content replaces `path` only when the block ends
    normally: written as it streams to a temp file in the same folder, fsynced, renamed
    over `path`. An exception or Ctrl-C in the block removes the temp file and leaves
    `path` as it was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{target}: folder {folder} does not exist")
    if target.is_dir():
        raise InputError(f"{target}: is a folder, expected a file name")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{target}: cannot write ({exc.strerror})") from exc
    done = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            try:
                yield handle
            except OSError as exc:
                if exc.errno in _WRITE_ERRORS:  # the disk, not the caller's work
                    raise InputError(f"{target}: cannot write ({exc.strerror})") from exc
                raise
            _finish(handle, tmp_name, target)
        done = True
    finally:
        if not done:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


_WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)


def _finish(handle: TextIO, tmp_name: str, target: Path) -> None:
    """Flush and fsync the temp file, give it the target's permissions, rename it."""
    try:
        handle.flush()
        os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            # Keep the permissions of the file being replaced (mkstemp makes it 0600).
            mode = target.stat().st_mode if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp_name, mode & 0o7777)
        os.replace(tmp_name, target)
    except OSError as exc:
        raise InputError(f"{target}: cannot write ({exc.strerror})") from exc


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
