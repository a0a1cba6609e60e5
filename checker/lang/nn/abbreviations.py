"""Nynorsk shares Bokmål's abbreviations: `checker/lang/nb/abbreviations.py`."""

from checker.lang.nb.abbreviations import *  # noqa: F403
