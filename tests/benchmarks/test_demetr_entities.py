"""benchmarks/demetr_entities.py: the even (tuned on) and odd (held out) halves."""

import importlib.util
import json
from pathlib import Path

from checker.context import CheckContext

_SPEC = importlib.util.spec_from_file_location(
    "demetr_entities", Path(__file__).resolve().parents[2] / "benchmarks" / "demetr_entities.py"
)
assert _SPEC is not None and _SPEC.loader is not None
demetr_entities = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(demetr_entities)


def test_lines_are_split_by_the_number_in_their_id():
    assert demetr_entities.in_half("ne_replaced-12", "even")
    assert not demetr_entities.in_half("ne_replaced-12", "odd")
    assert demetr_entities.in_half("ne_removed-7", "odd")
    assert demetr_entities.in_half("ne_removed-7", None)


def test_a_half_is_scored_alone(tmp_path, capsys):
    rows = [
        {"id": f"ne_removed-{n}", "lang": "fr", "source": "Il pleut.",
         "translation": "It rains.", "perturbed": None}
        for n in (1, 2, 3)
    ]
    path = tmp_path / "ne_removed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert demetr_entities.main([str(path), "--half", "odd"]) == 0
    assert "[odd ids: held out]" in capsys.readouterr().out
    counts = demetr_entities.score(path, 0, CheckContext.load(None), "even")
    assert counts["fr"]["lines"] == 1
