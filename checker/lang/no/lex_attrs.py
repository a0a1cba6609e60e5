"""Norwegian ("no") reads as Bokmål: `checker/lang/nb/lex_attrs.py`."""

from checker.lang.nb.lex_attrs import *  # noqa: F403
