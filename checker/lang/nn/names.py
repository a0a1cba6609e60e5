"""Nynorsk shares Bokmål's names: `checker/lang/nb/names.py`."""

from checker.lang.nb.names import *  # noqa: F403
