"""Real file-system conditions for robustness tests, made as root can make them.

Tests run as root, which ignores permission bits: a folder is made unwritable for root
too with the immutable attribute (`chattr +i`), where the file system supports it.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """`path` cannot be changed, not even by root, for the block (else the test skips)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr not installed: cannot make a folder read-only for root")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def feed_fifo(fifo: Path, data: bytes, endless: bool = False) -> threading.Thread:
    """A thread writing `data` into a FIFO (for ever when `endless`, until the reader
    closes it), as a pipe from another program would."""
    def write() -> None:
        try:
            with open(fifo, "wb") as handle:
                handle.write(data)
                while endless:
                    handle.write(data)
        except (BrokenPipeError, OSError):
            pass

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread
