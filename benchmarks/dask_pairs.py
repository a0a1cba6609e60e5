"""`checker pairs` throughput: one process vs a Dask LocalCluster of 1 and 2 workers, and
optionally a separately started scheduler with its own workers.

    python3 benchmarks/dask_pairs.py [PAIRS_FILE] [--pairs N] [--workers 1,2]
    python3 benchmarks/dask_pairs.py --ntrex ../shared/eval/ntrex --pairs 100000 \\
        [--scheduler tcp://127.0.0.1:8786]

N pairs (default 100,000) are made by repeating the lines of PAIRS_FILE (default
examples/pairs.jsonl; ids made unique) into a temporary file. With `--ntrex DIR` the lines
are NTREX-128's faithful pairs instead (English source, each translation as the target:
about 28,000 distinct pairs in 14 languages), so that repeats are not answered from the
run's memory of seen pairs (`checker.pair_batches` keeps fewer pairs than one round of the
set). With `--scheduler` one more mode runs against that scheduler's workers, started by
hand (`dask scheduler`, then `dask worker ADDRESS --nthreads 1` once per worker).

Each mode runs in its own process through the library (`checker.engines`, what
`checker pairs --engine ...` calls) and writes its output lines to a file; the benchmark
reports pairs per second and seconds of checking (workers' first loading of language data
included; starting the cluster apart, "start s"), the peak memory (max RSS) of the client
and of each worker, and whether every mode's output is byte-identical to the single-process
one. Ends with the benchmarks' signature line (`perf_common.signature`: checker version,
commit, data and its sha256, Python, libraries, models, cores) and the Dask version.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_common import ROOT, signature


def build_input(source: Path, count: int, target: Path) -> None:
    """`count` pairs: the lines of `source` over and over, each id suffixed with its round."""
    lines = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    with target.open("w", encoding="utf-8") as handle:
        for index in range(count):
            item = dict(lines[index % len(lines)])
            item["id"] = f"{item.get('id', index)}#{index // len(lines)}"
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def build_ntrex_source(folder: Path, target: Path) -> None:
    """NTREX's faithful pairs: line n of en.txt against line n of every other language."""
    english = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
    with target.open("w", encoding="utf-8") as handle:
        for path in sorted(folder.glob("*.txt")):
            lang = path.stem
            if lang in ("en", "doc_ids") or not lang[:2].isalpha():
                continue
            for number, (source, text) in enumerate(
                    zip(english, path.read_text(encoding="utf-8").splitlines(), strict=True), 1):
                item = {"id": f"{lang}-{number}", "source": {"lang": "en", "text": source},
                        "target": {"lang": lang, "text": text}}
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def run_mode(mode: str, workers: int, pairs: Path, output: Path,
             scheduler: str | None = None) -> dict:
    """One measured run, in this process (started by `main` as a child)."""
    from checker.engines import engine_for
    from checker.engines.pairs import run_pairs
    from checker.load import read_pair_file

    started = time.perf_counter()
    if scheduler:
        engine = engine_for("dask", scheduler=scheduler)
    else:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs_file", nargs="?", type=Path, default=ROOT / "examples" /
                        "pairs.jsonl")
    parser.add_argument("--pairs", type=int, default=100_000, help="pairs to check")
    parser.add_argument("--workers", default="1,2", help="LocalCluster sizes to run")
    parser.add_argument("--ntrex", type=Path, metavar="DIR",
                        help="use NTREX-128's faithful pairs (folder of en.txt, de.txt...)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="also run against this running scheduler (tcp://host:port)")
    parser.add_argument("--scheduler-workers", type=int, default=2, metavar="N",
                        help="workers to wait for at --scheduler (default 2)")
    parser.add_argument("--one", nargs=5, metavar=("MODE", "WORKERS", "INPUT", "OUTPUT", "AT"),
                        help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args(argv)
    if args.one:
        mode, workers, pairs, output, scheduler = args.one
        print(json.dumps(run_mode(mode, int(workers), Path(pairs), Path(output),
                                  scheduler if scheduler != "-" else None)))
        return 0

    import dask

    modes = [("local", 1, "-")] + [("dask", int(n), "-") for n in args.workers.split(",") if n]
    if args.scheduler:
        modes.append(("dask", args.scheduler_workers, args.scheduler))
    with tempfile.TemporaryDirectory(prefix="dask-pairs-") as folder:
        pairs = Path(folder) / "pairs.jsonl"
        source = args.pairs_file
        if args.ntrex:
            source = Path(folder) / "ntrex-pairs.jsonl"
            build_ntrex_source(args.ntrex, source)
        build_input(source, args.pairs, pairs)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
        reference = None
        data = args.ntrex or args.pairs_file
        print(f"{args.pairs} pairs from {data}")
        print(f"{'mode':<30}{'pairs/s':>10}{'seconds':>10}{'start s':>9}{'client MB':>11}  "
              f"worker peak MB     output")
        for number, (mode, workers, scheduler) in enumerate(modes):
            output = Path(folder) / f"out-{number}.jsonl"
            done = subprocess.run([sys.executable, __file__, "--one", mode, str(workers),
                                   str(pairs), str(output), scheduler], env=env,
                                  capture_output=True, text=True, check=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            digest = _sha256(output)
            reference = reference or digest
            label = ("single process" if mode == "local" else
                     f"dask LocalCluster x{workers}" if scheduler == "-" else
                     f"dask scheduler x{workers}")
            same = "reference" if mode == "local" else (
                "identical" if digest == reference else "DIFFERENT")
            peaks = ", ".join(f"{mb:.0f}" for mb in figures["worker_mb"])
            print(f"{label:<30}{figures['pairs'] / figures['seconds']:>10.1f}"
                  f"{figures['seconds']:>10.1f}{figures['startup']:>9.1f}"
                  f"{figures['client_mb']:>11.0f}  "
                  f"{peaks:<18} {same}")
    name = f"NTREX-128 {args.ntrex}" if args.ntrex else args.pairs_file.name
    print("\n" + signature(f"{name} x{args.pairs} pairs", args.ntrex or args.pairs_file)
          + f" | dask={dask.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
