"""Figure: `checker check STORY --no-translate --no-embed` (facts only), whole process.

    python3 benchmarks/perf_seed_fact_only.py seeds/nato-kosovo [--repeats 3] [--against DIR]

One unmeasured run first (the word lists are compiled on first use, once per machine), then
the median of --repeats runs: CPU (user + system) and peak RSS from /usr/bin/time -v.
Goal (issue 12): <= 1.0 s CPU, <= 250 MB.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_common import check_ok, checker_command, compare_checkouts, run_timed, story_arguments


def main(argv: list[str] | None = None) -> int:
    args = story_arguments(__doc__).parse_args(argv)

    def run(source: Path):
        command = checker_command("check", str(args.story), "--no-translate", "--no-embed",
                                  *args.extra, source=source)
        return check_ok(run_timed(command), "checker check")

    run(Path(__file__).resolve().parent.parent)  # warm-up: word lists compiled
    compare_checkouts("seed fact-only", args, run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
