"""Aligning a version's sentences to the reference's.

A dynamic program over (reference, version) sentence positions, in the spirit
of vecalign/bertalign, allowing 1-1, 1-2, 2-1 and unmatched sentences. The score
of a pairing combines anchors (shared numbers and names), relative position and,
when given, a similarity matrix from sentence embeddings.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.model import Alignment, Fact, Sentence

SKIP_PENALTY = 0.35  # cost of leaving a sentence unmatched, in score units
MERGE_PENALTY = 0.15  # extra cost of a 1-2 or 2-1 bead over two 1-1 beads


def _anchors(facts: Sequence[Fact]) -> set:
    return {(f.category, f.value) for f in facts}


def _anchor_score(ref: set, ver: set) -> float:
    if not ref and not ver:
        return 0.0
    return len(ref & ver) / max(len(ref | ver), 1)


def align(
    reference: Sequence[Sentence],
    version: Sequence[Sentence],
    *,
    reference_facts: Sequence[Sequence[Fact]] | None = None,
    version_facts: Sequence[Sequence[Fact]] | None = None,
    similarity=None,
) -> list[Alignment]:
    """Best monotone alignment of two sentence lists."""
    n, m = len(reference), len(version)
    ref_anchor = [_anchors(f) for f in reference_facts] if reference_facts else [set()] * n
    ver_anchor = [_anchors(f) for f in version_facts] if version_facts else [set()] * m

    def pair_score(ri: tuple[int, ...], vj: tuple[int, ...]) -> float:
        ref_set = set().union(*(ref_anchor[i] for i in ri))
        ver_set = set().union(*(ver_anchor[j] for j in vj))
        anchor = _anchor_score(ref_set, ver_set)
        pos_r = (ri[0] + ri[-1] + 1) / 2 / max(n, 1)
        pos_v = (vj[0] + vj[-1] + 1) / 2 / max(m, 1)
        position = 1.0 - min(abs(pos_r - pos_v) * 4, 1.0)
        score = 0.5 * anchor + 0.5 * position
        if similarity is not None:
            sim = max(similarity[i][j] for i in ri for j in vj)
            score = 0.6 * sim + 0.25 * anchor + 0.15 * position
        return score

    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    moves = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1))
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == neg:
                continue
            for di, dj in moves:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    gain = pair_score(tuple(range(i, ni)), tuple(range(j, nj)))
                    if di + dj > 2:
                        gain = gain * 2 - MERGE_PENALTY
                else:
                    gain = -SKIP_PENALTY
                if best[i][j] + gain > best[ni][nj]:
                    best[ni][nj] = best[i][j] + gain
                    back[ni][nj] = (i, j)
    beads: list[Alignment] = []
    i, j = n, m
    while (i, j) != (0, 0):
        prev = back[i][j]
        assert prev is not None
        pi, pj = prev
        ri, vj = tuple(range(pi, i)), tuple(range(pj, j))
        beads.append(Alignment(reference=ri, version=vj, score=pair_score(ri, vj) if ri and vj else 0.0))
        i, j = pi, pj
    beads.reverse()
    return beads
