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
