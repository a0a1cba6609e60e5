"""Input files are read with a bound: a size limit per file, with a clear message.

A story is kilobytes. What reaches the limit is an endless stream (/dev/zero, a FIFO
nobody closes) or a wrong file; reading it whole would only fill memory. The limit is
`--max-file-size` / `max-file-size` in the configuration, 50 MB by default.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from checker.errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
_SIZE = re.compile(r"^\s*(\d{1,15})\s*([KMG]i?B?|B)?\s*$", re.IGNORECASE)


def parse_size(value: str | int, what: str = "size") -> int:
    """Bytes from `52428800`, `50MB`, `512 KB`, `1GB` (powers of 1024); InputError otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise InputError(f"{what} must be a size such as 50MB, not {value!r}")
    if isinstance(value, int):
        number, unit = value, ""
    else:
        match = _SIZE.match(value)
        if match is None:
            raise InputError(f"{what} must be a size such as 50MB or 200KB, not '{value}'")
        unit = (match.group(2) or "").upper().replace("I", "").rstrip("B")  # KiB, KB, K
        number = int(match.group(1))
    if number <= 0:
        raise InputError(f"{what} must be more than 0, not {value!r}")
    return number * _UNITS[unit]


def format_size(size: int) -> str:
    for unit in ("G", "M", "K"):
        if size >= _UNITS[unit] and size % _UNITS[unit] == 0:
            return f"{size // _UNITS[unit]} {unit}B"
    return f"{size} bytes"


def open_input(path: Path) -> BinaryIO:
    """A user's input file opened for reading, or one line naming what is wrong."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return handle


def read_bounded(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an input file, reading at most `max_bytes` (and one more, to tell):
    an endless stream (/dev/zero, a FIFO) stops at the limit instead of filling memory."""
    with open_input(path) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise too_large(path, max_bytes)
    return data


def too_large(path: Path, max_bytes: int) -> InputError:
    return InputError(f"{path}: larger than the {format_size(max_bytes)} limit for an input "
                      "file (raise it with --max-file-size or max-file-size in checker.toml)")
