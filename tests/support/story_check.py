"""A two-version story checked offline (no translation), as the article-level tests read it."""

from __future__ import annotations

from pathlib import Path

from checker.model import Finding
from checker.pipeline import CheckOptions, check_story


def story_findings(tmp_path: Path, reference: str, version: str, lang: str = "fr"
                   ) -> list[Finding]:
    """The findings of `checker check` on an English reference and one version in `lang`."""
    (tmp_path / "en.txt").write_text(reference, encoding="utf-8")
    (tmp_path / f"{lang}.txt").write_text(version, encoding="utf-8")
    report = check_story([tmp_path / "en.txt", tmp_path / f"{lang}.txt"],
                         CheckOptions(reference="en", translate=False))
    return report.findings


STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"  # our own stories


def own_story(story: str, lang: str) -> str:
    """The text of our own story `story` (tests/data/stories/<story>/<lang>.txt)."""
    return (STORIES / story / f"{lang}.txt").read_text(encoding="utf-8")


def own_story_errors(tmp_path: Path, story: str, lang: str, version: str,
                     categories: tuple[str, ...] | None = None) -> list[Finding]:
    """The errors (of every category, or of `categories` only) of `checker check` on our own
    story's English and `version` as its text in `lang`."""
    return [f for f in story_findings(tmp_path, own_story(story, "en"), version, lang)
            if f.severity == "error" and (categories is None or f.category in categories)]


def swap_changes(tmp_path: Path, reference: str, version: str, lang: str, old: str, new: str,
                 count: int = -1) -> list[tuple[str, str, str, str]]:
    """Asserts that a faithful story gives no finding at all; returns (rule, severity,
    reference fact, version fact) of each finding of its twin, the reference with `old`
    written as `new` (`count` times; -1: everywhere)."""
    assert old in reference
    assert story_findings(tmp_path, reference, version, lang) == []
    found = story_findings(tmp_path, reference.replace(old, new, count), version, lang)
    return [(f.rule, f.severity, f.reference.fact, f.version.fact) for f in found]
