"""Writing a user's file without ever leaving half of it, and without ever replacing
what is not a plain file.

- a regular file (or a new name) is replaced atomically: the text goes to a temporary
  file in the same folder, is fsynced, and is renamed over the old one;
- a symlink is written through: the file it points to is replaced atomically, in the
  target's own folder, so every path sharing that file sees the new text;
- a character device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is
  written to as a stream: it is never renamed over.

A database a run builds for itself (`sqlite_built`) is written the same way: to a
temporary file in the target's folder, renamed into place only once it is whole.

Temporary files: where the system allows (Linux O_TMPFILE) the text is written to a
file with no name, which gets one only for the instant before the rename; otherwise
the name is `.<file>.<pid>-<random>.tmp`, and a later write to the same file removes
such leftovers of processes no longer running (a kill -9 mid-write).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from checker.errors import InputError

_TEMP_SUFFIX = ".tmp"


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write `text` (UTF-8) to `path`: readers see the old file or the new one, never a
    mix; devices and FIFOs are streamed to; symlinks are followed (see the module doc)."""
    with atomic_writer(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: Path | str) -> Iterator[TextIO]:
    """A UTF-8 text handle for `path`, written as it streams (see the module doc): a regular
    file (or a new name, or a symlink's target) is replaced only when the block ends
    normally; an exception or Ctrl-C in the block leaves it as it was and no temporary file
    behind. A device or FIFO is written to directly."""
    given = Path(path)
    try:
        info = os.stat(given)  # follows symlinks
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"{given}: cannot write ({exc.strerror})") from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(f"{given}: is a folder, expected a file name")
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _stream(given) as handle:
            yield handle
        return
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{given}: folder {folder} does not exist")
    _remove_stale_temps(folder, target.name)
    try:
        fd, tmp_name = _open_temp(folder, target.name)
    except OSError as exc:
        raise InputError(f"{given}: cannot write ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="", closefd=False) as handle:
            try:
                yield handle
                handle.flush()
            except OSError as exc:
                if exc.errno in _WRITE_ERRORS:  # the disk, not the caller's work
                    raise InputError(f"{given}: cannot write ({exc.strerror})") from exc
                raise
        _commit(fd, tmp_name, target, folder, info, given)
        tmp_name = None  # renamed: nothing to remove
    finally:
        os.close(fd)
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


@contextlib.contextmanager
def _renamed_into_place(target: Path, prefix: str, public: bool) -> Iterator[str]:
    """The path of a temporary file `prefix`...`.tmp` in `target`'s folder that becomes
    `target` when the block ends normally: a reader never opens half a file, and an
    exception or Ctrl-C leaves no temporary file behind. `public`: readable by all (mkstemp
    makes it private; a copy of public data)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        yield temporary
        if public:
            os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def sqlite_built(target: Path, prefix: str, public: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to a new SQLite file that becomes `target` when the block ends normally
    (`_renamed_into_place`)."""
    with _renamed_into_place(target, prefix, public) as temporary:
        connection = sqlite3.connect(temporary)
        try:
            yield connection
        finally:
            connection.close()


def bytes_built(target: Path, prefix: str, data: bytes, public: bool = True) -> None:
    """`data` written to `target` once whole (`_renamed_into_place`: a reader never maps
    half a file)."""
    with _renamed_into_place(target, prefix, public) as temporary:
        Path(temporary).write_bytes(data)


_WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)


@contextlib.contextmanager
def _stream(path: Path) -> Iterator[TextIO]:
    try:
        # Opened apart from the `with` below: failing to open is the path's fault, failing
        # later the reader's (a closed pipe). O_TRUNC means nothing to a device or a FIFO.
        handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        with handle:
            yield handle
    except OSError as exc:
        if exc.errno in (*_WRITE_ERRORS, errno.EPIPE):
            raise InputError(f"{path}: cannot write ({exc.strerror})") from exc
        raise


def _mode_for(info: os.stat_result | None) -> int:
    if info is not None:
        return stat.S_IMODE(info.st_mode)
    current = os.umask(0)
    os.umask(current)
    return 0o666 & ~current


def _commit(fd: int, tmp_name: str | None, target: Path, folder: Path,
            info: os.stat_result | None, shown: Path) -> None:
    """fsync the temp file, give it the replaced file's mode and owner, name it if it has no
    name yet (O_TMPFILE), rename it over `target`. A failure removes the temp file."""
    try:
        os.fsync(fd)
        with contextlib.suppress(OSError):
            os.fchmod(fd, _mode_for(info))  # a new temp file is 0600
        if info is not None:
            with contextlib.suppress(OSError):  # keep the owner (root editing a desk file)
                os.fchown(fd, info.st_uid, info.st_gid)
        if tmp_name is None:  # no name yet (O_TMPFILE): give it one just before the rename
            tmp_name = _temp_path(folder, target.name)
            _link_unnamed(fd, tmp_name)
        os.replace(tmp_name, target)
    except OSError as exc:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise InputError(f"{shown}: cannot write ({exc.strerror})") from exc


def _link_unnamed(fd: int, name: str) -> None:
    # A dir fd makes os.link call linkat(AT_SYMLINK_FOLLOW): plain link() would link
    # the /proc symlink itself (EXDEV), not the file it stands for.
    dir_fd = os.open("/", os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", name, src_dir_fd=dir_fd, follow_symlinks=True)
    finally:
        os.close(dir_fd)


def _temp_path(folder: Path, name: str) -> str:
    return str(folder / f".{name}.{os.getpid()}-{secrets.token_hex(4)}{_TEMP_SUFFIX}")


def _open_temp(folder: Path, name: str) -> tuple[int, str | None]:
    """A file to write the new text to: unnamed where the system can (None), else named."""
    flag = getattr(os, "O_TMPFILE", 0)
    if flag and os.path.isdir("/proc/self/fd"):
        try:
            return os.open(folder, flag | os.O_WRONLY, 0o600), None
        except OSError:
            pass  # file system without O_TMPFILE: a named temp file
    tmp_name = _temp_path(folder, name)
    return os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), tmp_name


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Temp files of earlier writes to `name` whose process is gone (killed mid-write)."""
    pattern = re.compile(rf"^\.{re.escape(name)}\.(\d+)-[0-9a-f]{{8}}{re.escape(_TEMP_SUFFIX)}$")
    try:
        entries = os.listdir(folder)
    except OSError:
        return
    for entry in entries:
        match = pattern.match(entry)
        if match and not _running(int(match.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(folder / entry)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True
