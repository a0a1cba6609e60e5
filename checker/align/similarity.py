"""How alike two spans of sentences are, from several sources put on one scale.

Each source gives unit vectors for the sentences of both sides: sentence-transformers
embeddings of English text (the reference, or a pivot translation), a multilingual
embedder on the original texts, hashed character n-grams of Latin-transliterated
text. A span of several sentences (for 1-2, 2-1, 1-3, 3-1 beads) is the normalised
sum of its sentences' vectors, as vecalign does.

Cosines of different models live on different scales (multilingual-e5 puts
unrelated sentences at 0.78, USE at 0.1), so each source's cosines are turned into
z-scores against that document pair's own distribution of sentence pairs (nearly
all unrelated), and the sources' z-scores are averaged. A true translation pair
typically stands 3 to 6 deviations above the crowd.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

MAX_SPAN = 3
Z_FULL = 4.0  # a z-score counted as full similarity (score 1.0)
Z_MIN, Z_MAX = -2.0, 6.0  # range of one source's z-scores


# Sparse counts: one {feature column: count} per sentence (hashed n-grams).
CountRows = Sequence[Mapping[int, float]]


@dataclass
class Source:
    """One way of comparing sentences: vectors of both sides, unit length or raw
    counts (`idf` then weighs them before normalising). Counts may be dense rows or,
    as the n-grams come, one sparse {column: count} per sentence: a dense row of the
    hashed feature space took 128 KB a sentence."""

    name: str
    reference: np.ndarray | CountRows  # (n, d)
    version: np.ndarray | CountRows  # (m, d)
    weight: float = 1.0
    counts: bool = False  # rows are n-gram counts: weigh by idf, then normalise

    def rows(self, reference: Sequence[int], version: Sequence[int]) -> Source:
        """The same source for some sentences of each side (a window of a long pair)."""
        def take(rows, keep: Sequence[int]):
            return rows[list(keep)] if isinstance(rows, np.ndarray) else [rows[k] for k in keep]

        return Source(self.name, take(self.reference, reference), take(self.version, version),
                      self.weight, self.counts)


def _used_columns(reference, version) -> tuple[np.ndarray, np.ndarray]:
    """Count rows of both sides over only the columns either side uses, in column
    order: the products give the same cosines as over the whole feature space, far
    faster (and small enough that BLAS threads do not fight over a busy machine's
    cores)."""
    if isinstance(reference, np.ndarray) and isinstance(version, np.ndarray):
        ref, ver = reference.astype(np.float32), version.astype(np.float32)
        used = np.flatnonzero((ref != 0).any(axis=0) | (ver != 0).any(axis=0))
        return ref[:, used], ver[:, used]
    columns = sorted({c for row in (*reference, *version) for c, v in row.items() if v})
    where = {c: k for k, c in enumerate(columns)}

    def dense(rows) -> np.ndarray:
        # Column-major, as selecting the used columns of dense rows gives: the products
        # then take the same BLAS path, to the last bit.
        out = np.zeros((len(rows), len(columns)), dtype=np.float32, order="F")
        for r, row in enumerate(rows):
            for c, v in row.items():
                if v:
                    out[r, where[c]] = v
        return out

    return dense(reference), dense(version)


def _median(values: np.ndarray) -> float:
    """`float(np.median(values))`, without the import of numpy.ma that np.median's NaN check
    makes (more than the whole alignment of a story): the middle value, or the mean of the
    two middle values in the array's own type, as np.median computes it."""
    flat = values.ravel()
    size = flat.size
    if size == 0 or np.isnan(flat).any():
        return float(np.median(values))
    half = size // 2
    if size % 2:
        return float(np.partition(flat, half)[half : half + 1].mean(axis=0))
    return float(np.partition(flat, [half - 1, half])[half - 1 : half + 1].mean(axis=0))


def _normalise(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.maximum(norms, 1e-12)


def _spans(rows: np.ndarray, size: int) -> np.ndarray:
    """Sum of each run of `size` consecutive rows."""
    if len(rows) < size:
        return np.zeros((0, rows.shape[1]), dtype=rows.dtype)
    return sum(rows[k : len(rows) - size + 1 + k] for k in range(size))


@dataclass
class SentenceSimilarity:
    """z-scored similarity of every reference span with every version span."""

    n: int
    m: int
    sources: list[str] = field(default_factory=list)
    # (a, b) -> array of shape (n-a+1, m-b+1): mean z-score over sources
    _z: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)

    @classmethod
    def from_sources(cls, sources: Sequence[Source], n: int, m: int) -> SentenceSimilarity:
        out = cls(n=n, m=m, sources=[s.name for s in sources])
        if not sources or n == 0 or m == 0:
            return out
        from threadpoolctl import threadpool_limits

        # Products of a few dozen rows: BLAS threads only spin and, on a busy machine,
        # fight over the cores (seen: 20x slower). One thread is as fast when idle.
        with threadpool_limits(limits=1, user_api="blas"):
            out._add_sources(sources)
        return out

    def _add_sources(self, sources: Sequence[Source]) -> None:
        """Add each source's z-scores, per span shape, weighted by its weight."""
        out = self
        total = sum(s.weight for s in sources)
        shapes = [(a, b) for a in range(1, MAX_SPAN + 1) for b in range(1, MAX_SPAN + 1)
                  if min(a, b) == 1]
        for source in sources:
            if source.counts:
                # Hashed n-gram rows are wide and mostly zero: only used columns count.
                ref, ver = _used_columns(source.reference, source.version)
                seen = (np.concatenate([ref, ver]) > 0).sum(axis=0)
                idf = np.log((len(ref) + len(ver) + 1) / (seen + 1)).astype(np.float32) + 1.0
                weigh = idf
            else:
                ref = np.asarray(source.reference, dtype=np.float32)
                ver = np.asarray(source.version, dtype=np.float32)
                weigh = None
            cos: dict[tuple[int, int], np.ndarray] = {}
            for a, b in shapes:
                r, v = _spans(ref, a), _spans(ver, b)
                if weigh is not None:
                    r, v = r * weigh, v * weigh
                cos[(a, b)] = _normalise(r) @ _normalise(v).T
            for shape, matrix in cos.items():
                # Each shape against its own crowd: sums of several sentences drift
                # towards the document's centroid, alike to everything (vecalign
                # corrects the same bias), so a 1-3 span is not favoured for it.
                base = matrix if matrix.size >= 4 else cos[(1, 1)]
                centre = _median(base)
                spread = float(base.std()) or 1.0
                # Clipped: a source with a very peaked distribution (n-grams of two
                # unrelated scripts share only digits) must not outvote the others.
                z = np.clip((matrix - centre) / spread, Z_MIN, Z_MAX) * (source.weight / total)
                out._z[shape] = out._z[shape] + z if shape in out._z else z

    @classmethod
    def from_matrix(cls, matrix) -> SentenceSimilarity:
        """A given sentence-by-sentence similarity matrix (any scale); spans take
        the best of their sentence pairs."""
        base = np.asarray(matrix, dtype=np.float32)
        n, m = base.shape
        out = cls(n=n, m=m, sources=["matrix"])
        spread = float(base.std()) or 1.0
        z = (base - _median(base)) / spread
        for a in range(1, MAX_SPAN + 1):
            for b in range(1, MAX_SPAN + 1):
                if min(a, b) != 1 or a > n or b > m:
                    continue
                shaped = np.full((n - a + 1, m - b + 1), -np.inf, dtype=np.float32)
                for da in range(a):
                    for db in range(b):
                        shaped = np.maximum(shaped, z[da : n - a + 1 + da, db : m - b + 1 + db])
                out._z[(a, b)] = shaped
        return out

    @property
    def available(self) -> bool:
        return bool(self._z)

    def z(self, i: int, a: int, j: int, b: int) -> float:
        """z-score of reference sentences i..i+a-1 with version sentences j..j+b-1."""
        return float(self._z[(a, b)][i, j])

    def z_matrix(self, a: int, b: int) -> np.ndarray:
        """z-scores of every reference span of `a` sentences with every version span of `b`."""
        return self._z[(a, b)]

    def score(self, i: int, a: int, j: int, b: int) -> float:
        """The z-score on the alignment scale: 1.0 for a clear translation pair,
        around 0 for unrelated sentences, at least -0.5."""
        return min(max(self.z(i, a, j, b) / Z_FULL, -0.5), 1.0)

    def matrix(self) -> np.ndarray:
        """Sentence-by-sentence scores (for inspection)."""
        if not self._z:
            return np.zeros((self.n, self.m), dtype=np.float32)
        return np.clip(self._z[(1, 1)] / Z_FULL, -0.5, 1.0)
