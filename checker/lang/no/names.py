"""Norwegian ("no") reads as Bokmål: `checker/lang/nb/names.py`."""

from checker.lang.nb.names import *  # noqa: F403
