"""The local engine: a pool of processes gives the single-process output, in order; a bad
input line stops both at the same line; an interrupted run leaves no output file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import generated_lines, lines_written
from support.cli import command, environment

from checker.atomic import atomic_writer
from checker.engines import engine_for
from checker.engines.base import in_order
from checker.errors import InputError


def test_pool_gives_the_single_process_output(pairs_file: Path, single_process_pairs,
                                              run_cli) -> None:
    code, single, _ = single_process_pairs
    code_pool, pooled, _ = run_cli("pairs", pairs_file, "--workers", "2")
    assert code == code_pool == 1 and pooled == single  # the planted drifts are errors
    lines = [json.loads(line) for line in single.splitlines()]
    assert len(lines) == 16 + 300
    assert lines[16]["id"] == "g0" and lines[-1]["id"] == "g299"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pair_that_raises_is_reported_in_its_line_and_the_run_goes_on(workers: int) -> None:
    """The readers refuse a lone surrogate, but a pair made in code can hold one: its check
    raises, its result carries the error, and the pairs after it are still checked."""
    from checker.engines.pairs import run_pairs
    from checker.model import SegmentPair

    good = [SegmentPair(f"p{i}", "en", f"{100 + i} people came.", "de",
                        f"{100 + i + (i == 2)} Leute kamen.") for i in range(4)]
    bad = SegmentPair("bad", "en", "5 people \ud800 came.", "de", "6 Leute kamen.")
    with engine_for("local", workers, None) as runner:
        results = list(run_pairs([*good[:2], bad, *good[2:]], runner, None, []))
    assert [r.id for r in results] == ["p0", "p1", "bad", "p2", "p3"]
    assert results[2].findings == [] and "surrogates not allowed" in results[2].error
    assert [f.rule for f in results[3].findings] == ["number.changed"]
    assert sum(r.error is not None for r in results) == 1


def test_a_bad_line_stops_the_pool_where_one_process_stops(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text("".join(generated_lines(450)) + "{not json\n", encoding="utf-8")
    single = run_cli("pairs", path)
    pooled = run_cli("pairs", path, "--workers", "2")
    assert single == pooled
    code, out, err = pooled
    assert code == 2 and "p.jsonl:451: not valid JSON" in err
    assert len(out.splitlines()) == 450


def test_in_order_yields_in_submission_order_whatever_finishes_first() -> None:
    finished = {1: "b", 0: "a", 2: "c"}  # futures stand-ins resolved out of order
    results = list(in_order([0, 1, 2], submit=lambda b: b, wait=finished.__getitem__,
                            cancel=lambda _: None, limit=2))
    assert results == ["a", "b", "c"]


def test_engine_for_refuses_what_means_nothing() -> None:
    with pytest.raises(InputError, match="--scheduler needs --engine dask"):
        engine_for("local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(InputError, match="--workers must be 1 or more"):
        engine_for("local", workers=0)


def test_atomic_writer_leaves_the_old_file_when_the_block_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_writer(target) as handle:
        handle.write("half of the new\n")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with atomic_writer(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"


def test_ctrl_c_leaves_no_partial_output_file(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    source.write_text("".join(generated_lines(20000)), encoding="utf-8")  # seconds of work
    output = tmp_path / "out.jsonl"
    process = subprocess.Popen(command("pairs", source, "--output", output),
                               env=environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not lines_written(process.pid, tmp_path) and time.monotonic() < deadline:
            time.sleep(0.2)  # until some lines are written
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.jsonl"]
    assert not os.path.exists(output)
