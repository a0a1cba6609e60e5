"""Many aligned pairs checked fast, in input order, in flat memory (`checker pairs`).

- A pair already seen in the run (same languages, same texts: a translation memory repeats
  segments) gets the findings computed the first time, re-labelled with its own id; the
  memory of seen pairs is bounded (`REPEATS_KEPT`, least recently used dropped).
- With `jobs` > 1, a pool of worker processes started once for the run checks batches of
  `BATCH` pairs; at most two batches per worker are in flight, so a file of any size needs
  the memory of a few batches, and results come back in input order.
"""

from __future__ import annotations

import os
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice

from checker.context import CheckContext
from checker.model import Finding, SegmentPair

REPEATS_KEPT = 20000
BATCH = 64
PairChecker = Callable[[SegmentPair, CheckContext], list[Finding]]


def _relabel(findings: list[Finding], old: str, new: str) -> list[Finding]:
    """The findings of pair `old` as those of pair `new` (its documents are `<id>#source`
    and `<id>#target`)."""
    def path(value: str) -> str:
        return new + value[len(old):] if value.startswith(old + "#") else value

    return [replace(f, reference=f.reference and replace(f.reference, path=path(f.reference.path)),
                    version=f.version and replace(f.version, path=path(f.version.path)),
                    version_path=path(f.version_path)) for f in findings]


def check_serially(pairs: Iterable[SegmentPair], context: CheckContext,
                   check: PairChecker) -> Iterator[tuple[SegmentPair, list[Finding]]]:
    """Pair by pair in this process; a repeated pair is checked once."""
    seen: OrderedDict[tuple[str, str, str, str], tuple[str, list[Finding]]] = OrderedDict()
    for pair in pairs:
        key = (pair.source_lang, pair.source_text, pair.target_lang, pair.target_text)
        earlier = seen.get(key)
        if earlier is None:
            findings = check(pair, context)
            seen[key] = (pair.id, findings)
            if len(seen) > REPEATS_KEPT:
                seen.popitem(last=False)
        else:
            seen.move_to_end(key)
            findings = _relabel(earlier[1], earlier[0], pair.id)
        yield pair, findings


# The worker's context and checker, set once when the worker starts (a worker process runs
# one run's batches only).
_WORKER: dict[str, object] = {}


def _start_worker(context: CheckContext, check: PairChecker) -> None:
    _WORKER["context"], _WORKER["check"] = context, check


def _check_batch(batch: list[SegmentPair]) -> list[list[Finding]]:
    context, check = _WORKER["context"], _WORKER["check"]
    return [findings for _pair, findings in check_serially(batch, context, check)]


def check_in_pool(pairs: Iterable[SegmentPair], context: CheckContext, check: PairChecker,
                  jobs: int) -> Iterator[tuple[SegmentPair, list[Finding]]]:
    """Batches checked by `jobs` worker processes, results in input order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pairs = iter(pairs)
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                             initializer=_start_worker, initargs=(context, check)) as pool:
        while True:
            while len(pending) < 2 * jobs:
                batch = list(islice(pairs, BATCH))
                if not batch:
                    break
                pending.append((batch, pool.submit(_check_batch, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            yield from zip(batch, future.result(), strict=True)


def check_many(pairs: Iterable[SegmentPair], context: CheckContext, check: PairChecker,
               jobs: int = 1) -> Iterator[tuple[SegmentPair, list[Finding]]]:
    """(pair, findings) for every pair, in input order; `jobs` processes (1: this one)."""
    jobs = max(1, min(jobs, os.cpu_count() or 1)) if jobs > 1 else 1
    if jobs == 1:
        return check_serially(pairs, context, check)
    return check_in_pool(pairs, context, check, jobs)
