"""Places of our own whole news story (tests/data/place_stories/<story>/: en.txt and faithful
el, uk and sr-Cyrl versions, one sentence a line, written as a newspaper translator would),
where the versions write the places in their own script, in their cases and as adjectives:
the faithful story gives no name error; an English copy with one place swapped gives one."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.pipeline import CheckOptions, check_story

STORIES = Path(__file__).resolve().parents[1] / "data" / "place_stories"
VERSIONS = [(story.name, version.stem) for story in sorted(STORIES.iterdir())
            for version in sorted(story.glob("*.txt")) if version.stem != "en"]
# (English place written, another place) swapped in one sentence of the English.
SWAPS = [("A Japanese aid ship", "A Chinese aid ship"),
         ("from Malaysia arrived", "from Thailand arrived")]


def _entity_errors(english: Path, version: Path) -> list[str]:
    report = check_story([english, version], CheckOptions(reference="en", translate=False))
    return [f.message for f in report.findings
            if f.category == "entity" and f.severity == "error"]


@pytest.mark.parametrize(("story", "lang"), VERSIONS)
def test_a_faithful_story_gives_no_name_error(story: str, lang: str) -> None:
    assert _entity_errors(STORIES / story / "en.txt", STORIES / story / f"{lang}.txt") == []


@pytest.mark.parametrize(("story", "lang"), VERSIONS)
@pytest.mark.parametrize(("written", "swapped"), SWAPS)
def test_a_place_swapped_in_the_english_is_an_error(tmp_path: Path, story: str, lang: str,
                                                     written: str, swapped: str) -> None:
    text = (STORIES / story / "en.txt").read_text(encoding="utf-8")
    assert written in text
    english = tmp_path / "en.txt"
    english.write_text(text.replace(written, swapped), encoding="utf-8")
    version = tmp_path / f"{lang}.txt"
    version.write_text((STORIES / story / f"{lang}.txt").read_text(encoding="utf-8"),
                       encoding="utf-8")
    assert _entity_errors(english, version) != []
