"""The in-order gains in numpy and the row-at-a-time path give what the bead-by-bead
Python definition gives, to the last bit (the alignment of every story depends on it)."""

from __future__ import annotations

import random

import numpy as np

from checker.align import POSITION_SLOPE, THRESHOLD, W_ANCHORS, W_POSITION, W_SIMILARITY
from checker.align.anchors import anchor_score, sentence_anchors
from checker.align.dp import MOVES, best_path, best_path_from_gains
from checker.align.gains import in_order_gains
from checker.align.similarity import SentenceSimilarity
from checker.facts import facts_by_sentence
from checker.segment import split_sentences

EN = ("NATO chief Stoltenberg spoke in Oslo on Thursday. At least 30 soldiers were injured in "
      "Kosovo. More than 53 civilians were hurt. Sweden will join the summit in Vilnius. "
      "Turkey and Hungary have not yet ratified it. The summit starts on 11 July.")
DE = ("NATO-Chef Stoltenberg sprach am Donnerstag in Oslo. Mindestens 13 Soldaten wurden im "
      "Kosovo verletzt. Schweden wird am Gipfel in Vilnius teilnehmen. Der Gipfel beginnt "
      "am 11. Juli. Die Türkei und Ungarn haben noch nicht ratifiziert.")


def _evidence(sim, ref_anchor, ver_anchor, n, m, ri, vj):
    """`align`'s evidence of one bead, written out as it was before `gains.py`."""
    parts = []
    if sim is not None:
        parts.append((W_SIMILARITY, sim.score(ri[0], len(ri), vj[0], len(vj))))
    ref_set = set().union(*(ref_anchor[i] for i in ri))
    ver_set = set().union(*(ver_anchor[j] for j in vj))
    parts.append((W_ANCHORS, anchor_score(ref_set, ver_set)))
    pos_r = (ri[0] + ri[-1] + 1) / 2 / max(n, 1)
    pos_v = (vj[0] + vj[-1] + 1) / 2 / max(m, 1)
    parts.append((W_POSITION, 1.0 - min(abs(pos_r - pos_v) * POSITION_SLOPE, 1.0)))
    return sum(w * v for w, v in parts) / sum(w for w, _ in parts)


def _anchors():
    ref, ver = split_sentences(EN, "en"), split_sentences(DE, "de")
    ref_facts, ver_facts = facts_by_sentence(ref, "en"), facts_by_sentence(ver, "de")
    return ([sentence_anchors(s.text, "en", f) for s, f in zip(ref, ref_facts, strict=True)],
            [sentence_anchors(s.text, "de", f) for s, f in zip(ver, ver_facts, strict=True)])


def test_gains_equal_the_bead_by_bead_evidence_exactly():
    ref_anchor, ver_anchor = _anchors()
    n, m = len(ref_anchor), len(ver_anchor)
    rng = np.random.default_rng(7)
    for sim in (None, SentenceSimilarity.from_matrix(rng.random((n, m)))):
        penalty = 0.1 if sim is not None else 0.2
        tables = in_order_gains(n, m, MOVES, sim, ref_anchor, ver_anchor,
                                weights=(W_SIMILARITY, W_ANCHORS, W_POSITION),
                                slope=POSITION_SLOPE, threshold=THRESHOLD,
                                merge_penalty=penalty)
        assert set(tables) == set(MOVES)
        for (a, b), table in tables.items():
            for i in range(n - a + 1):
                for j in range(m - b + 1):
                    ri, vj = tuple(range(i, i + a)), tuple(range(j, j + b))
                    expected = (_evidence(sim, ref_anchor, ver_anchor, n, m, ri, vj)
                                - THRESHOLD - penalty * (a + b - 2))
                    assert float(table[i, j]) == expected, (a, b, i, j)


def test_path_from_gain_tables_equals_the_bead_by_bead_path_with_ties():
    rng = random.Random(3)
    for n, m in [(0, 0), (0, 3), (4, 0), (1, 1), (5, 7), (9, 6), (12, 12)]:
        # Few distinct values: many ties, where the order of the sources decides.
        tables = {(a, b): np.array([[rng.choice((-0.3, 0.0, 0.1, 0.2, 0.2))
                                     for _ in range(m - b + 1)] for _ in range(n - a + 1)])
                  for a, b in MOVES if a <= n and b <= m}

        def gain(ri, vj, tables=tables):
            return float(tables[(len(ri), len(vj))][ri[0], vj[0]])

        assert best_path_from_gains(n, m, tables) == best_path(range(n), range(m), gain)
