"""Figure: one version against its reference where e5 is needed (a language USE lacks), with
one sentence not yet in the embedding cache: the cost of loading e5 for it, whole process.

    python3 benchmarks/perf_e5_version.py REFERENCE VERSION [--repeats 3] [--against DIR]
        [--arg=--no-translate ...]

VERSION is copied (same file name: its language) into a temporary folder; one unmeasured run
fills the caches; before each measured run a new sentence (the first one, numbered with the
run) is appended, so exactly one sentence misses the embedding cache. Translation is off
(--no-translate) unless --translate is given: the figure is e5's cost.
Goal (issue 12): <= 3 s CPU, <= 500 MB.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_common import (
    ROOT,
    check_ok,
    checker_command,
    fresh_cache_env,
    interleaved,
    print_figure,
    run_timed,
    signature,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reference", type=Path)
    parser.add_argument("version", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--against", type=Path, default=None)
    parser.add_argument("--translate", action="store_true")
    parser.add_argument("--arg", action="append", default=[], dest="extra")
    args = parser.parse_args(argv)
    extra = [*args.extra, *([] if args.translate else ["--no-translate"])]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        version = folder / args.version.name
        shutil.copy(args.version, version)
        first = version.read_text(encoding="utf-8").strip().splitlines()[0]
        env = fresh_cache_env(folder / "cache")
        counter = iter(range(1, 10**6))

        def run(source: Path):
            with version.open("a", encoding="utf-8") as handle:
                handle.write(f"\n{next(counter)}. {first}\n")
            command = checker_command("check", str(args.reference), str(version), *extra,
                                      source=source)
            return check_ok(run_timed(command, env=env), "checker check")

        run(ROOT)  # fills the caches
        commands = {"this checkout": lambda: run(ROOT)}
        if args.against:
            commands[f"against {args.against}"] = lambda: run(args.against)
        medians = interleaved(commands, args.repeats)
    print(signature(f"{args.reference.name} vs {args.version.name}", args.reference,
                    args.version))
    for name, median in medians.items():
        print_figure(f"one version, one new sentence (e5), {name} "
                     f"(median of {args.repeats})", median)
    return 0


if __name__ == "__main__":
    sys.exit(main())
