"""The engine interface and the bounded, in-order window both engines run batches in."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from checker.errors import InputError

B = TypeVar("B")
R = TypeVar("R")
F = TypeVar("F")  # an engine's handle on a submitted batch (a future)

INSTALL_HINT = "pip install 'checker[dask]' (or: pip install 'dask[distributed]')"


class EngineUnavailable(InputError):
    """The engine asked for is not installed (the message says how to install it)."""


class Engine(Protocol):
    """Runs batches of work; a context manager (leaving it stops its workers)."""

    name: str

    def run_batches(self, batches: Iterable[B], fn: Callable[[B, Any], R], shared: Any = None,
                    count: int | None = None) -> Iterator[R]:
        """`fn(batch, shared)` for every batch, results in the order of `batches`.
        `count`: how many batches there are, when known (a hint: no pool for one)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc_info: object) -> None: ...


def in_order(batches: Iterable[B], submit: Callable[[B], F], wait: Callable[[F], R],
             cancel: Callable[[list[F]], None], limit: int) -> Iterator[R]:
    """Submit batches while fewer than `limit` are in flight; yield results in submission
    order. When reading the next batch fails (a bad input line), the results of the
    batches already submitted are yielded first, then the error is raised: the output
    stops where a single process would have stopped. Whatever is still in flight when the
    caller stops (an error, Ctrl-C) is cancelled."""
    window: deque[F] = deque()
    source = iter(batches)
    try:
        while True:
            try:
                batch = next(source)
            except StopIteration:
                break
            except Exception:  # a bad input line; Ctrl-C stops at once
                while window:
                    yield wait(window.popleft())
                raise
            window.append(submit(batch))
            if len(window) >= limit:
                yield wait(window.popleft())
        while window:
            yield wait(window.popleft())
    finally:
        if window:
            cancel(list(window))
