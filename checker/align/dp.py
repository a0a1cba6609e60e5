"""The monotone alignment dynamic program (vecalign/bertalign style).

Given two lists of sentence indices and a gain for every candidate bead (a run of
reference sentences with a run of version sentences), find the sequence of beads
and unmatched sentences with the largest total gain. Leaving a sentence unmatched
gains 0, so a bead is only taken when its gain is positive, i.e. when the
sentences are more alike than the threshold built into the gain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
