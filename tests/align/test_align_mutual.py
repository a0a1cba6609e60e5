"""Is a bead its sentences' best match (checker/align/mutual.py)?"""

from __future__ import annotations

import numpy as np

from checker.align import align
from checker.align.mutual import mutual_best, stands_out
from checker.align.similarity import SentenceSimilarity
from checker.model import Sentence


def _similarity() -> SentenceSimilarity:
    # Six sentences a side; each pairs with its own number, except reference 3, whose
    # counterpart is version 4 (version 3 is the version's own sentence).
    matrix = np.full((6, 6), 0.1)
    for k in range(6):
        matrix[k, k] = 0.9
    matrix[3, 3] = 0.1
    matrix[3, 4] = 0.9
    matrix[5, 5] = 0.5  # a weak pair with a near rival
    matrix[5, 2] = 0.55
    return SentenceSimilarity.from_matrix(matrix)


def test_a_true_pair_is_its_sentences_best_match_and_stands_out():
    sim = _similarity()
    assert mutual_best(sim, (0,), (0,))
    assert stands_out(sim, (0,), (0,))


def test_a_sentence_clearly_more_alike_to_another_breaks_the_pairing():
    sim = _similarity()
    assert not mutual_best(sim, (3,), (3,))
    assert not stands_out(sim, (3,), (3,))


def test_a_near_rival_keeps_the_pairing_but_it_does_not_stand_out():
    sim = _similarity()
    assert mutual_best(sim, (5,), (5,))
    assert not stands_out(sim, (5,), (5,))


def test_without_a_similarity_a_bead_is_distinct_and_not_clear():
    assert mutual_best(None, (0,), (0,))
    assert not stands_out(None, (0,), (0,))


def _sentences(count: int) -> list[Sentence]:
    return [Sentence(k, f"s{k}", 0, 2, k + 1, 1, k) for k in range(count)]


def test_align_marks_its_beads():
    beads = align(_sentences(6), _sentences(6), similarity=_similarity())
    by_reference = {b.reference: b for b in beads if b.reference and b.version}
    assert by_reference[(0,)].distinct and by_reference[(0,)].clear
    paired_3 = by_reference.get((3,))
    assert paired_3 is None or paired_3.version != (3,) or not paired_3.distinct


def test_a_split_sentence_joins_its_bead_past_a_moved_sentence_s_place():
    from checker.align import _absorb

    # Reference 2 moved elsewhere in the version (its bead is listed apart); its place,
    # kept in the list, stands between reference 1's bead and the rest of reference 1's
    # translation, which the version wrote as a second sentence.
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((), (2,))]
    joined = _absorb(beads, lambda r, v: float(len(v)), keep={2})
    assert joined == [((0,), (0,)), ((1,), (1, 2)), ((2,), ())]
