"""Write docs/adding-a-language.md from the language profile's declarations.

python3 tools/adding_a_language.py            # rewrite the file
python3 tools/adding_a_language.py --check    # exit 1 if the file is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.lang.reference import markdown  # noqa: E402

TARGET = ROOT / "docs" / "adding-a-language.md"


def main(argv: list[str]) -> int:
    text = markdown()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python3 tools/adding_a_language.py")
            return 1
        return 0
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
