"""DEMETR numbers: recall on perturbed pairs, false alarms on faithful ones.

Runs every line of numbers.jsonl through `checker.pipeline.check_pair`, the
function behind `checker pairs`, twice: (source, perturbed) must get at least
one number or date finding; (source, translation) must get none.

Direction: DEMETR's source is in `lang` and its translations in English. A line may
name its languages itself ("source_lang", "target_lang"; the held-out set
tests/data/numbers_heldout.jsonl has English sources and `lang` targets), or
--source-lang en says that every source is English (the target is then `lang`).
Figures are grouped by the non-English side, `lang`.

    python3 benchmarks/demetr_numbers.py [numbers.jsonl] [--source-lang en]
        [--show-false-alarms] [--show-misses]
    python3 benchmarks/demetr_numbers.py tests/data/numbers_heldout.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.model import SegmentPair
from checker.pipeline import check_pair

CATEGORIES = ("number", "date")
# shared/ beside the checkout, as CI lays it out.
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "demetr" / "numbers.jsonl"


def findings_of(pair: SegmentPair) -> list:
    return [f for f in check_pair(pair) if f.category in CATEGORIES]


def languages(item: dict, source_lang: str | None) -> tuple[str, str]:
    """(source, target) languages of one line: the line's own fields, else the option,
    else DEMETR's direction (source in `lang`, translations in English)."""
    lang = item["lang"]
    source = item.get("source_lang") or source_lang or lang
    target = item.get("target_lang") or (lang if source != lang else "en")
    return source, target


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument(
        "--source-lang",
        default=None,
        help="language of every source (default: the line's source_lang, else its lang)",
    )
    parser.add_argument("--show-false-alarms", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    started = time.perf_counter()
    with args.path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            item = json.loads(line)
            lang = item["lang"]
            source_lang, target_lang = languages(item, args.source_lang)
            s = stats[lang]
            faithful = findings_of(
                SegmentPair(
                    item["id"], source_lang, item["source"], target_lang, item["translation"]
                )
            )
            s["lines"] += 1
            if faithful:
                s["false_alarms"] += 1
                if args.show_false_alarms:
                    print(f"FALSE ALARM {item['id']} [{lang}] {item['source']}")
                    print(f"    {item['translation']}")
                    for f in faithful:
                        print(f"    - {f.message}")
            if item.get("perturbed"):
                s["perturbed"] += 1
                found = findings_of(
                    SegmentPair(
                        item["id"], source_lang, item["source"], target_lang, item["perturbed"]
                    )
                )
                if found:
                    s["caught"] += 1
                elif args.show_misses:
                    print(f"MISSED {item['id']} [{lang}] {item['source']}\n    {item['perturbed']}")
    elapsed = time.perf_counter() - started
    total: dict[str, int] = defaultdict(int)
    print(f"{'lang':<8}{'recall':>10}{'caught':>10}{'false alarms':>15}{'faithful':>10}")
    for lang in sorted(stats):
        s = stats[lang]
        for key, value in s.items():
            total[key] += value
        _row(lang, s)
    _row("overall", total)
    print(f"({elapsed:.1f} s for {total['lines'] + total['perturbed']} pairs)")
    return 0


def _row(name: str, s) -> None:
    recall = s["caught"] / s["perturbed"] if s["perturbed"] else float("nan")
    alarms = s["false_alarms"] / s["lines"] if s["lines"] else float("nan")
    print(
        f"{name:<8}{recall:>10.3f}{s['caught']:>5}/{s['perturbed']:<4}{alarms:>10.3f}"
        f"{s['false_alarms']:>5}/{s['lines']:<4}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
