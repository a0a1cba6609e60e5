"""Held-out pairs in languages DEMETR lacks (tests/data/numbers_heldout.jsonl: English
source, a careful translation and a copy with one number or date changed), run
through `check_pair`, the function behind `checker pairs`: every perturbed copy
must get a number or date finding, no faithful translation any."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

HELDOUT = Path(__file__).resolve().parent / "data" / "numbers_heldout.jsonl"
LINES = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
CATEGORIES = ("number", "date")


def _messages(item: dict, target: str) -> list[str]:
    pair = SegmentPair(item["id"], item["source_lang"], item["source"], item["lang"], target)
    return [f.message for f in check_pair(pair) if f.category in CATEGORIES]


def test_the_set_covers_the_languages_it_is_for() -> None:
    langs = {item["lang"] for item in LINES}
    assert len(LINES) >= 40
    assert langs >= {"tr", "sr", "sr-Cyrl", "hr", "sq", "it", "pt", "nl", "pl", "cs", "uk"}
    assert langs >= {"el", "ar", "fa", "hi", "ja"}


@pytest.mark.parametrize("item", LINES, ids=[item["id"] for item in LINES])
def test_a_faithful_translation_gets_no_finding(item: dict) -> None:
    assert _messages(item, item["translation"]) == []


@pytest.mark.parametrize("item", LINES, ids=[item["id"] for item in LINES])
def test_a_perturbed_translation_gets_a_finding(item: dict) -> None:
    assert _messages(item, item["perturbed"]) != []
