"""Segment pairs on an engine: read lazily in batches, checked batch by batch on the
engine's workers, results in input order. A pair that makes the checker raise gets the
error in its result and the run goes on."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import MappingProxyType

from checker.context import CheckContext
from checker.engines.base import Engine
from checker.model import Finding, SegmentPair

BATCH_SIZE = 200  # pairs per task: ~0.1-1 s of work, so task overhead stays small


@dataclass
class PairResult:
    """The findings of one pair, or the error that stopped its check."""

    id: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        line: dict = {"id": self.id, "findings": [f.to_dict() for f in self.findings]}
        if self.error is not None:
            line["error"] = self.error
        return line


class SharedContext:
    """A run's CheckContext as sent to workers: pickled as its glossary folder and
    glossaries, rebuilt once where it is unpickled (once per worker process); the name
    indexes built from it are then kept for every batch that worker runs."""

    def __init__(self, context: CheckContext) -> None:
        self.context = context
        self.seen = OrderedDict()  # pairs this process checked: a repeat is checked once

    def __getstate__(self) -> dict:
        return {"folder": self.context.glossary_folder,
                "glossaries": dict(self.context.glossaries)}

    def __setstate__(self, state: dict) -> None:
        self.context = CheckContext(state["folder"], MappingProxyType(state["glossaries"]))
        self.seen = OrderedDict()


def check_pair_batch(pairs: list[SegmentPair], shared: SharedContext) -> list[PairResult]:
    """Check each pair of a batch (runs on a worker). An exception from one pair becomes
    that pair's error: the pairs after it are still checked."""
    from checker.pair_batches import check_serially
    from checker.pipeline import check_pair

    results = []
    for pair in pairs:
        try:
            for text in (pair.source_text, pair.target_text):
                text.encode("utf-8")  # a lone surrogate (JSON "\ud800") cannot be written out
            [(_, findings)] = check_serially([pair], shared.context, check_pair, shared.seen)
            results.append(PairResult(pair.id, findings))
        except Exception as exc:  # any bug or bad pair: reported on its line, run goes on
            results.append(PairResult(pair.id, error=f"{type(exc).__name__}: {exc}"))
    return results


def batched(pairs: Iterable[SegmentPair], size: int = BATCH_SIZE) -> Iterator[list[SegmentPair]]:
    """Lists of up to `size` pairs, read lazily. When reading fails (a bad line), the pairs
    read before it come out first as a batch, then the error is raised."""
    source = iter(pairs)
    while True:
        batch: list[SegmentPair] = []
        try:
            batch.extend(islice(source, size))
        except Exception:  # not Ctrl-C: that stops at once
            if batch:
                yield batch
            raise
        if not batch:
            return
        yield batch


def run_pairs(pairs: Iterable[SegmentPair], engine: Engine, glossaries: str | None = None,
              inputs: Sequence[Path] = (), batch_size: int = BATCH_SIZE) -> Iterator[PairResult]:
    """Every pair's result, in input order, checked on `engine` in batches of
    `batch_size`, with the glossary folder `glossaries` (else one found next to `inputs`,
    as `checker.pipeline.check_pairs` does). The glossaries are read now, before the
    first pair, and reach each worker once."""
    shared = SharedContext(CheckContext.for_inputs(glossaries, inputs))
    return _flatten(engine.run_batches(batched(pairs, batch_size), check_pair_batch, shared))


def _flatten(batches: Iterable[list[PairResult]]) -> Iterator[PairResult]:
    for results in batches:
        yield from results
