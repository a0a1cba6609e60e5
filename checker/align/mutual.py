"""Is a bead's pairing the best its sentences have, by similarity alone?

A bead's score mixes similarity with shared anchors and nearness in the documents, so
two neighbouring sentences that only stand near each other can score as much as a true
pair where the similarity sources read the languages poorly (a script no embedder
knows: their scores are noise, and noise a few deviations high). A true pair is, as
in bitext mining, each side's best match: no other sentence of the version is more
alike to its reference side, no other reference sentence more alike to its version
side. Numbers reach the similarity as one token without their values
(`build.without_number_values`), so a drifted figure keeps its pair mutual.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.align.similarity import MAX_SPAN, Z_FULL, SentenceSimilarity

# How much more alike (on the 0-1 alignment scale) another sentence must be to break
# the pairing: near ties (a repeated quote, two short sentences alike) keep it.
SLACK = 0.05


def mutual_best(sim: SentenceSimilarity | None, reference: Sequence[int],
                version: Sequence[int]) -> bool:
    """Is the span `reference` the best match of the span `version` among reference
    spans of its length, and the other way round, within `SLACK`? True where it cannot
    be told: no similarity, an empty side, a side not one run, or a shape the
    similarity does not score."""
    a, b = len(reference), len(version)
    if sim is None or not a or not b or min(a, b) != 1 or max(a, b) > MAX_SPAN:
        return True
    if reference[-1] - reference[0] != a - 1 or version[-1] - version[0] != b - 1:
        return True
    matrix = sim.z_matrix(a, b)
    i, j = reference[0], version[0]
    here = float(matrix[i, j])
    slack = SLACK * Z_FULL
    return (float(matrix[i].max()) <= here + slack
            and float(matrix[:, j].max()) <= here + slack)
