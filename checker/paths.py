"""Where checker keeps what it writes for itself (caches), one place for every stage."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """CHECKER_CACHE_DIR, else the platform's user cache dir for checker
    (XDG_CACHE_HOME respected on Linux)."""
    override = os.environ.get("CHECKER_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("checker", appauthor=False))


def data_dir() -> Path:
    """Where checker keeps what it builds and keeps (models, compiled word lists):
    CHECKER_DATA_DIR, else the user data dir."""
    override = os.environ.get("CHECKER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("checker", appauthor=False))
