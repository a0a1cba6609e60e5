"""Inputs for the engine tests: a pairs file of the example pairs and a few hundred pairs
made from the tests' own sentences, and a small collection of stories."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PAIRS = ROOT / "examples" / "pairs.jsonl"

# (source lang, source template, target lang, target template): {a} is the source's number,
# {b} the target's (equal, or one more: a planted drift).
TEMPLATES = [
    ("en", "The council approved {a} new homes on Monday.",
     "de", "Der Rat genehmigte am Montag {b} neue Wohnungen."),
    ("en", "Prices rose by {a} percent in 2021.",
     "fr", "Les prix ont augmenté de {b} pour cent en 2021."),
    ("en", "{a} people attended the meeting in Lisbon.",
     "es", "{b} personas asistieron a la reunión en Lisboa."),
    ("de", "Es kamen {a} Soldaten.", "en", "{b} soldiers came."),
]


def pair_line(pair_id: str, source: tuple[str, str], target: tuple[str, str]) -> str:
    return json.dumps({"id": pair_id, "source": {"lang": source[0], "text": source[1]},
                       "target": {"lang": target[0], "text": target[1]}},
                      ensure_ascii=False) + "\n"


def generated_lines(count: int) -> list[str]:
    lines = []
    for i in range(count):
        sl, st, tl, tt = TEMPLATES[i % len(TEMPLATES)]
        a = 100 + 7 * i
        b = a + (1 if i % 5 == 0 else 0)
        lines.append(pair_line(f"g{i}", (sl, st.format(a=a)), (tl, tt.format(b=b))))
    return lines

@pytest.fixture(scope="session")
def pairs_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example pairs and 300 generated pairs."""
    lines = EXAMPLE_PAIRS.read_text(encoding="utf-8").splitlines(keepends=True)
    generated = generated_lines(300)
    path = tmp_path_factory.mktemp("pairs") / "pairs.jsonl"
    path.write_text("".join(lines + generated), encoding="utf-8")
    return path


def run_in_process(*args: object) -> tuple[int, str, str]:
    """`checker ARGS...` through the real entry point: (exit code, stdout, stderr)."""
    from support.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="session")
def single_process_pairs(pairs_file: Path) -> tuple[int, str, str]:
    """The single-process run of `checker pairs` on `pairs_file`: what every engine gives."""
    return run_in_process("pairs", pairs_file)


@pytest.fixture(scope="session")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three small stories (English reference, German version), one with a drift."""
    folder = tmp_path_factory.mktemp("collection") / "stories"
    for name, number in (("one", 12), ("two", 40), ("three", 7)):
        story = folder / name
        story.mkdir(parents=True)
        (story / "en.txt").write_text(f"The mayor opened {number} new schools on Friday.\n"
                                      "Officials said the work cost 3 million euros.\n",
                                      encoding="utf-8")
        german = number + (1 if name == "two" else 0)
        (story / "de.txt").write_text(f"Der Bürgermeister eröffnete am Freitag {german} neue "
                                      "Schulen.\nDie Arbeiten kosteten laut Behörden 3 "
                                      "Millionen Euro.\n", encoding="utf-8")
    return folder


def lines_written(pid: int, folder: Path) -> bool:
    """Some lines are in the temporary output: a named temp file, or an unnamed one
    (O_TMPFILE) that only the process's open files show."""
    if any(p.stat().st_size for p in folder.glob(".out.jsonl.*.tmp")):
        return True
    fds = Path(f"/proc/{pid}/fd")
    try:
        for fd in fds.iterdir():
            target = os.readlink(fd)
            if target.startswith(str(folder)) and not target.endswith(".jsonl"):
                return fd.stat().st_size > 0
    except OSError:
        pass
    return False
