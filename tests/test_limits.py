"""Inputs are read with a bound: an endless stream stops at the size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.fs import feed_fifo

from checker.bilingual import read_bilingual
from checker.errors import InputError
from checker.limits import DEFAULT_MAX_BYTES, format_size, parse_size, read_bounded
from checker.load import read_pairs_jsonl, read_text_file

SEED = Path(__file__).resolve().parents[1] / "seeds" / "nato-kosovo"


@pytest.mark.parametrize(("text", "size"), [("52428800", 52428800), ("50MB", 50 * 1024**2),
                                            ("512 kb", 512 * 1024), ("1GiB", 1024**3),
                                            ("10B", 10), (4096, 4096)])
def test_sizes(text, size) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "fifty", "-1", "0", "1TB", 1.5, True, "9" * 5000])
def test_bad_sizes(text) -> None:
    with pytest.raises(InputError):
        parse_size(text)


def test_default_limit_is_50_mb() -> None:
    assert format_size(DEFAULT_MAX_BYTES) == "50 MB"


def test_dev_zero_stops_at_the_limit() -> None:
    with pytest.raises(InputError, match="larger than the 1 MB limit"):
        read_bounded(Path("/dev/zero"), 1024 * 1024)


def test_an_endless_fifo_stops_at_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "de.txt"
    os.mkfifo(fifo)
    feed_fifo(fifo, b"Zehn Soldaten. " * 100, endless=True)
    with pytest.raises(InputError, match="larger than the 64 KB limit"):
        read_text_file(fifo, 64 * 1024)


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "de.txt"
    big.write_text("Zehn Soldaten. " * 100)
    assert read_text_file(big, 1500)
    with pytest.raises(InputError, match="--max-file-size"):
        read_text_file(big, 1000)


def test_pairs_file_is_bounded_even_without_a_newline(tmp_path: Path) -> None:
    fifo = tmp_path / "pairs.jsonl"
    os.mkfifo(fifo)
    feed_fifo(fifo, b'{"id": "' + b"x" * 4096, endless=True)
    with pytest.raises(InputError, match="limit"):
        list(read_pairs_jsonl(fifo, 100_000))


@pytest.mark.parametrize("name", ["memory.tmx", "job.xlf"])
def test_bilingual_files_are_bounded(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("<tmx>" + "<!-- padding -->" * 1000 + "</tmx>")
    with pytest.raises(InputError, match="limit"):
        list(read_bilingual(path, 1000))


def test_cli_flag_and_config_key_set_the_limit(tmp_path: Path, run_cli) -> None:
    story = tmp_path / "story"
    story.mkdir()
    for name in ("en.txt", "de.txt"):
        (story / name).write_bytes((SEED / name).read_bytes())
    code, _, err = run_cli("check", story, "--no-translate", "--no-embed",
                           "--max-file-size", "1KB")
    assert code == 2
    assert err.count("\n") == 1 and "larger than the 1 KB limit" in err
    (story / "checker.toml").write_text('max-file-size = "2KB"\n')
    code, _, err = run_cli("check", story, "--no-translate", "--no-embed")
    assert code == 2 and "larger than the 2 KB limit" in err
    code, _, err = run_cli("check", story, "--no-translate", "--no-embed",
                           "--max-file-size", "1MB")  # the flag wins over the file
    assert code in (0, 1), err


def test_align_on_dev_zero_is_one_line(run_cli) -> None:
    code, _, err = run_cli("align", SEED / "en.txt", "/dev/zero", "--no-embed", "--no-translate")
    assert code == 2
    assert err.count("\n") == 1 and "/dev/zero" in err and "limit" in err
