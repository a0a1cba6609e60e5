"""Figure: `checker check STORY` with default settings and warm translation and embedding
caches, whole process.

    python3 benchmarks/perf_seed_warm.py seeds/nato-kosovo [--repeats 3] [--against DIR]
        [--cache DIR]

The caches live in --cache (default: a temporary folder, filled by one unmeasured run).
Goal (issue 12): <= 2.0 s CPU, <= 400 MB.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_common import (
    check_ok,
    checker_command,
    compare_checkouts,
    fresh_cache_env,
    run_timed,
    story_arguments,
)


def main(argv: list[str] | None = None) -> int:
    parser = story_arguments(__doc__)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = fresh_cache_env(args.cache or Path(tmp))

        def run(source: Path):
            command = checker_command("check", str(args.story), *args.extra, source=source)
            return check_ok(run_timed(command, env=env), "checker check")

        run(Path(__file__).resolve().parent.parent)  # fills the caches
        compare_checkouts("seed default, warm caches", args, run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
