"""Where batches of work run, behind one small interface.

An engine runs `fn(batch, shared)` for every batch of an iterable and yields the results
in the order of the batches, whatever order they finish in. It pulls batches lazily and
keeps only a bounded number in flight, so an input of millions of lines is never held in
memory. `shared` is what every call needs besides its batch (a run's glossaries): it
reaches each worker process once, never once per batch.

- `local` (`checker.engines.local`): this process, or a pool of local processes;
- `dask` (`checker.engines.dask`): a Dask cluster, local (`LocalCluster`) or remote
  (a scheduler address). Needs the `dask` extra: `pip install 'checker[dask]'`.
"""

from __future__ import annotations

from checker.engines.base import INSTALL_HINT, Engine, EngineUnavailable, in_order

__all__ = ["ENGINES", "Engine", "EngineUnavailable", "engine_for", "in_order"]

ENGINES = ("local", "dask")


def engine_for(name: str = "local", workers: int | None = None,
               scheduler: str | None = None) -> Engine:
    """The engine a command line asked for. `workers`: processes (local pool or
    LocalCluster workers); `scheduler`: the address of a running Dask scheduler. Raises
    InputError for a combination that means nothing, EngineUnavailable when Dask is
    asked for and not installed."""
    from checker.errors import InputError

    if name not in ENGINES:
        raise InputError(f"unknown engine '{name}' (expected one of: {', '.join(ENGINES)})")
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be 1 or more, not {workers}")
    if name == "local":
        if scheduler:
            raise InputError("--scheduler needs --engine dask")
        from checker.engines.local import LocalEngine

        return LocalEngine(workers or 1)
    if scheduler and workers is not None:
        raise InputError("--workers and --scheduler do not go together: the scheduler's "
                         "cluster has its own workers")
    try:
        from checker.engines.dask import DaskEngine
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("dask", "distributed"):
            raise
        raise EngineUnavailable(f"--engine dask needs Dask, which is not installed: "
                                f"{INSTALL_HINT}") from exc
    return DaskEngine(workers=workers, scheduler=scheduler)
