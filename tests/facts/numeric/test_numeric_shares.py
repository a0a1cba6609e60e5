"""Shares read by checker/facts/numeric/shares.py: one out of a count ("one in four")."""

from __future__ import annotations

from checker.facts.numeric import analyse


def test_one_in_a_count_is_read_with_its_one() -> None:
    facts = [f for f in analyse("One in four pupils walks to school.", "en")
             if f.category == "number"]
    assert [(f.text, f.value, f.kind) for f in facts] == [("One in four", 4, "one_in")]
