"""Findings snapshot: every finding on the seed story, its drifted copies and the DEMETR dev
pairs, written to one folder, so a refactoring can show its findings are byte-identical.

    python3 benchmarks/findings_snapshot.py OUT_DIR [--demetr DIR] [--seeds DIR]
    diff -r BEFORE_DIR AFTER_DIR

What it writes (each file sorted and stable; no timings, no paths outside the repo):
- `seed.json`: `checker check SEEDS --reference en --format json`, default settings;
- `drifted.<name>.json`: the drifted copy against the English reference, same settings;
- `demetr.<file>.jsonl`: `checker pairs` findings for (source, translation) and
  (source, perturbed) of every DEMETR line, one JSON line each.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Keys whose values change from run to run: times, version stamps, how many sentences came
# from the translation cache rather than the engine (cold or warm cache), and the glossary
# folder's path (each checkout has its own, so two checkouts would differ by it alone).
VOLATILE = ("checker_version", "generated", "elapsed", "timing", "seconds", "cached",
            "translated", "glossaries")


def run_checker(args: list[str], cwd: Path) -> str:
    """`checker ARGS` from this checkout's source tree (its `cli` package first on the path),
    never from whatever copy is installed, so two checkouts can be compared."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    cmd = [sys.executable, "-c", "import sys; from cli.main import main; "
           "sys.exit(main(sys.argv[1:]))", *args]
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"checker {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def scrub(value):
    """Drop the keys whose value changes from run to run or checkout to checkout (times,
    version stamps, the glossary path)."""
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value


def write_json(path: Path, text: str) -> None:
    data = scrub(json.loads(text))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def demetr_pairs(path: Path, out: Path) -> Path:
    lines = []
    for item in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        for side in ("translation", "perturbed"):
            if item.get(side):
                lines.append({"id": f"{item['id']}:{side}",
                              "source": {"lang": item["lang"], "text": item["source"]},
                              "target": {"lang": "en", "text": item[side]}})
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds" / "nato-kosovo")
    parser.add_argument("--demetr", type=Path, default=None,
                        help="DEMETR folder (numbers.jsonl, ne_replaced.jsonl, ne_removed.jsonl)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # Paths relative to the repository, so two checkouts give the same report.
    seeds = args.seeds.resolve().relative_to(ROOT)
    write_json(args.out / "seed.json",
               run_checker(["check", str(seeds), "--reference", "en", "--format", "json"], ROOT))
    for drifted in sorted((ROOT / seeds / "drifted").glob("*.txt")):
        drifted = drifted.relative_to(ROOT)
        text = run_checker(["check", str(seeds / "en.txt"), str(drifted), "--format", "json"],
                           ROOT)
        write_json(args.out / f"drifted.{drifted.stem}.json", text)
    if args.demetr:
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("numbers", "ne_replaced", "ne_removed"):
                pairs = demetr_pairs(args.demetr / f"{name}.jsonl", Path(tmp) / f"{name}.jsonl")
                text = run_checker(["pairs", str(pairs)], ROOT)
                (args.out / f"demetr.{name}.jsonl").write_text(text)
    print(f"snapshot written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
