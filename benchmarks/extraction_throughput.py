"""Number and date extraction throughput: seconds for 1 MB of news text per language.

Text: the seed story and the DEMETR sentences of that language, repeated up to
the size asked; the extraction cache is cleared before every sentence, so a
repeated sentence costs as much as a new one. Goal: 1 MB in under 2 s, one core.

    python3 benchmarks/extraction_throughput.py [--megabytes 1] [--langs en,de,...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.facts import dates, numbers, numeric  # noqa: E402
from checker.segment import split_sentences  # noqa: E402

DEMETR = Path("/work/shared/eval/demetr/numbers.jsonl")


def corpus(lang: str) -> str:
    parts = []
    seed = ROOT / "seeds" / "nato-kosovo" / f"{lang}.txt"
    if seed.exists():
        parts.append(seed.read_text(encoding="utf-8"))
    if DEMETR.exists():
        for line in DEMETR.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if lang == "en":
                parts.append(item["translation"])
            elif item["lang"] == lang:
                parts.append(item["source"])
    return "\n\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--langs", default="en,de,fr,es,ru,zh,tr,sr,sq,ar")
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    print(f"{'lang':<6}{'MB':>6}{'sentences':>11}{'facts':>8}{'seconds':>9}{'MB/s':>7}")
    for lang in args.langs.split(","):
        text = corpus(lang)
        if not text:
            continue
        encoded = len(text.encode("utf-8"))
        big = "\n\n".join([text] * (size // encoded + 1))
        big = big.encode("utf-8")[:size].decode("utf-8", errors="ignore")
        sentences = [s.text for s in split_sentences(big, lang)]
        numbers.extract("warm up 1", lang)  # lexicons and patterns are built once per language
        facts = 0
        started = time.perf_counter()
        for sentence in sentences:
            numeric.analyse.cache_clear()
            facts += len(numbers.extract(sentence, lang)) + len(dates.extract(sentence, lang))
        elapsed = time.perf_counter() - started
        megabytes = len(big.encode("utf-8")) / 1_000_000
        print(
            f"{lang:<6}{megabytes:>6.2f}{len(sentences):>11}{facts:>8}{elapsed:>9.2f}"
            f"{megabytes / elapsed:>7.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
