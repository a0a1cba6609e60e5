"""Figure: fact extraction throughput on real, non-repeated news text (NTREX), MB of text per
CPU second on one core: names alone, numbers and dates, and all facts.

    python3 benchmarks/perf_names.py NTREX_DIR [--langs en,de,fr,...] [--lines N]

Each language's file is read line by line (every line a sentence of a news story, none
repeated); one unmeasured sentence first (lexicons, patterns, word lists opened), then every
line through each extractor, timed with the process's CPU clock.
Goal (issue 12): >= 1 MB/s per core for all facts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from perf_common import signature

LANGS = "en,de,fr,es,ru,tr,ar,zh,uk,el,nl"


def throughput(lines: list[str], lang: str, extract) -> tuple[float, float]:
    """(MB, CPU seconds) of `extract(line, lang)` over the lines."""
    extract(lines[0], lang)
    started = time.process_time()
    for line in lines:
        extract(line, lang)
    seconds = time.process_time() - started
    return sum(len(x.encode("utf-8")) for x in lines) / 1_000_000, seconds


EXTRACTORS = ("names", "numbers+dates", "all facts")


def _extractor(name: str):
    from checker.facts import dates, entities, extract_facts, numbers

    return {
        "names": lambda text, lang: entities.extract(text, lang, None),
        "numbers+dates": lambda text, lang: (numbers.extract(text, lang),
                                             dates.extract(text, lang)),
        "all facts": lambda text, lang: extract_facts(text, lang),
    }[name]


def _measure_in_fresh_process(path: Path, name: str, lines: int) -> tuple[float, float]:
    """Each extractor in its own process: no cache warmed by another extractor."""
    done = subprocess.run([sys.executable, __file__, str(path.parent), "--langs", path.stem,
                           "--lines", str(lines), "--only", name],
                          capture_output=True, text=True, check=True)
    _tag, megabytes, seconds = done.stdout.split()[-3:]
    return float(megabytes), float(seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ntrex", type=Path, help="NTREX folder (<lang>.txt, a sentence a line)")
    parser.add_argument("--langs", default=LANGS)
    parser.add_argument("--lines", type=int, default=0, help="first N lines only (0: all)")
    parser.add_argument("--only", choices=EXTRACTORS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    files = [args.ntrex / f"{lang}.txt" for lang in args.langs.split(",")]
    files = [f for f in files if f.exists()]
    if args.only:  # the child process: one extractor, one language
        lines = [x for x in files[0].read_text(encoding="utf-8").splitlines() if x.strip()]
        lines = lines[: args.lines] if args.lines else lines
        megabytes, seconds = throughput(lines, files[0].stem, _extractor(args.only))
        print(f"RESULT {megabytes} {seconds}")
        return 0
    print(signature(f"NTREX {','.join(f.stem for f in files)}", *files))
    totals = {name: [0.0, 0.0] for name in EXTRACTORS}
    print(f"{'lang':<6}" + "".join(f"{name + ' MB/s':>20}" for name in EXTRACTORS))
    for path in files:
        row = f"{path.stem:<6}"
        for name in EXTRACTORS:
            megabytes, seconds = _measure_in_fresh_process(path, name, args.lines)
            totals[name][0] += megabytes
            totals[name][1] += seconds
            row += f"{megabytes / max(seconds, 1e-9):>20.2f}"
        print(row)
    print(f"{'all':<6}" + "".join(f"{mb / max(s, 1e-9):>20.2f}" for mb, s in totals.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
