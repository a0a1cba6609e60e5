"""Aligning long versions window by window, so that time and memory grow linearly.

The whole-document alignment (`checker.align.align`) scores every reference span with
every version span: fine for a story of a few hundred sentences, quadratic beyond
(80,000 short lines: hours, and gigabytes of scores). A pair with more than
`FULL_ALIGNMENT_PAIRS` sentence pairs is aligned in windows instead: `WINDOW`
reference sentences against as many version sentences as the version's share of them,
from where the path stands, with the same machinery and the similarity sources sliced
to the window. The beads of the window's first half are kept, and the next window
starts where they end, on both sides: the windows follow the path, and the second half
of each is room for a passage the version drops or adds. On 300 NTREX sentences with
30 lines dropped, added or moved by 40, this pairs as many sentences correctly as the
whole alignment; a passage moved further than a window is reported as missing and
extra instead of moved.

Stories under the limit are aligned as before, whole.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from checker.align import align
from checker.align.anchors import sentence_anchors
from checker.align.similarity import SentenceSimilarity, Source
from checker.model import Alignment, Fact, Sentence

FULL_ALIGNMENT_PAIRS = 250_000  # reference x version sentences aligned whole (500 x 500)
WINDOW = 60  # reference sentences aligned at once (40 lost a third of a moved passage)


def needs_windows(n: int, m: int) -> bool:
    return n * m > FULL_ALIGNMENT_PAIRS


def align_in_windows(
    reference: Sequence[Sentence],
    reference_lang: str,
    reference_facts: Sequence[Sequence[Fact]],
    version: Sequence[Sentence],
    version_lang: str,
    version_facts: Sequence[Sequence[Fact]],
    sources: Sequence[Source],
    *,
    window: int = WINDOW,
    progress: Callable[[int, int], None] | None = None,
) -> list[Alignment]:
    """Beads covering every sentence of both sides once, in reference order, as `align`
    gives them; `progress(done, total)` is told the reference sentences aligned so far."""
    n, m = len(reference), len(version)
    share = m / max(n, 1)
    out: list[Alignment] = []
    taken: set[int] = set()  # version sentences ahead of the path, paired out of order
    # Each sentence's anchors, computed once: consecutive windows overlap by half.
    anchors = (_Anchors(reference, reference_lang, reference_facts),
               _Anchors(version, version_lang, version_facts))
    i0 = j0 = 0
    while i0 < n:
        i1 = min(n, i0 + window)
        last = i1 == n
        span = math.ceil((i1 - i0) * share)
        ref_rows = list(range(i0, i1))
        ver_rows = [j for j in range(j0, min(m, j0 + span)) if j not in taken]
        beads = _align_window(reference, reference_lang, reference_facts, version,
                              version_lang, version_facts, sources, ref_rows, ver_rows,
                              anchors)
        if last:
            kept, next_i0, next_j0 = beads, n, (ver_rows[-1] + 1 if ver_rows else j0)
        else:
            kept, next_i0, next_j0 = _commit(beads, i0 + window // 2, i0, j0)
        out.extend(kept)
        taken.update(j for b in kept if b.moved for j in b.version)
        i0, j0 = next_i0, next_j0
        if progress is not None:
            progress(i0, n)
    # What the last window could not reach is extra.
    out.extend(Alignment((), (j,)) for j in range(j0, m) if j not in taken)
    return out


def _align_window(reference, reference_lang, reference_facts, version, version_lang,
                  version_facts, sources, ref_rows: list[int], ver_rows: list[int],
                  anchors: tuple[_Anchors, _Anchors]) -> list[Alignment]:
    """The whole-document alignment of some sentences of each side, in global indices."""
    similarity = None
    if ref_rows and ver_rows and sources:
        similarity = SentenceSimilarity.from_sources(
            [s.rows(ref_rows, ver_rows) for s in sources], len(ref_rows), len(ver_rows))
    beads = align([reference[i] for i in ref_rows], [version[j] for j in ver_rows],
                  reference_facts=[reference_facts[i] for i in ref_rows],
                  version_facts=[version_facts[j] for j in ver_rows],
                  similarity=similarity, reference_lang=reference_lang,
                  version_lang=version_lang,
                  anchors=(anchors[0].rows(ref_rows), anchors[1].rows(ver_rows)),
                  whole=False)
    return [Alignment(tuple(ref_rows[k] for k in b.reference),
                      tuple(ver_rows[k] for k in b.version), b.score, moved=b.moved,
                      distinct=b.distinct, clear=b.clear)
            for b in beads]


class _Anchors:
    """`sentence_anchors` of one side's sentences, each computed on first use and kept
    until the windows have passed it."""

    def __init__(self, sentences: Sequence[Sentence], lang: str,
                 facts: Sequence[Sequence[Fact]]) -> None:
        self.sentences, self.lang, self.facts = sentences, lang, facts
        self.known: dict[int, set] = {}

    def rows(self, rows: list[int]) -> list[set]:
        if rows:  # windows only move forward: what lies before them is not needed again
            for k in [k for k in self.known if k < rows[0]]:
                del self.known[k]
        for k in rows:
            if k not in self.known:
                self.known[k] = sentence_anchors(self.sentences[k].text, self.lang,
                                                 self.facts[k])
        return [self.known[k] for k in rows]


def _commit(beads: list[Alignment], boundary: int, i0: int, j0: int
            ) -> tuple[list[Alignment], int, int]:
    """The beads of a window to keep (those of its reference sentences before
    `boundary`, and the version sentences the kept in-order beads pass), and where the
    next window starts on each side."""
    keep = [b for b in beads if b.reference and b.reference[0] < boundary]
    next_i0 = max((max(b.reference) + 1 for b in keep), default=i0)
    passed = [j for b in keep if not b.moved for j in b.version]
    next_j0 = max(passed) + 1 if passed else j0
    used = {j for b in keep for j in b.version}
    kept = [b for b in beads if (b.reference[0] < boundary if b.reference
                                 else b.version[0] < next_j0)]
    # A version sentence behind the path that a bead left for later windows paired is
    # extra here: later windows start after it.
    listed = used | {b.version[0] for b in kept if not b.reference}
    behind = sorted(j for b in beads if b.reference and b.reference[0] >= boundary
                    for j in b.version if j < next_j0 and j not in listed)
    kept.extend(Alignment((), (j,)) for j in behind)
    return kept, next_i0, next_j0
