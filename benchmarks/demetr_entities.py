"""Named-entity drift on DEMETR: recall on perturbed pairs, false alarms on faithful ones.

Usage:
    python3 benchmarks/demetr_entities.py /work/shared/eval/demetr/ne_replaced.jsonl \
        /work/shared/eval/demetr/ne_removed.jsonl [--glossaries DIR] [--sweep] [--show N]
        [--half even|odd] [--show-langs zh]

Scoring (/work/shared/eval/README.md): recall = share of lines with `perturbed` where
(source, perturbed) gets at least one finding of category entity or term; false alarms =
share of all lines where (source, translation) gets one. Printed per source language;
Chinese is printed separately from the Latin/Cyrillic-script languages.
`--sweep` re-scores with several fuzzy thresholds (how FUZZY_THRESHOLD was chosen).
`--show N` prints up to N misses and N false alarms per file, for analysis (of the
fr/de/es/ru lines, or of the languages `--show-langs` names).
`--half even` scores only the lines with an even number in their id (the part tuned on from
issue 11 on), `--half odd` only the others (held out; benchmarks/SPLITS.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.compare import entities as entity_compare
from checker.context import CheckContext
from checker.model import SegmentPair
from checker.pipeline import check_pair

CATEGORIES = ("entity", "term")
MAIN = ("fr", "de", "es", "ru")


def flagged(source: str, target: str, lang: str, row_id: str, context: CheckContext) -> list:
    pair = SegmentPair(row_id, lang, source, "en", target)
    return [f for f in check_pair(pair, context) if f.category in CATEGORIES]


def in_half(row_id: str, half: str | None) -> bool:
    """Is the line in the half asked for ("even", "odd"; None: every line)?"""
    if half is None:
        return True
    digits = "".join(c for c in row_id.rsplit("-", 1)[-1] if c.isdigit())
    return (int(digits) % 2 == 0) == (half == "even")


def score(
    path: Path,
    show: int,
    context: CheckContext,
    half: str | None = None,
    show_langs: tuple[str, ...] = MAIN,
) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses, alarms = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not in_half(row["id"], half):
            continue
        lang = row["lang"]
        c = counts[lang]
        c["lines"] += 1
        faithful = flagged(row["source"], row["translation"], lang, row["id"], context)
        if faithful:
            c["false_alarms"] += 1
            alarms.append((row, faithful))
        if row.get("perturbed"):
            c["perturbed"] += 1
            if flagged(row["source"], row["perturbed"], lang, row["id"], context):
                c["found"] += 1
            else:
                misses.append(row)
    if show:
        print(f"-- {path.name}: misses")
        for row in [r for r in misses if r["lang"] in show_langs][:show]:
            print(f"  [{row['lang']}] {row['id']} {row['source']}")
            print(f"     T: {row['translation']}\n     P: {row['perturbed']}")
        print(f"-- {path.name}: false alarms")
        for row, found in [a for a in alarms if a[0]["lang"] in show_langs][:show]:
            print(f"  [{row['lang']}] {row['id']} {row['source']}\n     T: {row['translation']}")
            for f in found:
                print(f"     -> {f.message}")
    return counts


def report(path: Path, counts: dict[str, dict[str, int]]) -> None:
    print(f"{path.name}")
    header = ("lang", "recall", "found", "pert.", "false al.", "flagged", "lines")
    widths = (-6, 8, 7, 7, 11, 9, 7)
    cells = [f"{h:<{-w}}" if w < 0 else f"{h:>{w}}" for h, w in zip(header, widths, strict=True)]
    print("  " + "".join(cells))
    groups = [
        ("main", [lg for lg in sorted(counts) if lg in MAIN]),
        ("other", [lg for lg in sorted(counts) if lg not in MAIN]),
    ]
    for name, langs in groups:
        for lg in langs:
            c = counts[lg]
            recall = c["found"] / c["perturbed"] if c["perturbed"] else 0.0
            fa = c["false_alarms"] / c["lines"] if c["lines"] else 0.0
            print(
                f"  {lg:<6}{recall:8.3f}{c['found']:7d}{c['perturbed']:7d}{fa:11.3f}"
                f"{c['false_alarms']:9d}{c['lines']:7d}"
            )
        if langs:
            tot = {
                k: sum(counts[lg][k] for lg in langs)
                for k in ("found", "perturbed", "false_alarms", "lines")
            }
            recall = tot["found"] / tot["perturbed"] if tot["perturbed"] else 0.0
            fa = tot["false_alarms"] / tot["lines"] if tot["lines"] else 0.0
            label = "fr/de/es/ru" if name == "main" else "+".join(langs)
            print(f"  {label:<13} recall {recall:.3f}  false alarms {fa:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument(
        "--glossaries",
        type=Path,
        default=None,
        help="glossary folder to use (default: none, CLDR names only)",
    )
    parser.add_argument("--sweep", action="store_true", help="score several fuzzy thresholds")
    parser.add_argument("--show", type=int, default=0, help="print N misses and false alarms")
    parser.add_argument(
        "--show-langs", default=",".join(MAIN), help="languages --show prints (comma-separated)"
    )
    parser.add_argument(
        "--half",
        choices=("even", "odd"),
        default=None,
        help="only lines with an even (tuned on) or odd (held out) number in their id",
    )
    args = parser.parse_args(argv)
    context = CheckContext.load(args.glossaries)
    thresholds = (
        [60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0]
        if args.sweep
        else [entity_compare.FUZZY_THRESHOLD]
    )
    for threshold in thresholds:
        entity_compare.FUZZY_THRESHOLD = threshold
        entity_compare.word_match.__defaults__ = (threshold,)
        entity_compare.fact_found.__defaults__ = (threshold,)
        entity_compare.unmatched.__defaults__ = (threshold,)
        if args.sweep:
            print(f"== FUZZY_THRESHOLD {threshold:.0f}")
        for path in args.files:
            started = time.perf_counter()
            counts = score(path, args.show, context, args.half, tuple(args.show_langs.split(",")))
            if args.half:
                print(f"[{args.half} ids: {'dev' if args.half == 'even' else 'held out'}]")
            report(path, counts)
            print(f"  ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
