"""Writing a user's file without ever leaving half of it: temp file + os.replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from checker.errors import InputError


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write `text` (UTF-8) to `path` so that readers see the old file or the new one,
    never a mix: a temp file in the same folder is fsynced, then renamed over it."""
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
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            # Keep the permissions of the file being replaced (mkstemp makes it 0600).
            mode = target.stat().st_mode if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp_name, mode & 0o7777)
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise InputError(f"{target}: cannot write ({exc.strerror})") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
