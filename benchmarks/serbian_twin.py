"""A Serbian Cyrillic twin of a folder's Serbian Latin text, to check that the checker reads
Serbian the same in both scripts.

    python3 benchmarks/serbian_twin.py TUNE_DIR OUT_DIR

Copies en.txt, doc_ids.txt, sr.txt (and LICENSE) of TUNE_DIR (the NTREX tune part: never the
held-out part) to OUT_DIR and writes OUT_DIR/sr-Cyrl.txt: sr.txt in Cyrillic, word by word
with cyrtranslit's Serbian table, keeping in Latin what a Serbian Cyrillic writer keeps
(Roman numerals "XXI", words with q, w, x, y: "Twitter"). The folder's own sr-Cyrl.txt is
never read. Then

    perturb_eval.py CHECKER sr,sr-Cyrl --data OUT_DIR --recall-severity error [--mode stories]

must give the same figures, and the same findings, for the two. The text written stays
under the source's licence (NTREX-128: CC BY-SA 4.0, LICENSE copied).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

_KEPT = re.compile(r"^(?:[IVXLCDM]*[VXLCDM][IVXLCDM]*|II+|[a-zA-Z]*[qwxyQWXY][a-zA-Z]*)$")
_PIECES = re.compile(r"\w+|\W+")


def to_cyrillic(line: str) -> str:
    """A Serbian Latin line in Cyrillic, as a Cyrillic writer has it."""
    import cyrtranslit

    return "".join(piece if _KEPT.match(piece) else cyrtranslit.to_cyrillic(piece, "sr")
                   for piece in _PIECES.findall(line))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    source, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name in ("en.txt", "doc_ids.txt", "sr.txt", "LICENSE"):
        if (source / name).exists():
            shutil.copyfile(source / name, out / name)
    lines = (source / "sr.txt").read_text("utf-8").splitlines()
    (out / "sr-Cyrl.txt").write_text("".join(to_cyrillic(x) + "\n" for x in lines), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
