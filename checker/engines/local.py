"""The local engine: batches run in this process, or in a pool of local processes."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from checker.engines.base import B, R, in_order

if TYPE_CHECKING:
    from concurrent.futures import Future

# What the pool's initializer handed this worker process: the run's `shared` value, set
# once per process (a per-process cache, never module state of the parent).
_WORKER_SHARED: dict[str, Any] = {}


class LocalEngine:
    """`workers` = 1: every batch in this process, one after the other (today's
    single-process run). More: a pool of that many processes, each given `shared` once."""

    name = "local"

    def __init__(self, workers: int = 1, in_flight: int | None = None) -> None:
        self.workers = max(1, workers)
        self.in_flight = in_flight or 2 * self.workers

    def run_batches(self, batches: Iterable[B], fn: Callable[[B, Any], R], shared: Any = None,
                    count: int | None = None) -> Iterator[R]:
        workers = self.workers if count is None else min(self.workers, count)
        if workers <= 1:
            for batch in batches:
                yield fn(batch, shared)
            return
        from concurrent.futures import Future, ProcessPoolExecutor  # only for a pool

        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                                   initargs=(shared,))
        try:
            yield from in_order(batches, lambda batch: pool.submit(_call, fn, batch),
                                Future.result, _cancel, self.in_flight)
        except BaseException:  # Ctrl-C, or the caller stopped: do not wait for the batches
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)

    def close(self) -> None:
        """Nothing to stop: a pool lives only as long as one `run_batches`."""

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _worker_init(shared: Any) -> None:
    # One thread per worker: N processes each running N math threads on N cores only
    # fight over them. Read by torch/numpy when the worker first imports them.
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    # Ctrl-C reaches every process of the terminal's group: the parent stops the run and
    # ends the workers; a worker reacting too would only print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_SHARED["value"] = shared


def _call(fn: Callable[[B, Any], R], batch: B) -> R:
    return fn(batch, _WORKER_SHARED.get("value"))


def _cancel(futures: list[Future]) -> None:
    for future in futures:
        future.cancel()
