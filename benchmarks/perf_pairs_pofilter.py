"""`checker pairs` on N DEMETR pairs against translate-toolkit's `pofilter` (all its default
checks) on the same pairs as one PO file, interleaved in the same run.

    python3 benchmarks/perf_pairs_pofilter.py DEMETR_DIR [--pairs 10000] [--repeats 3]

The pairs: every DEMETR line as (source, translation) and (source, perturbed), and the same
reversed (English source), cycled with fresh ids up to --pairs. Prints the medians of both
tools (CPU = user + system, peak RSS, from /usr/bin/time -v) and the ratio of CPU times.
Goal (issue 12): checker <= 2x pofilter's CPU, <= 300 MB.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf_common import (
    check_ok,
    checker_command,
    interleaved,
    print_figure,
    run_timed,
    signature,
)

FILES = ("numbers.jsonl", "ne_replaced.jsonl", "ne_removed.jsonl")


def demetr_pairs(folder: Path) -> list[dict]:
    """The distinct pairs of the DEMETR files: both directions, faithful and perturbed."""
    out = []
    for name in FILES:
        path = folder / name
        if not path.exists():
            continue
        for item in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            for side in ("translation", "perturbed"):
                if not item.get(side):
                    continue
                source = {"lang": item["lang"], "text": item["source"]}
                target = {"lang": "en", "text": item[side]}
                out.append({"source": source, "target": target})
                out.append({"source": target, "target": source})
    if not out:
        raise SystemExit(f"no DEMETR files ({', '.join(FILES)}) in {folder}")
    return out


def write_inputs(pairs: list[dict], count: int, folder: Path) -> tuple[Path, Path]:
    """The same `count` pairs as checker's JSON Lines and as a PO file (msgctxt = the id, so
    a repeated source stays its own unit)."""
    jsonl, po = folder / "pairs.jsonl", folder / "pairs.po"
    with jsonl.open("w", encoding="utf-8") as lines, po.open("w", encoding="utf-8") as units:
        units.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for number, pair in enumerate(itertools.islice(itertools.cycle(pairs), count), 1):
            lines.write(json.dumps({"id": str(number), **pair}, ensure_ascii=False) + "\n")
            units.write(f"msgctxt {_po(str(number))}\nmsgid {_po(pair['source']['text'])}\n"
                        f"msgstr {_po(pair['target']['text'])}\n\n")
    return jsonl, po


def _po(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\t", "\\t"))
    return f'"{escaped}"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("demetr", type=Path, help="DEMETR folder (numbers.jsonl, ...)")
    parser.add_argument("--pairs", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--against", type=Path, default=None,
                        help="another checkout of checker, run interleaved too")
    args = parser.parse_args(argv)
    pofilter = shutil.which("pofilter")
    if pofilter is None:
        raise SystemExit("pofilter not found: pip install translate-toolkit (the dev extra)")
    pairs = demetr_pairs(args.demetr)
    languages = {p["source"]["lang"] for p in pairs} | {p["target"]["lang"] for p in pairs}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, po = write_inputs(pairs, args.pairs, Path(tmp))
        commands = {
            "checker pairs": lambda: check_ok(
                run_timed(checker_command("pairs", str(jsonl), "--fail-on", "never")),
                "checker pairs"),
            "pofilter": lambda: check_ok(
                run_timed([pofilter, "--progress=none", str(po), str(Path(tmp) / "out.po")]),
                "pofilter"),
        }
        if args.against:
            commands[f"checker pairs, {args.against}"] = lambda: check_ok(run_timed(
                checker_command("pairs", str(jsonl), "--fail-on", "never",
                                source=args.against)), "checker pairs (against)")
        check_ok(run_timed(checker_command("pairs", str(jsonl), "--fail-on", "never")),
                 "checker pairs (warm-up: word lists built)")
        medians = interleaved(commands, args.repeats)
    print(signature(f"DEMETR {args.pairs} pairs ({len(pairs)} distinct, "
                    f"{len(languages)} languages)", args.demetr))
    for name, run in medians.items():
        print_figure(f"{name} ({args.pairs} pairs, median of {args.repeats})", run)
    ratio = medians["checker pairs"].cpu_seconds / max(medians["pofilter"].cpu_seconds, 1e-9)
    print(f"ratio: checker pairs / pofilter CPU = {ratio:.2f}x (goal <= 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
