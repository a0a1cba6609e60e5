"""The Dask engine gives the single-process output, byte for byte and in order: on a
LocalCluster of 2 workers, and on a separately started `dask scheduler` with two
`dask worker` processes (loopback only). Without Dask, `--engine dask` says how to
install it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from conftest import generated_lines, lines_written, run_in_process
from support.cli import ROOT, command, environment

distributed = pytest.importorskip("distributed")


def test_local_cluster_of_two_workers_gives_the_single_process_output(
        pairs_file: Path, single_process_pairs) -> None:
    code, out, err = run_in_process("pairs", pairs_file, "--engine", "dask", "--workers", "2")
    assert (code, out) == single_process_pairs[:2], err


DEMETR = ROOT.parent / "shared" / "eval" / "demetr" / "numbers.jsonl"


@pytest.mark.skipif(not DEMETR.exists(), reason="DEMETR dev pairs not beside the checkout")
def test_local_cluster_gives_the_single_process_output_on_demetr_dev_pairs(
        tmp_path: Path) -> None:
    """Real news sentences in five languages (DEMETR dev, read where it lies, not copied):
    the faithful and the drifted translation of each, in both directions."""
    lines = []
    for number, item in enumerate(map(json.loads, DEMETR.read_text(encoding="utf-8")
                                      .splitlines()[:150])):
        source = {"lang": item["lang"], "text": item["source"]}
        for side in ("translation", "perturbed"):
            if item.get(side):
                target = {"lang": "en", "text": item[side]}
                lines.append({"id": f"{number}-{side}", "source": source, "target": target})
                lines.append({"id": f"{number}-{side}-back", "source": target, "target": source})
    path = tmp_path / "demetr.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                    encoding="utf-8")
    single = run_in_process("pairs", path, "--format", "jsonl")
    results = [json.loads(line) for line in single[1].splitlines()]
    assert len(results) == len(lines) and not any("error" in r for r in results)
    assert any(r["findings"] for r in results)
    assert run_in_process("pairs", path, "--format", "jsonl", "--engine", "dask",
                          "--workers", "2")[:2] == single[:2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A real `dask scheduler` and two `dask worker` processes on 127.0.0.1, stopped after."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = environment()  # the workers import this tree's checker
    python = [sys.executable, "-m"]
    processes = [subprocess.Popen(
        [*python, "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen(
                [*python, "distributed.cli.dask_worker", address, "--host", "127.0.0.1",
                 "--nthreads", "1", "--no-dashboard"],
                env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait_for_workers(address, 2)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)


def _wait_for_workers(address: str, count: int) -> None:
    deadline = time.monotonic() + 90
    while True:
        with contextlib.suppress(OSError, TimeoutError), \
                distributed.Client(address, timeout="5s", set_as_default=False) as client:
            client.wait_for_workers(count, timeout=max(1, deadline - time.monotonic()))
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {count} Dask workers at {address}")
        time.sleep(0.5)


def test_separate_scheduler_and_workers_give_the_single_process_output(
        scheduler: str, pairs_file: Path, single_process_pairs) -> None:
    code, out, err = run_in_process("pairs", pairs_file, "--engine", "dask",
                                    "--scheduler", scheduler)
    assert (code, out) == single_process_pairs[:2], err


def test_stories_on_the_scheduler_give_the_local_report(scheduler: str, stories: Path) -> None:
    flags = ("--no-translate", "--no-embed", "--format", "json")
    local = run_in_process("check", stories, *flags)
    on_dask = run_in_process("check", stories, *flags, "--engine", "dask",
                             "--scheduler", scheduler)
    assert local[0] == 1, local[2]  # story two: a changed number
    assert on_dask[:2] == local[:2], on_dask[2]


def test_without_dask_the_engine_says_how_to_install_it(pairs_file: Path) -> None:
    hide = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None; "
            "from cli.main import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", hide, "pairs", str(pairs_file),
                           "--engine", "dask"], env=environment(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "pip install 'checker[dask]'" in done.stderr


def test_a_worker_killed_mid_run_is_replaced_and_the_output_is_unchanged(
        scheduler: str, tmp_path: Path) -> None:
    """SIGKILL to a worker process holding a batch: Dask runs its batches again elsewhere
    (the nanny starts a new worker) and the output is still the single-process output."""
    path = tmp_path / "many.jsonl"
    path.write_text("".join(generated_lines(1600)), encoding="utf-8")  # 8 batches
    expected = run_in_process("pairs", path)
    with distributed.Client(scheduler, timeout="10s", set_as_default=False) as watcher:
        run = subprocess.Popen(command("pairs", path, "--engine", "dask", "--scheduler",
                                       scheduler), env=environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        try:
            killed = _kill_a_busy_worker(watcher)
            out, err = run.communicate(timeout=180)
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
        assert (run.returncode, out) == expected[:2], err
        with pytest.raises(psutil.NoSuchProcess):
            psutil.Process(killed).status()
        watcher.wait_for_workers(2, timeout=90)  # the nanny's new worker, for later tests


def _kill_a_busy_worker(client: distributed.Client) -> int:
    """SIGKILL the process of a worker that is running a batch; its pid."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        busy = [address for address, tasks in client.processing().items() if tasks]
        if len(busy) == 2:  # both at work: the run is under way, the kill lands mid-run
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            return pid
        time.sleep(0.1)
    raise TimeoutError("the workers never started on the run's batches")


def test_ctrl_c_cancels_the_cluster_and_leaves_no_output(tmp_path: Path) -> None:
    """SIGINT to `checker pairs --engine dask --workers 2 --output FILE` once some lines
    are written: exit 130, no output file, no temp file, and the LocalCluster's processes
    (scheduler side of the client, its workers) are gone."""
    source = tmp_path / "many.jsonl"
    source.write_text("".join(generated_lines(20000)), encoding="utf-8")  # seconds of work
    output = tmp_path / "out.jsonl"
    process = subprocess.Popen(command("pairs", source, "--engine", "dask", "--workers", "2",
                                       "--output", output), env=environment(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 120
        while not lines_written(process.pid, tmp_path) and time.monotonic() < deadline:
            time.sleep(0.2)  # until some lines are written
        workers = psutil.Process(process.pid).children(recursive=True)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=90)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        _, alive = psutil.wait_procs(workers, timeout=30)
        for leftover in alive:
            leftover.kill()
    assert process.returncode == 130, err
    assert len(workers) >= 2 and not alive  # the cluster's workers ended with the run
    assert err.splitlines()[-1] == "checker: interrupted", err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.jsonl"]
    assert not os.path.exists(output)
