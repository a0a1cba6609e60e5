"""Figure: `checker check STORY` with default settings and empty caches (every sentence
translated and embedded, every model loaded), whole process.

    python3 benchmarks/perf_seed_cold.py seeds/nato-kosovo [--repeats 3] [--against DIR]

Each run gets a new empty cache folder (CHECKER_CACHE_DIR); what install.sh builds (e5, the
compiled word lists, in the data folder) is kept, as on a user's machine.
Goal (issue 12): <= 30 s CPU, <= 1 GB.
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
    args = story_arguments(__doc__).parse_args(argv)

    def run(source: Path):
        with tempfile.TemporaryDirectory() as tmp:
            command = checker_command("check", str(args.story), *args.extra, source=source)
            return check_ok(run_timed(command, env=fresh_cache_env(Path(tmp))), "checker check")

    compare_checkouts("seed default, cold caches", args, run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
