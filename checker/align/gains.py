"""The in-order pass's bead gains for every start and shape at once, in numpy.

`align`'s in-order pass scores every candidate bead (each start (i, j) and shape 1-1,
1-2, 2-1, 1-3, 3-1): scored one call at a time in Python that was about 15 us a bead,
600 beads a sentence in windows of 60 (3.5 ms of CPU a short line). Here each shape's
gains are one array, computed with the same float operations in the same order as
`align`'s `evidence` (similarity, anchor share, position; weighted sum over the sum of
weights; minus threshold and merge cost), so the path is the same to the last bit
(a test compares them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from checker.align.similarity import Z_FULL, SentenceSimilarity


def _span_sets(incidence: np.ndarray, size: int) -> np.ndarray:
    """Union (as 0/1) of each run of `size` consecutive rows of a 0/1 incidence matrix."""
    rows = len(incidence) - size + 1
    out = incidence[:rows].copy()
    for k in range(1, size):
        np.maximum(out, incidence[k : k + rows], out=out)
    return out


def _incidence(reference: Sequence[set], version: Sequence[set]
               ) -> tuple[np.ndarray, np.ndarray]:
    """0/1 rows over the anchors both sides have (only those can be shared)."""
    shared = sorted(set().union(*reference) & set().union(*version), key=repr)
    column = {key: k for k, key in enumerate(shared)}

    def rows(sets: Sequence[set]) -> np.ndarray:
        out = np.zeros((len(sets), len(column)), dtype=np.float32)
        for r, anchors in enumerate(sets):
            for key in anchors:
                if key in column:
                    out[r, column[key]] = 1.0
        return out

    return rows(reference), rows(version)


def _union_sizes(sets: Sequence[set], size: int) -> np.ndarray:
    """Number of distinct anchors in each run of `size` consecutive sentences."""
    if size == 1:
        return np.array([len(s) for s in sets], dtype=np.float64)
    return np.array([len(set().union(*sets[k : k + size]))
                     for k in range(len(sets) - size + 1)], dtype=np.float64)


def anchor_shares(reference: Sequence[set], version: Sequence[set], a: int, b: int,
                  incidence: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """`anchor_score` of every reference span of `a` sentences with every version span
    of `b`: anchors in common over the larger side's count, 0 when a side has none."""
    ref_rows, ver_rows = incidence
    # Counts of 0/1 products: exact in float32 (far below 2**24).
    common = (_span_sets(ref_rows, a) @ _span_sets(ver_rows, b).T).astype(np.float64)
    ref_sizes = _union_sizes(reference, a)[:, None]
    ver_sizes = _union_sizes(version, b)[None, :]
    larger = np.maximum(ref_sizes, ver_sizes)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = common / larger
    return np.where((ref_sizes > 0) & (ver_sizes > 0), share, 0.0)


def positions(count: int, size: int, total: int) -> np.ndarray:
    """Relative position of each run of `size` sentences: its middle over the total."""
    starts = np.arange(count - size + 1, dtype=np.int64)
    return (2 * starts + size) / 2 / max(total, 1)


def paragraph_starts(paragraphs: Sequence[int]) -> np.ndarray:
    """Does each sentence start its paragraph?"""
    para = np.asarray(paragraphs, dtype=np.int64)
    starts = np.ones(len(para), dtype=bool)
    starts[1:] = para[1:] != para[:-1]
    return starts


def paragraph_openings(paragraphs: tuple[Sequence[int], Sequence[int]], a: int, b: int
                       ) -> np.ndarray:
    """1 where a reference span of `a` sentences and a version span of `b` both open a
    paragraph, else 0. Local, so a paragraph moved whole still opens at its new place;
    where a paragraph ends is no evidence (a translator splits a sentence in two, the
    first part pairs and the rest joins it)."""
    ref_starts = paragraph_starts(paragraphs[0])
    ver_starts = paragraph_starts(paragraphs[1])
    return (ref_starts[: len(ref_starts) - a + 1][:, None]
            & ver_starts[: len(ver_starts) - b + 1][None, :]).astype(np.float64)


def in_order_gains(
    n: int,
    m: int,
    moves: Sequence[tuple[int, int]],
    sim: SentenceSimilarity | None,
    ref_anchor: Sequence[set],
    ver_anchor: Sequence[set],
    *,
    weights: tuple[float, float, float],
    slope: float,
    threshold: float,
    merge_penalty: float,
    paragraphs: tuple[Sequence[int], Sequence[int]] | None = None,
    paragraph_bonus: float = 0.0,
) -> dict[tuple[int, int], np.ndarray]:
    """Gain of every bead shape (a, b) at every start: an array of shape
    (n - a + 1, m - b + 1), for the shapes that fit. `paragraphs`: each side's sentences'
    paragraphs, where paragraphs are evidence; a bead whose sides both open a paragraph
    gains `paragraph_bonus` (`paragraph_openings`)."""
    w_sim, w_anchor, w_position = weights
    weight_total = sum([w_sim, w_anchor, w_position] if sim is not None
                       else [w_anchor, w_position])
    incidence = _incidence(ref_anchor, ver_anchor)
    out: dict[tuple[int, int], np.ndarray] = {}
    for a, b in moves:
        if a > n or b > m:
            continue
        anchors = anchor_shares(ref_anchor, ver_anchor, a, b, incidence)
        apart = np.abs(positions(n, a, n)[:, None] - positions(m, b, m)[None, :])
        position = 1.0 - np.minimum(apart * slope, 1.0)
        total = w_anchor * anchors
        if sim is not None:
            similar = sim.z_matrix(a, b).astype(np.float64) / Z_FULL
            similar = np.minimum(np.maximum(similar, -0.5), 1.0)
            total = w_sim * similar + total
        total = total + w_position * position
        gain = total / weight_total - threshold - merge_penalty * (a + b - 2)
        if paragraphs is not None and paragraph_bonus:
            gain = gain + paragraph_bonus * paragraph_openings(paragraphs, a, b)
        out[(a, b)] = gain
    return out
