"""Option values shared by several commands."""

from __future__ import annotations

from enum import Enum

from checker.report.summary import FailOn

__all__ = ["EngineName", "FailOn", "Format"]


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    html = "html"


class EngineName(str, Enum):
    """Where the work runs (checker.engines): this machine's processes, or Dask."""

    local = "local"
    dask = "dask"


ENGINE_HELP = ("Where to run: local (this process, or --workers processes) or dask (a Dask "
               "LocalCluster of --workers processes, or the cluster of --scheduler; "
               "pip install 'checker[dask]').")
WORKERS_HELP = "Worker processes (local pool or Dask LocalCluster; dask default: one per core)."
SCHEDULER_HELP = "Address of a running Dask scheduler (tcp://host:port); needs --engine dask."
