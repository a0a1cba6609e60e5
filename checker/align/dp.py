"""The monotone alignment dynamic program (vecalign/bertalign style).

Given two lists of sentence indices and a gain for every candidate bead (a run of
reference sentences with a run of version sentences), find the sequence of beads
and unmatched sentences with the largest total gain. Leaving a sentence unmatched
gains 0, so a bead is only taken when its gain is positive, i.e. when the
sentences are more alike than the threshold built into the gain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

Bead = tuple[tuple[int, ...], tuple[int, ...]]
# A pairing of a runs of a reference and b version sentences: 1-1, 1-2, 2-1, 1-3, 3-1.
MOVES: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))


def best_path(
    reference: Sequence[int],
    version: Sequence[int],
    gain: Callable[[tuple[int, ...], tuple[int, ...]], float | None],
    moves: Sequence[tuple[int, int]] = MOVES,
) -> list[Bead]:
    """Beads in order; a bead with an empty side is an unmatched sentence.
    `gain` returns None for a bead that is not allowed."""
    n, m = len(reference), len(version)
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        row = best[i]
        for j in range(m + 1):
            here = row[j]
            if here == neg:
                continue
            # unmatched sentences: gain 0
            if i < n and here > best[i + 1][j]:
                best[i + 1][j] = here
                back[i + 1][j] = (i, j)
            if j < m and here > row[j + 1]:
                row[j + 1] = here
                back[i][j + 1] = (i, j)
            for a, b in moves:
                ni, nj = i + a, j + b
                if ni > n or nj > m:
                    continue
                value = gain(tuple(reference[i:ni]), tuple(version[j:nj]))
                if value is None:
                    continue
                if here + value > best[ni][nj]:
                    best[ni][nj] = here + value
                    back[ni][nj] = (i, j)
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        beads.append((tuple(reference[pi:i]), tuple(version[pj:j])))
        i, j = pi, pj
    beads.reverse()
    return beads


def best_path_from_gains(n: int, m: int, gains: Mapping[tuple[int, int], np.ndarray]
                         ) -> list[Bead]:
    """`best_path(range(n), range(m), gain)` for a gain given as one array per bead shape
    (a, b) of shape (n - a + 1, m - b + 1) (`gains.in_order_gains`), a row at a time in
    numpy. Same path to the last bit: `best_path` pushes from each cell in row-major
    order and keeps the first strictly best; pulled, a cell's first best source in that
    order wins, the one on its left (same row) last."""
    neg = float("-inf")
    # Sources of a cell in row-major order: furthest rows first, then furthest columns;
    # (1, 0) is the unmatched reference sentence (gain 0).
    shapes = sorted([*gains, (1, 0)], key=lambda s: (-s[0], -s[1]))
    rows_up = np.array([a for a, _ in shapes])
    columns_left = np.array([b for _, b in shapes])
    best = np.full((n + 1, m + 1), neg)
    back_i = np.zeros((n + 1, m + 1), dtype=np.int64)
    back_j = np.zeros((n + 1, m + 1), dtype=np.int64)
    columns = np.arange(m + 1)
    for i in range(n + 1):
        candidates = np.full((len(shapes), m + 1), neg)
        for k, (a, b) in enumerate(shapes):
            if a > i:
                continue
            if b == 0:
                candidates[k] = best[i - a]
            else:
                candidates[k, b:] = best[i - a, : m - b + 1] + gains[(a, b)][i - a]
        if i == 0:
            candidates = np.full((1, m + 1), neg)
            candidates[0, 0] = 0.0
            chosen = np.zeros(m + 1, dtype=np.int64)
        else:
            chosen = np.argmax(candidates, axis=0)
        pulled = candidates[chosen, columns]
        # The unmatched version sentence (from the left) only wins when strictly better.
        row = np.maximum.accumulate(pulled)
        from_left = row != pulled
        best[i] = row
        if i:
            back_i[i] = i - rows_up[chosen]
            back_j[i] = columns - columns_left[chosen]
        back_i[i, from_left] = i
        back_j[i, from_left] = columns[from_left] - 1
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = int(back_i[i, j]), int(back_j[i, j])
        beads.append((tuple(range(pi, i)), tuple(range(pj, j))))
        i, j = pi, pj
    beads.reverse()
    return beads
