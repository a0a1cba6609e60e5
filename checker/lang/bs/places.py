"""Places CLDR's Bosnian names lack: the Croatian table (one language family)."""

from checker.lang.hr.places import DEMONYMS, PLACE_NAMES  # noqa: F401
