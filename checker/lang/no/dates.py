"""Norwegian ("no") reads as Bokmål: `checker/lang/nb/dates.py`."""

from checker.lang.nb.dates import *  # noqa: F403
