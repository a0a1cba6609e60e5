"""Sentence similarity sources (checker/align/similarity.py, anchors.ngram_counts)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from checker.align.anchors import NGRAM_DIM, ngram_counts
from checker.align.similarity import SentenceSimilarity, Source
from checker.segment import split_sentences

SEED = Path(__file__).resolve().parents[2] / "seeds" / "nato-kosovo"


def _dense(rows: list[dict[int, float]]) -> np.ndarray:
    out = np.zeros((len(rows), NGRAM_DIM), dtype=np.float32)
    for r, row in enumerate(rows):
        for column, count in row.items():
            out[r, column] = count
    return out


def test_an_ngram_row_holds_only_the_grams_of_its_sentence():
    # A dense row of the hashed feature space took 128 KB a sentence: 80,000 short lines
    # tried to allocate 9.8 GiB.
    rows = ngram_counts(["Stoltenberg spoke in Oslo", "Item 12: 45 soldiers"] * 3, "en")
    assert len(rows) == 6
    assert all(0 < len(row) <= 25 for row in rows)
    assert sum(rows[0].values()) == sum(len(f" {w} ") - 3 for w in ("stoltenberg", "spoke", "oslo"))


def test_sparse_ngram_rows_score_exactly_as_dense_rows():
    ref = [s.text for s in split_sentences((SEED / "en.txt").read_text("utf-8"), "en")]
    ver = [s.text for s in split_sentences((SEED / "sr.txt").read_text("utf-8"), "sr")]
    sparse_ref, sparse_ver = ngram_counts(ref, "en"), ngram_counts(ver, "de")
    sparse = SentenceSimilarity.from_sources(
        [Source("ngrams", sparse_ref, sparse_ver, counts=True)], len(ref), len(ver))
    dense = SentenceSimilarity.from_sources(
        [Source("ngrams", _dense(sparse_ref), _dense(sparse_ver), counts=True)], len(ref), len(ver))
    assert sparse._z.keys() == dense._z.keys()
    for shape, matrix in dense._z.items():
        assert np.array_equal(sparse._z[shape], matrix), shape


def test_a_source_for_some_sentences_of_each_side():
    rows = ngram_counts(["Oslo talks", "Kosovo troops", "Vilnius summit"], "en")
    source = Source("ngrams", rows, np.eye(3, dtype=np.float32), counts=True)
    part = source.rows([2, 0], [1])
    assert part.reference == [rows[2], rows[0]]
    assert part.version.tolist() == [[0.0, 1.0, 0.0]]


def test_the_median_is_numpys_to_the_last_bit():
    from checker.align.similarity import _median

    rng = np.random.default_rng(7)
    for trial in range(500):
        shape = (int(rng.integers(1, 40)), int(rng.integers(1, 40)))
        values = (rng.standard_normal(shape) * rng.uniform(0.01, 5)).astype(np.float32)
        if trial % 5 == 0:
            values = np.round(values, 1)  # ties in the middle
        assert _median(values) == float(np.median(values))
    with_nan = np.array([[0.5, np.nan], [0.1, 0.2]], dtype=np.float32)
    assert np.isnan(_median(with_nan))
