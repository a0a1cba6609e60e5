"""`version.unrelated`: a version that is not a translation of the reference at all.

Fact comparers only see aligned sentences: a version with no letters (a file of digits or
of invisible characters), another story, or a version cut to its first lines has few or
no aligned sentences, so it passed with few or no findings. This looks at the whole:

- the version has no letters while the reference has some; or
- the reference has at least `MIN_SENTENCES` sentences and fewer than
  `MIN_MATCHED` of them are aligned with a version sentence at a score of `MIN_SCORE` or
  more; or fewer than `MIN_MATCHED_SHORT` of them while the version has under a third of
  the reference's sentences (most of the story is missing).

Thresholds are set from the seed story's versions (every one matches 95 % or more of the
reference with the default settings, 35 % for Arabic without embeddings or translation)
against other texts and truncated copies (15 % or less).
"""

from __future__ import annotations

from checker.model import Alignment, Document, Finding, Sentence, Side
from checker.rules import make_finding

MIN_SENTENCES = 5
MIN_SCORE = 0.4
MIN_MATCHED = 0.2
MIN_MATCHED_SHORT = 1 / 3


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def matched_share(alignment: list[Alignment], reference_count: int) -> float:
    """The share of reference sentences aligned with a version sentence at MIN_SCORE+."""
    matched = {i for bead in alignment if bead.version and bead.score >= MIN_SCORE
               for i in bead.reference}
    return len(matched) / reference_count if reference_count else 1.0


def unrelated_finding(reference: Document, reference_sentences: list[Sentence],
                      version: Document, version_sentences: list[Sentence],
                      alignment: list[Alignment]) -> Finding | None:
    """The `version.unrelated` finding for one version, or None when it is a version."""
    if not _has_letters(reference.text):
        return None
    if not _has_letters(version.text):
        message = "the version has no letters: it cannot be a translation of the reference"
    else:
        count = len(reference_sentences)
        if count < MIN_SENTENCES:
            return None
        share = matched_share(alignment, count)
        short = len(version_sentences) * 3 < count
        if share >= MIN_MATCHED and not (short and share < MIN_MATCHED_SHORT):
            return None
        matched = round(share * count)
        message = (f"the version matches only {matched} of the reference's {count} sentences "
                   f"({len(version_sentences)} sentences in the version): another text, or "
                   "most of the story is missing")
    first = version_sentences[0] if version_sentences else None
    where = Side(path=version.path, lang=version.lang, sentence=1,
                 text=first.text if first else version.text[:200], line=first.line if first else 1,
                 column=first.column if first else 1)
    return make_finding("version.unrelated", message, None, where, version.path)
