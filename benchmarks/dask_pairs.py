"""`checker pairs` throughput: one process vs a Dask LocalCluster of 1 and 2 workers.

    python3 benchmarks/dask_pairs.py [PAIRS_FILE] [--pairs N] [--workers 1,2]

N pairs (default 100,000) are made by repeating the lines of PAIRS_FILE (default
examples/pairs.jsonl; ids made unique) into a temporary file. Each mode runs in its own
process through the library (`checker.engines`, what `checker pairs --engine ...` calls)
and writes its output lines to a file; the benchmark reports pairs per second and seconds
of checking (workers' first loading of language data included; starting the cluster
apart, "start s"), the peak
memory (max RSS) of the client and of each worker, and whether every mode's output is
byte-identical to the single-process one. Ends with a signature line: checker version,
commit, data and its sha256, Python, Dask version, cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_input(source: Path, count: int, target: Path) -> None:
    """`count` pairs: the lines of `source` over and over, each id suffixed with its round."""
    lines = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    with target.open("w", encoding="utf-8") as handle:
        for index in range(count):
            item = dict(lines[index % len(lines)])
            item["id"] = f"{item.get('id', index)}#{index // len(lines)}"
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def run_mode(mode: str, workers: int, pairs: Path, output: Path) -> dict:
    """One measured run, in this process (started by `main` as a child)."""
    from checker.engines import engine_for
    from checker.engines.pairs import run_pairs
    from checker.load import read_pair_file

    started = time.perf_counter()
    engine = engine_for(mode, workers if mode == "dask" else 1)
    with engine, output.open("w", encoding="utf-8") as out:
        if mode == "dask":
            engine.client.wait_for_workers(workers)
        startup = time.perf_counter() - started
        started = time.perf_counter()
        count = 0
        for result in run_pairs(read_pair_file(pairs), engine, None, [pairs]):
            out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            count += 1
        seconds = time.perf_counter() - started
        worker_peaks = [_max_rss_mb()]
        if mode == "dask":
            worker_peaks = sorted(engine.client.run(_max_rss_mb).values())
    return {"pairs": count, "seconds": seconds, "startup": startup, "client_mb": _max_rss_mb(),
            "worker_mb": worker_peaks}


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                              text=True).stdout.strip()

    dirty = git("status", "--porcelain", "--", "checker", "cli")
    return (git("rev-parse", "--short", "HEAD") or "?") + ("+dirty" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs_file", nargs="?", type=Path, default=ROOT / "examples" /
                        "pairs.jsonl")
    parser.add_argument("--pairs", type=int, default=100_000, help="pairs to check")
    parser.add_argument("--workers", default="1,2", help="LocalCluster sizes to run")
    parser.add_argument("--one", nargs=4, metavar=("MODE", "WORKERS", "INPUT", "OUTPUT"),
                        help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args(argv)
    if args.one:
        mode, workers, pairs, output = args.one
        print(json.dumps(run_mode(mode, int(workers), Path(pairs), Path(output))))
        return 0

    import dask

    import checker

    modes = [("local", 1)] + [("dask", int(n)) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="dask-pairs-") as folder:
        pairs = Path(folder) / "pairs.jsonl"
        build_input(args.pairs_file, args.pairs, pairs)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        reference = None
        print(f"{args.pairs} pairs from {args.pairs_file}")
        print(f"{'mode':<22}{'pairs/s':>10}{'seconds':>10}{'start s':>9}{'client MB':>11}  "
              f"worker peak MB     output")
        for mode, workers in modes:
            output = Path(folder) / f"out-{mode}-{workers}.jsonl"
            done = subprocess.run([sys.executable, __file__, "--one", mode, str(workers),
                                   str(pairs), str(output)], env=env, capture_output=True,
                                  text=True, check=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            digest = _sha256(output)
            reference = reference or digest
            label = "single process" if mode == "local" else f"dask LocalCluster x{workers}"
            same = "reference" if mode == "local" else (
                "identical" if digest == reference else "DIFFERENT")
            peaks = ", ".join(f"{mb:.0f}" for mb in figures["worker_mb"])
            print(f"{label:<22}{figures['pairs'] / figures['seconds']:>10.1f}"
                  f"{figures['seconds']:>10.1f}{figures['startup']:>9.1f}"
                  f"{figures['client_mb']:>11.0f}  "
                  f"{peaks:<18} {same}")
    print(f"\nsignature: checker {checker.__version__}, commit {_commit()}; data "
          f"{args.pairs_file.name} sha256:{_sha256(args.pairs_file)[:16]} x{args.pairs} pairs; "
          f"Python {platform.python_version()}; dask {dask.__version__}; "
          f"cores {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
