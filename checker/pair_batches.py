"""Many aligned pairs checked fast, in input order, in flat memory (`checker pairs`).

- A pair already seen in the run (same languages, same texts: a translation memory repeats
  segments) gets the findings computed the first time, re-labelled with its own id; the
  memory of seen pairs is bounded (`REPEATS_KEPT`, least recently used dropped).
- With `jobs` > 1, `jobs` worker processes started once for the run (each given the run's
  context when it starts) check batches of `BATCH` pairs; at most two batches per worker are
  in flight, so a file of any size needs the memory of a few batches, and results come back
  in input order.
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


def _work(context: CheckContext, check: PairChecker, inbox, outbox) -> None:
    """A worker process: batches from `inbox` until None; (number, findings) or (number,
    error) to `outbox`. The run's context is a local here, set once when the worker starts."""
    while (item := inbox.get()) is not None:
        number, batch = item
        try:
            outbox.put((number, [f for _p, f in check_serially(batch, context, check)]))
        except Exception as exc:  # re-raised in the parent, in input order
            outbox.put((number, exc))


def check_in_pool(pairs: Iterable[SegmentPair], context: CheckContext, check: PairChecker,
                  jobs: int) -> Iterator[tuple[SegmentPair, list[Finding]]]:
    """Batches checked by `jobs` worker processes started once, results in input order."""
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    mp = multiprocessing.get_context(method)
    inbox, outbox = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=_work, args=(context, check, inbox, outbox), daemon=True)
               for _ in range(jobs)]
    for worker in workers:
        worker.start()
    pairs = iter(pairs)
    sent: deque[list[SegmentPair]] = deque()  # batches in flight, in input order
    done: dict[int, object] = {}
    next_number = first_pending = 0
    try:
        while True:
            while len(sent) < 2 * jobs and (batch := list(islice(pairs, BATCH))):
                inbox.put((next_number, batch))
                sent.append(batch)
                next_number += 1
            if not sent:
                return
            while first_pending not in done:
                number, result = outbox.get()
                done[number] = result
            result = done.pop(first_pending)
            first_pending += 1
            if isinstance(result, Exception):
                raise result
            yield from zip(sent.popleft(), result, strict=True)
    finally:
        for _worker in workers:
            inbox.put(None)
        for worker in workers:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()


def check_many(pairs: Iterable[SegmentPair], context: CheckContext, check: PairChecker,
               jobs: int = 1) -> Iterator[tuple[SegmentPair, list[Finding]]]:
    """(pair, findings) for every pair, in input order; `jobs` processes (1: this one)."""
    jobs = max(1, min(jobs, os.cpu_count() or 1)) if jobs > 1 else 1
    if jobs == 1:
        return check_serially(pairs, context, check)
    return check_in_pool(pairs, context, check, jobs)
