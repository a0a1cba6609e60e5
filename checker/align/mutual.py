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

# How much more alike (on the 0-1 alignment scale: one deviation of the crowd) another
# sentence must be to break the pairing: near ties keep it (a repeated quote; a name
# changed in a short sentence, which then reads less like its counterpart, in a story
# of a few sentences). A sentence standing where the counterpart was dropped is
# typically two deviations or more below the rival.
SLACK = 0.25
# On the same scale: a bead this alike, and this much more alike than any rival, is sure
# by its similarity alone (`stands_out`).
CLEAR_SCORE = 0.5
CLEAR_MARGIN = 0.25


def _rivals(sim: SentenceSimilarity | None, reference: Sequence[int],
            version: Sequence[int]) -> tuple[float, float] | None:
    """The bead's similarity and its best rival's (z-scores at the bead's shape: the
    most alike other version span to its reference side, or other reference span to its
    version side); None where it cannot be told (no similarity, an empty side, a side not
    one run, or a shape the similarity does not score)."""
    a, b = len(reference), len(version)
    if sim is None or not a or not b or min(a, b) != 1 or max(a, b) > MAX_SPAN:
        return None
    if reference[-1] - reference[0] != a - 1 or version[-1] - version[0] != b - 1:
        return None
    matrix = sim.z_matrix(a, b)
    i, j = reference[0], version[0]
    row = [float(z) for k, z in enumerate(matrix[i]) if k != j]
    column = [float(z) for k, z in enumerate(matrix[:, j]) if k != i]
    return float(matrix[i, j]), max([*row, *column], default=float("-inf"))


def mutual_best(sim: SentenceSimilarity | None, reference: Sequence[int],
                version: Sequence[int]) -> bool:
    """Is the span `reference` the best match of the span `version` among reference
    spans of its length, and the other way round, within `SLACK`? True where it cannot
    be told (`_rivals`)."""
    return _mutual(_rivals(sim, reference, version))


def stands_out(sim: SentenceSimilarity | None, reference: Sequence[int],
               version: Sequence[int]) -> bool:
    """Does the similarity alone single the bead out: alike well above the crowd
    (`CLEAR_SCORE`) and `CLEAR_MARGIN` above its best rival? A sentence moved to another
    place of the story is sure then, though nearness no longer adds to its score; two
    sentences that are each other's best match only because neither has a counterpart
    (a dropped sentence, a local paragraph) are rarely either. False where it cannot be
    told."""
    return _clear(_rivals(sim, reference, version))


def standing(sim: SentenceSimilarity | None, reference: Sequence[int],
             version: Sequence[int]) -> tuple[bool, bool]:
    """`mutual_best` and `stands_out` of one bead, its rivals read once."""
    found = _rivals(sim, reference, version)
    return _mutual(found), _clear(found)


def _mutual(found: tuple[float, float] | None) -> bool:
    return found is None or found[1] <= found[0] + SLACK * Z_FULL


def _clear(found: tuple[float, float] | None) -> bool:
    return (found is not None and found[0] >= CLEAR_SCORE * Z_FULL
            and found[0] - found[1] >= CLEAR_MARGIN * Z_FULL)
