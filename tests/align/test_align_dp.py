"""The alignment machinery on small inputs, without models."""

from __future__ import annotations

import json

import pytest

from benchmarks.gold import accuracy, load_gold, locate, resolve
from checker.align import align
from checker.align.dp import best_path
from checker.errors import InputError
from checker.facts import facts_by_sentence
from checker.model import Alignment
from checker.segment import split_sentences

EN = ("NATO chief Stoltenberg spoke in Oslo on Thursday. At least 30 soldiers were injured in "
      "Kosovo. More than 53 civilians were hurt. Sweden will join the summit in Vilnius.")
DE = ("NATO-Chef Stoltenberg sprach am Donnerstag in Oslo. Mindestens 13 Soldaten wurden im "
      "Kosovo verletzt. Schweden wird am Gipfel in Vilnius teilnehmen.")


def _align(ref_text, ver_text, ref_lang="en", ver_lang="de", similarity=None):
    ref, ver = split_sentences(ref_text, ref_lang), split_sentences(ver_text, ver_lang)
    return align(ref, ver, reference_facts=facts_by_sentence(ref, ref_lang),
                 version_facts=facts_by_sentence(ver, ver_lang), similarity=similarity,
                 reference_lang=ref_lang, version_lang=ver_lang)


def test_anchors_and_position_align_a_drifted_number_and_leave_a_dropped_sentence():
    beads = [(b.reference, b.version) for b in _align(EN, DE)]
    assert ((1,), (1,)) in beads  # 30 -> 13: names and position still agree
    assert ((2,), ()) in beads  # the civilians sentence is not in the version
    assert ((3,), (2,)) in beads


def test_a_given_similarity_matrix_decides_a_merge():
    ref = "One thing happened. Another thing happened. A third."
    ver = "Erstens und zweitens geschah etwas. Drittens."
    matrix = [[0.9, 0.0], [0.8, 0.0], [0.0, 0.9]]
    beads = [(b.reference, b.version) for b in _align(ref, ver, similarity=matrix)]
    assert beads == [((0, 1), (0,)), ((2,), (1,))]


def test_dp_prefers_positive_gains_and_skips_the_rest():
    gains = {((0,), (0,)): 1.0, ((1,), (1,)): -1.0}
    path = best_path([0, 1], [0, 1], lambda r, v: gains.get((r, v), -5.0))
    assert path[0] == ((0,), (0,))
    assert sorted(path[1:]) == [((), (1,)), ((1,), ())]


def test_gold_openings_resolve_to_sentences_and_score(tmp_path):
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "de.txt").write_text(DE, encoding="utf-8")
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps({
        "format": "checker-gold-alignment/1", "reference": "en.txt", "version": "de.txt",
        "beads": [{"reference": ["NATO chief"], "version": ["NATO-Chef"]},
                  {"reference": ["At least 30"], "version": ["Mindestens 13"]},
                  {"reference": ["More than 53"], "version": []},
                  {"reference": ["Sweden will"], "version": ["Schweden wird"]}]}), encoding="utf-8")
    gold = load_gold(gold_file)
    ref, ver = split_sentences(EN, "en"), split_sentences(DE, "de")
    beads = resolve(gold, ref, EN, ver, DE)
    assert beads == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]
    assert accuracy(_align(EN, DE), beads) == 1.0
    assert accuracy([Alignment((0,), (0,))], beads) == 0.25


def test_gold_opening_must_be_unambiguous():
    ref = split_sentences("Sweden bid. He spoke about the Sweden bid today.", "en")
    assert locate("Sweden bid", "Sweden bid. He spoke about the Sweden bid today.", ref, "g") == 0
    with pytest.raises(InputError):
        locate("The", "The cat. The dog.", split_sentences("The cat. The dog.", "en"), "g")
    with pytest.raises(InputError):
        locate("absent", "the cat.", split_sentences("the cat.", "en"), "g")
