"""The README is the user guide: it opens with the two set-up commands, stays short, and
every document it links to exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COMMANDS = [
    "./install.sh && checker check seeds/nato-kosovo/ --reference en",
    "./install.sh --dev && python3 -m pytest -q",
]
# Reference pages the README must link to (docs/rules.md and docs/adding-a-language.md are
# generated from the rule registry and the language profile).
EXPECTED_DOCS = {"commands.md", "configuration.md", "report-formats.md", "rules.md",
                 "architecture.md", "adding-a-language.md", "evaluation.md"}
LINK = re.compile(r"\]\(([^)#\s]+)(#[^)\s]*)?\)")


def test_readme_starts_with_exactly_the_two_setup_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert lines[:4] == ["```sh", *COMMANDS, "```"]


def test_readme_is_a_short_guide() -> None:
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 300


def test_every_local_link_resolves() -> None:
    targets = [m.group(1) for m in LINK.finditer(README.read_text(encoding="utf-8"))]
    local = [t for t in targets if not re.match(r"[a-z]+:", t)]
    missing = [t for t in local if not (ROOT / t).exists()]
    assert not missing, missing
    linked = {Path(t).name for t in local if t.startswith("docs/")}
    assert linked >= EXPECTED_DOCS, EXPECTED_DOCS - linked


def test_links_between_docs_resolve() -> None:
    for page in sorted((ROOT / "docs").glob("*.md")):
        for match in LINK.finditer(page.read_text(encoding="utf-8")):
            target = match.group(1)
            if re.match(r"[a-z]+:", target):
                continue
            assert (page.parent / target).exists(), f"{page.name}: {target}"
