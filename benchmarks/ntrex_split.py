"""Split NTREX-128 into a tuning part and a held-out part, by story, before any tuning.

    python3 benchmarks/ntrex_split.py NTREX_DIR OUT_DIR

Writes OUT_DIR/tune/ and OUT_DIR/heldout/, each a folder `perturb_eval.py --data` reads
(en.txt, doc_ids.txt and one <tag>.txt per language, line-aligned), plus the NTREX licence.
The split (written down in benchmarks/SPLITS.md): stories in order of first appearance in
doc_ids.txt; the 1st, 3rd, 5th... go to `tune`, the 2nd, 4th, 6th... to `heldout`. Every line
of a story goes with its story, so no sentence of a held-out story is ever seen in tuning.

NTREX-128 (Federmann, Kocmi, Xin, 2022; CC BY-SA 4.0): the files written are the original
lines, unchanged, only selected by story; they stay under CC BY-SA 4.0 (LICENSE copied).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def split_stories(doc_ids: list[str]) -> tuple[set[str], set[str]]:
    order: list[str] = []
    for doc in doc_ids:
        if doc not in order:
            order.append(doc)
    return set(order[0::2]), set(order[1::2])


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    doc_ids = (source / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    tune, heldout = split_stories(doc_ids)
    for name, stories in (("tune", tune), ("heldout", heldout)):
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        keep = [i for i, doc in enumerate(doc_ids) if doc in stories]
        for path in sorted(source.glob("*.txt")):
            lines = path.read_text(encoding="utf-8").splitlines()
            (folder / path.name).write_text("".join(lines[i] + "\n" for i in keep),
                                            encoding="utf-8")
        shutil.copy(source / "LICENSE", folder / "LICENSE")
        print(f"{name}: {len(stories)} stories, {len(keep)} lines -> {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
