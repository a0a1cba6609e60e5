"""The Dask engine: batches run on a Dask cluster, a `LocalCluster` of worker processes on
this machine, or the cluster of a running scheduler (`tcp://host:port`).

Importing this module needs `dask[distributed]` (the `dask` extra); `engine_for` turns its
absence into one line saying how to install it. Each worker must have checker installed
(the same version): tasks name checker's functions, they do not carry their code. A run's
`shared` value (its glossaries) reaches every worker once, as a worker plugin the
scheduler also hands to workers that join or restart later; batches travel in the tasks.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from distributed import Client, Future, LocalCluster, WorkerPlugin, get_worker

from checker.engines.base import B, R, in_order
from checker.errors import CheckerError, InputError

CONNECT_TIMEOUT = "10s"


class SharedValue(WorkerPlugin):
    """A value every task of a run reads on its worker (`_call`), sent once per worker."""

    def __init__(self, value: Any) -> None:
        self.value = value


class DaskEngine:
    """Batches on a Dask cluster. Without `scheduler`, a LocalCluster of `workers`
    processes (default: one per core), one thread each, started on first use and stopped
    by `close`. A batch whose worker dies is run again on another worker by the scheduler
    (up to Dask's `distributed.scheduler.allowed-failures`, 3 by default, then the run
    stops with an error); `retries`: how often a batch whose task raised is run again."""

    name = "dask"

    def __init__(self, workers: int | None = None, scheduler: str | None = None,
                 in_flight: int | None = None, retries: int = 2) -> None:
        self.workers = workers
        self.scheduler = scheduler
        self.in_flight = in_flight
        self.retries = retries
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    @property
    def client(self) -> Client:
        """The connection to the cluster (started or reached on first use)."""
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Client:
        if self.scheduler:
            try:
                return Client(self.scheduler, timeout=CONNECT_TIMEOUT,
                              set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                raise InputError(f"cannot reach the Dask scheduler at {self.scheduler} "
                                 f"({exc})") from exc
        self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                     processes=True, host="127.0.0.1",
                                     dashboard_address=None, silence_logs=logging.ERROR)
        return Client(self._cluster, set_as_default=False)

    def worker_count(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def run_batches(self, batches: Iterable[B], fn: Callable[[B, Any], R], shared: Any = None,
                    count: int | None = None) -> Iterator[R]:
        client = self.client
        plugin = f"checker-shared-{uuid.uuid4().hex}"
        client.register_plugin(SharedValue(shared), name=plugin)
        limit = self.in_flight or 4 * self.worker_count()

        def submit(batch: B) -> Future:
            return client.submit(_call, fn, batch, plugin, pure=False, retries=self.retries)

        try:
            yield from in_order(batches, submit, _result, client.cancel, limit)
        finally:
            with contextlib.suppress(Exception):
                client.unregister_worker_plugin(plugin)

    def close(self) -> None:
        """Disconnect; stop the LocalCluster this engine started (never a remote one)."""
        client, cluster = self._client, self._cluster
        self._client = self._cluster = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _call(fn: Callable[[B, Any], R], batch: B, plugin: str) -> R:
    """Runs on a worker: the batch with the run's shared value held by that worker."""
    return fn(batch, get_worker().plugins[plugin].value)


def _result(future: Future) -> Any:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker as exc:
        raise CheckerError(f"a Dask worker died running a batch, {exc}") from exc
