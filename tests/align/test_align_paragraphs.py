"""A version that keeps the reference's paragraphs: a sentence the translator split in two
stays with its paragraph's counterpart (`align._join_paragraph_parts`). Own sentences."""

from __future__ import annotations

from checker.align import _join_paragraph_parts, align
from checker.segment import split_sentences

REFERENCE = ("The storm hit the coast on Monday.\n\nOfficials closed the schools.\n\n"
             "The market grew to a record size last year.\n\nPrices rose again.\n")
VERSION = ("Der Sturm traf am Montag die Küste.\n\nDie Behörden schlossen die Schulen.\n\n"
           "Der Markt ist gewachsen. Er erreichte im vergangenen Jahr eine Rekordgröße.\n\n"
           "Die Preise stiegen erneut.\n")


def _similarity(rows: int, columns: int, pairs: list[tuple[int, int]]) -> list[list[float]]:
    # The models pair only the listed sentences; every other pair reads as unrelated.
    matrix = [[0.1] * columns for _ in range(rows)]
    for i, j in pairs:
        matrix[i][j] = 0.9
    return matrix


def test_a_split_sentence_joins_its_paragraphs_bead():
    ref, ver = split_sentences(REFERENCE, "en"), split_sentences(VERSION, "de")
    beads = align(ref, ver, similarity=_similarity(4, 5, [(0, 0), (1, 1), (2, 3), (3, 4)]))
    assert [(b.reference, b.version) for b in beads] == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,))]


def test_without_as_many_paragraphs_a_lone_sentence_stays_alone():
    # The version adds a paragraph of its own: paragraphs no longer correspond by rank.
    version = VERSION + "\nDie Zeitung berichtet morgen mehr.\n"
    ref, ver = split_sentences(REFERENCE, "en"), split_sentences(version, "de")
    beads = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,)), ((), (5,))]
    assert _join_paragraph_parts(beads, ref, ver, set(), set()) == beads
    # As many paragraphs: the lone part joins.
    assert _join_paragraph_parts(beads[:-1], ref, ver[:-1], set(), set()) == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,))]


def test_a_lone_sentence_never_makes_a_bead_of_several_sentences_each_side():
    # Paragraph 2 has two sentences on each side, one pair already joined: the other
    # reference sentence would make a bead of two against two, which no span scores.
    reference = REFERENCE.replace("last year.", "last year. It may grow more.")
    ref, ver = split_sentences(reference, "en"), split_sentences(VERSION, "de")
    beads = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), ()), ((4,), (4,))]
    assert _join_paragraph_parts(beads, ref, ver, set(), set()) == beads


def test_a_sentence_that_opens_a_paragraph_pairs_with_the_one_opening_its_counterpart():
    # Paragraph 2's second sentence reads a little closer to version paragraph 3 than
    # paragraph 3 itself does (a weak model, a shared word). Both texts keep their four
    # paragraphs: the translation opens paragraph 3 where the reference does, so paragraph
    # 3 pairs with paragraph 3, and the left-over part stays with its own paragraph.
    reference = ("The storm hit the coast on Monday.\n\nOfficials closed the schools. Buses "
                 "stopped running in the north.\n\nPower came back on Wednesday.\n\n"
                 "The damage is being counted.\n")
    version = ("Der Sturm traf am Montag die Küste.\n\nDie Behörden schlossen die Schulen und "
               "stoppten die Busse im Norden.\n\nAm Mittwoch kam der Strom zurück.\n\n"
               "Die Schäden werden gezählt.\n")
    ref, ver = split_sentences(reference, "en"), split_sentences(version, "de")
    matrix = [[0.0] * 4 for _ in range(5)]
    for i, j, score in ((0, 0, 0.9), (1, 1, 0.9), (2, 2, 0.3), (3, 2, 0.2), (4, 3, 0.9)):
        matrix[i][j] = score
    beads = align(ref, ver, similarity=matrix)
    assert [(b.reference, b.version) for b in beads] == [
        ((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,))]


def test_a_paragraph_pair_is_compared_as_one_bead():
    # Paragraph 2 is two sentences on each side, split otherwise: its two 1-1 beads become
    # one bead for the comparers, as sure as the less sure of them.
    from checker.align import paragraph_beads
    from checker.model import Alignment

    reference = ("The storm hit the coast on Monday.\n\nOfficials closed the schools. Buses "
                 "stopped in the north.\n\nPrices rose again.\n")
    version = ("Der Sturm traf am Montag die Küste.\n\nDie Behörden schlossen die Schulen, "
               "die Busse im Norden. Sie hielten an.\n\nDie Preise stiegen erneut.\n")
    ref, ver = split_sentences(reference, "en"), split_sentences(version, "de")
    beads = [Alignment((0,), (0,), 0.9), Alignment((1,), (1,), 0.6),
             Alignment((2,), (2,), 0.4), Alignment((3,), (3,), 0.8)]
    assert paragraph_beads(beads, ref, ver) == [
        Alignment((0,), (0,), 0.9), Alignment((1, 2), (1, 2), 0.4), Alignment((3,), (3,), 0.8)]
    # A moved bead stays as found; without as many paragraphs nothing is joined.
    moved = [beads[0], Alignment((1,), (1,), 0.6, moved=True), *beads[2:]]
    assert paragraph_beads(moved, ref, ver) == moved
    assert paragraph_beads(beads, ref, ver[:3]) == beads
