"""Norwegian ("no") reads as Bokmål: `checker/lang/nb/abbreviations.py`."""

from checker.lang.nb.abbreviations import *  # noqa: F403
