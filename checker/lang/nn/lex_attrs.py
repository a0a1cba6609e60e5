"""Nynorsk shares Bokmål's lex_attrs: `checker/lang/nb/lex_attrs.py`."""

from checker.lang.nb.lex_attrs import *  # noqa: F403
