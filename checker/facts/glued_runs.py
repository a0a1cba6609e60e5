"""Month and weekday names inside runs of words typed without their spaces.

A language declares (`writing.GLUED_AFTER`) the most letters any of its words has, with all
its clitics; a longer run of letters is several words that lost their spaces, where the
word edges a name needs do not show. Inside such a run only long, unambiguous names are
read, since a short one is too often the start of another word.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.facts.dates import DateWord

GLUED_FORM_LETTERS = 6  # a shorter name is too often the start of another word

Entry = tuple[str, str | int, bool]  # (what, value, ambiguous), as in `DateLexicon.forms`


def _letters(form: str) -> int:
    return sum(unicodedata.category(ch)[0] in "LM" for ch in form)


def glued_forms(
    forms: dict[str, Entry], near_date: frozenset[str], proclitics: tuple[str, ...]
) -> dict[str, Entry]:
    """The month and weekday names read inside a glued run: names of one word, of at least
    GLUED_FORM_LETTERS letters, that are no other word (not ambiguous, not read only beside
    a date); a name with a proclitic is read as the name, whose own length counts (the
    proclitic is only one more glued letter)."""
    def with_proclitic(form: str) -> bool:
        return any(form.startswith(p) and form[len(p):] in forms for p in proclitics)

    return {
        form: entry for form, entry in forms.items()
        if entry[0] in ("month", "weekday") and not entry[2] and " " not in form
        and form not in near_date and _letters(form) >= GLUED_FORM_LETTERS
        and not with_proclitic(form)
    }


def names_in_glued_runs(
    low: str, found: list[DateWord], glued_after: int, pattern: re.Pattern,
    forms: dict[str, Entry],
) -> list[DateWord]:
    """`found` (the names read at word edges of `low`) with the names `pattern` finds inside
    runs of more than `glued_after` letters."""
    from checker.facts.dates import DateWord

    added = []
    for run in re.finditer(rf"\w{{{glued_after + 1},}}", low):
        for m in pattern.finditer(low, run.start(), run.end()):
            if any(w.start < m.end(1) and m.start(1) < w.end for w in found):
                continue
            what, value, _ = forms[m.group(1)]
            added.append(DateWord(m.start(1), m.end(1), what, value))
    return sorted(found + added, key=lambda w: w.start) if added else found
