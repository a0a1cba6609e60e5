"""Writes never rename over what is not a plain file, and never leave a temp file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from support.fs import immutable

from checker.atomic import write_text_atomic
from checker.errors import InputError


def test_regular_file_is_replaced_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["report.txt"]


def test_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "tr.tsv").write_text("old")
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "tr.tsv").symlink_to(shared / "tr.tsv")
    write_text_atomic(desk / "tr.tsv", "new")
    assert (desk / "tr.tsv").is_symlink()
    assert (shared / "tr.tsv").read_text() == "new"
    assert sorted(os.listdir(shared)) == ["tr.tsv"]  # the temp file was made beside the target


def test_fifo_is_streamed_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()), daemon=True)
    reader.start()
    write_text_atomic(fifo, "report\n")
    reader.join(10)
    assert received == ["report\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_character_device_is_streamed_to_not_replaced(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:
        pytest.skip("creating a device node needs root (CAP_MKNOD)")
    write_text_atomic(device, "report\n")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")
    with immutable(target), pytest.raises(InputError, match="cannot write"):
        write_text_atomic(target, "new")  # the temp file is made, the rename is refused
    assert target.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["report.txt"]


def test_a_read_only_folder_is_one_error(tmp_path: Path) -> None:
    with immutable(tmp_path), pytest.raises(InputError, match="cannot write"):
        write_text_atomic(tmp_path / "report.txt", "new")


def test_temp_files_of_killed_writers_are_removed_by_the_next_write(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(gone.stdout)
    stale = tmp_path / f".report.txt.{dead_pid}-0123abcd.tmp"
    stale.write_text("half a report")
    alive = tmp_path / f".report.txt.{os.getpid()}-0123abcd.tmp"  # a writer still running
    alive.write_text("in progress")
    write_text_atomic(tmp_path / "report.txt", "new")
    assert not stale.exists()
    assert alive.exists()
