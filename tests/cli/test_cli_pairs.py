"""`checker pairs`: one output line per input line, same order, findings per pair."""

from __future__ import annotations

import json
from pathlib import Path


def write_pairs(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for pair_id, sl, st, tl, tt in rows:
            handle.write(
                json.dumps(
                    {
                        "id": pair_id,
                        "source": {"lang": sl, "text": st},
                        "target": {"lang": tl, "text": tt},
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


def test_pairs_keep_order_and_report_changed_numbers(tmp_path: Path, run_cli) -> None:
    rows = [
        (
            f"p{i}",
            "de",
            f"Es kamen {i + 100} Soldaten.",
            "en",
            f"{i + 100 + (i % 2)} soldiers came.",
        )
        for i in range(2000)
    ]
    code, out, err = run_cli("pairs", write_pairs(tmp_path / "p.jsonl", rows), "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == [r[0] for r in rows]
    assert all(not line["findings"] for line in lines[0::2])
    odd = lines[1]["findings"]
    assert [
        (f["category"], f["kind"], f["reference"]["value"], f["version"]["value"]) for f in odd
    ] == [("number", "changed", 101, 102)]
    assert code == 1, err


def test_pairs_bad_line_exit_2(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    code, _, err = run_cli("pairs", path)
    assert code == 2 and "p.jsonl:1: not valid JSON" in err


def test_example_pairs_file_in_seven_languages(run_cli) -> None:
    """examples/pairs.jsonl: ids ending in 1 are faithful, in 2 carry one planted drift."""
    example = Path(__file__).resolve().parents[2] / "examples" / "pairs.jsonl"
    code, out, err = run_cli("pairs", example)
    assert code == 1, err
    for line in map(json.loads, out.splitlines()):
        rules = [f["rule"] for f in line["findings"]]
        if line["id"].endswith("1"):
            assert rules == [], line
        else:
            assert len(rules) == 1 and rules[0].split(".")[0] in ("number", "date"), line
