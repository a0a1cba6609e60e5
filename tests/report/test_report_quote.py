"""--max-sentence-chars: a finding quotes a window of a long sentence, so the report grows
with the input, not with its square; the window's offsets and the line stay exact."""

from __future__ import annotations

import json
from pathlib import Path

from checker.model import Side
from checker.report.quote import cut_side, window


def test_window_is_centred_on_the_fact() -> None:
    text = "a" * 1000 + " 700 " + "b" * 1000
    start, end = window(text, "700", 100)
    assert end - start == 100 and "700" in text[start:end]
    assert window("short", "x", 100) == (0, 5)


def test_cut_side_keeps_the_fact_and_says_where_the_quote_is() -> None:
    text = "word " * 400 + "700 soldiers " + "word " * 400
    side = Side(path="de.txt", lang="de", sentence=1, text=text, line=3, column=1, fact="700")
    cut_side(side, 200)
    assert "700" in side.text and side.text.startswith("…") and side.text.endswith("…")
    cut = side.to_dict()["text_cut"]
    assert cut["length"] == len(text) and cut["end"] - cut["start"] == 200
    assert text[cut["start"]:cut["end"]] == side.text.strip("…")
    assert side.line == 3


def test_a_long_unpunctuated_version_gives_a_report_linear_in_its_size(tmp_path: Path,
                                                                     run_cli) -> None:
    numbers = range(100, 700)
    (tmp_path / "en.txt").write_text(" ".join(f"{n} soldiers and" for n in numbers) + "\n")
    (tmp_path / "de.txt").write_text(" ".join(f"{n + 5000} Soldaten und" for n in numbers) + "\n")
    code, out, err = run_cli("check", tmp_path, "--no-translate", "--no-embed", "--format",
                             "json", "--max-sentence-chars", "300")
    assert code == 1, err
    report = json.loads(out)
    sides = [f[k] for f in report["findings"] for k in ("reference", "version") if f[k]]
    assert len(sides) > 100
    assert all(len(side["text"]) <= 302 for side in sides)
    # The line is compared in pieces (checker.segment.MAX_CLAIM_CHARS): a quote longer than
    # the limit is cut and says its piece's length; a short last piece is quoted whole.
    assert all(side["text_cut"]["length"] > 300 if "text_cut" in side
               else len(side["text"]) <= 300 for side in sides)
    assert sum("text_cut" in side for side in sides) > 100
    assert len(out) < 3000 * len(report["findings"])
