"""Time and peak memory of `checker check` on big versions, to see that both grow linearly.

    python3 benchmarks/robustness.py [--sizes 100K,1M,10M] [--shapes long-line,short-lines,prose]
                                     [--embed] [--timeout 300] [--memory-cap 6G]

For each size and shape it writes an English reference and a German version of that size
(from the seed story) and runs the real command line once, in a child process:
`checker check en.txt de.txt --no-translate --format json -o /dev/null` (with `--no-embed`
unless `--embed`). Shapes:

- `long-line`: the whole text on one line with no sentence punctuation: one sentence (the
  worst case for the sentence splitter and for what a finding quotes);
- `short-lines`: many short lines, one fact each ("Item 123: 45 soldiers");
- `prose`: the seed story's paragraphs, repeated.

Prints one row per case (wall seconds, CPU seconds and peak resident memory from wait4, and
how much each grew from the size before: x10 per x10 of input is linear; exit code) under
the benchmarks' signature (`perf_common.signature`: checker version, commit, the seed texts'
hash, Python, libraries, cores), then whether the largest size stayed under 2 GB. A case
that passes the timeout or the memory cap says so. Figures, not tests: compare the rows
between sizes (on a shared machine by CPU seconds: wall time there measures the other work
too).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "nato-kosovo"
SHAPES = ("long-line", "short-lines", "prose")
_UNITS = {"K": 1024, "M": 1024**2, "G": 1024**3}


def size_of(text: str) -> int:
    match = re.fullmatch(r"(\d+)([KMG]?)B?", text.strip().upper())
    if not match:
        raise SystemExit(f"not a size: {text}")
    return int(match.group(1)) * _UNITS.get(match.group(2), 1)


def _fill(unit: str, size: int) -> str:
    repeats = size // max(1, len(unit.encode("utf-8"))) + 1
    text = (unit * repeats).encode("utf-8")[:size].decode("utf-8", "ignore")
    return text.rsplit(" ", 1)[0] + "\n"


def make_text(lang: str, shape: str, size: int) -> str:
    prose = (SEED / f"{lang}.txt").read_text(encoding="utf-8")
    if shape == "prose":
        return _fill(prose.rstrip() + "\n\n", size)
    if shape == "long-line":
        words = re.sub(r"[.!?;:\n]+", " ", prose)
        return _fill(" ".join(words.split()) + " ", size)
    noun = {"en": "soldiers", "de": "Soldaten"}[lang]
    lines = "".join(f"Item {n}: {n % 97 + 3} {noun}\n" for n in range(1, 20001))
    return _fill(lines, size)


def run_case(args: list[str], timeout: float, memory_cap: int
             ) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds, peak RSS (bytes) and outcome of one child run."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_cap, memory_cap))

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "cli.main", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             preexec_fn=limit)
    timer = threading.Timer(timeout, lambda: child.send_signal(signal.SIGKILL))
    timer.start()
    err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    _, status, usage = os.wait4(child.pid, 0)
    timer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    peak = usage.ru_maxrss * 1024  # kilobytes on Linux
    cpu = usage.ru_utime + usage.ru_stime
    if child.returncode == -signal.SIGKILL and seconds >= timeout:
        outcome = f"timeout after {timeout:.0f} s"
    elif "out of memory" in err or "MemoryError" in err:
        outcome = "memory cap reached"
    else:
        last = err.strip().splitlines()[-1] if err.strip() else ""
        outcome = f"exit {child.returncode}" + (f" ({last[:60]})" if child.returncode >= 2 else "")
    return seconds, cpu, peak, outcome


def _growth(now: float, before: float | None) -> str:
    return f"x{now / before:.1f}" if before else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100K,1M,10M")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--embed", action="store_true", help="align with sentence embeddings")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per case")
    parser.add_argument("--memory-cap", default="6G", help="address-space cap per case")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from perf_common import signature

    print(signature("seed nato-kosovo en/de, shapes " + args.shapes,
                    SEED / "en.txt", SEED / "de.txt"))
    print(f"{'shape':<12} {'size':>6} {'seconds':>9} {'CPU s':>9} {'CPU x':>6} "
          f"{'peak MB':>9} {'peak x':>6}  outcome")
    cap = size_of(args.memory_cap)
    largest = max(args.sizes.split(","), key=size_of)
    peaks: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for shape in args.shapes.split(","):
            before: tuple[float, float] | None = None
            for size_text in args.sizes.split(","):
                size = size_of(size_text)
                folder = Path(tmp) / f"{shape}-{size_text}"
                folder.mkdir()
                for lang in ("en", "de"):
                    (folder / f"{lang}.txt").write_text(make_text(lang, shape, size), "utf-8")
                cli = ["check", folder / "en.txt", folder / "de.txt", "--no-translate",
                       "--format", "json", "-o", os.devnull, "--max-file-size", "1GB"]
                if not args.embed:
                    cli.append("--no-embed")
                seconds, cpu, peak, outcome = run_case([str(a) for a in cli], args.timeout, cap)
                mb = peak / 2**20
                print(f"{shape:<12} {size_text:>6} {seconds:>9.1f} {cpu:>9.1f} "
                      f"{_growth(cpu, before and before[0]):>6} {mb:>9.0f} "
                      f"{_growth(mb, before and before[1]):>6}  {outcome}", flush=True)
                before = (cpu, mb)
                if size_text == largest:
                    peaks[shape] = mb
                for lang in ("en", "de"):
                    (folder / f"{lang}.txt").unlink()
    if peaks:
        under = all(mb < 2048 for mb in peaks.values())
        print(f"{largest}: peak {max(peaks.values()):.0f} MB at most: "
              f"{'under' if under else 'NOT under'} 2 GB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
