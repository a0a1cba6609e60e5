"""The name findings of one English pair, as the place tests read them."""

from __future__ import annotations

from checker.context import CheckContext
from checker.model import SegmentPair
from checker.pipeline import check_pair

RUN = CheckContext()


def entity_findings(source: str, target: str, target_lang: str) -> list[tuple[str, str]]:
    """(kind, severity) of each name finding of an English `source` and its version."""
    pair = SegmentPair("t", "en", source, target_lang, target)
    return [(f.kind, f.severity) for f in check_pair(pair, RUN) if f.category == "entity"]
