"""Figure: `checker pairs` on a file of one pair: the start-up cost, whole process.

    python3 benchmarks/perf_pairs_one.py DEMETR_DIR [--repeats 3] [--against DIR]

The pair is the first line of DEMETR's numbers.jsonl (source, translation).
Goal (issue 12): <= 0.4 s CPU.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_common import (
    ROOT,
    check_ok,
    checker_command,
    interleaved,
    print_figure,
    run_timed,
    signature,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("demetr", type=Path, help="DEMETR folder (numbers.jsonl)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--against", type=Path, default=None)
    args = parser.parse_args(argv)
    source_file = args.demetr / "numbers.jsonl"
    item = json.loads(source_file.read_text(encoding="utf-8").splitlines()[0])
    with tempfile.TemporaryDirectory() as tmp:
        pairs = Path(tmp) / "one.jsonl"
        pairs.write_text(json.dumps({"id": "1", "source": {"lang": item["lang"],
                                     "text": item["source"]}, "target": {"lang": "en",
                                     "text": item["translation"]}}, ensure_ascii=False) + "\n")

        def run(source: Path):
            command = checker_command("pairs", str(pairs), "--fail-on", "never", source=source)
            return check_ok(run_timed(command), "checker pairs")

        run(ROOT)  # warm-up: word lists compiled
        commands = {"this checkout": lambda: run(ROOT)}
        if args.against:
            commands[f"against {args.against}"] = lambda: run(args.against)
        medians = interleaved(commands, args.repeats)
    print(signature("DEMETR numbers.jsonl line 1", source_file))
    for name, median in medians.items():
        print_figure(f"checker pairs, 1 pair, {name} (median of {args.repeats})", median)
    return 0


if __name__ == "__main__":
    sys.exit(main())
