"""How much of a sentence a finding quotes.

A finding carries the sentence it stands in. A text without sentence punctuation is one
sentence, and every finding in it would quote all of it: the report would grow with the
square of the input. Past `max_chars`, a finding quotes a window of the sentence around
its fact, marked with "…" at each cut end; `text_cut` gives the window's character
offsets in the sentence and the sentence's length, and the side's line and column still
point at the sentence in the file.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.errors import InputError
from checker.model import Finding, Side

DEFAULT_MAX_SENTENCE_CHARS = 500
MIN_SENTENCE_CHARS = 20  # below this a quote cannot show a fact with any context
ELLIPSIS = "…"


def check_limit(max_chars: int) -> int:
    if max_chars < MIN_SENTENCE_CHARS:
        raise InputError(f"--max-sentence-chars must be {MIN_SENTENCE_CHARS} or more, "
                         f"not {max_chars}")
    return max_chars


def window(text: str, fact: str | None, max_chars: int) -> tuple[int, int]:
    """The [start, end) of at most `max_chars` characters of `text`, centred on `fact`."""
    if len(text) <= max_chars:
        return 0, len(text)
    at = text.find(fact) if fact else -1
    if at < 0:
        return 0, max_chars
    middle = at + len(fact or "") // 2
    start = max(0, min(middle - max_chars // 2, len(text) - max_chars))
    return start, start + max_chars


def cut_side(side: Side | None, max_chars: int) -> None:
    """Shorten one side's quote in place (and its pivot translation, kept whole-ish)."""
    if side is None:
        return
    if len(side.text) > max_chars and side.text_cut is None:
        start, end = window(side.text, side.fact, max_chars)
        side.text_cut = {"start": start, "end": end, "length": len(side.text)}
        side.text = ((ELLIPSIS if start > 0 else "") + side.text[start:end]
                     + (ELLIPSIS if end < len(side.text) else ""))
    if side.translation is not None and len(side.translation) > max_chars:
        side.translation = side.translation[:max_chars] + ELLIPSIS


def cut_findings(findings: Iterable[Finding], max_chars: int) -> None:
    """Shorten the quotes of every finding in place (after baselines: a fingerprint
    hashes the whole sentence)."""
    for finding in findings:
        cut_side(finding.reference, max_chars)
        cut_side(finding.version, max_chars)
