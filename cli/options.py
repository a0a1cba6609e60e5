"""Option values shared by several commands."""

from __future__ import annotations

from enum import Enum

from checker.report.summary import FailOn

__all__ = ["MAX_FILE_SIZE_HELP", "MAX_SENTENCE_CHARS_HELP", "EngineName", "FailOn", "Format",
           "max_file_bytes"]


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    html = "html"


MAX_FILE_SIZE_HELP = ("Refuse an input file larger than this (bytes, or with KB/MB/GB); "
                      "default 50MB, or max-file-size in the configuration.")
MAX_SENTENCE_CHARS_HELP = ("Longest sentence a finding quotes whole; a longer one is quoted "
                           "around its fact (text_cut gives the window; line and column "
                           "still point at the sentence).")


def max_file_bytes(value: str | None) -> int:
    """--max-file-size as bytes (default when not given); InputError when malformed."""
    from checker.limits import DEFAULT_MAX_BYTES, parse_size

    return DEFAULT_MAX_BYTES if value is None else parse_size(value, "--max-file-size")


class EngineName(str, Enum):
    """Where the work runs (checker.engines): this machine's processes, or Dask."""

    local = "local"
    dask = "dask"


ENGINE_HELP = ("Where to run: local (this process, or --workers processes) or dask (a Dask "
               "LocalCluster of --workers processes, or the cluster of --scheduler; "
               "pip install 'checker[dask]').")
WORKERS_HELP = "Worker processes (local pool or Dask LocalCluster; dask default: one per core)."
SCHEDULER_HELP = "Address of a running Dask scheduler (tcp://host:port); needs --engine dask."
