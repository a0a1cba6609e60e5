"""Croatian abbreviations: the Serbian ones (one language family; "tzv.", "npr.",
"br."), and a dot after a number marks an ordinal ("1. XI 2018.", "2. Svjetski rat") and ends
no sentence."""

from checker.lang.sr.abbreviations import ABBREVIATIONS, ORDINAL_DOT, TITLES  # noqa: F401
