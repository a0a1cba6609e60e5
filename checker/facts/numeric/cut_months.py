"""A cut month name that is also a number word (Portuguese "dez.": December, or ten, with
the full stop that ends the sentence): a month only where a day stands right before it ("25
dez.", "3 de dez.") or a year after it ("dez. de 2023"); after anything else ("doze carros
em dez.") it is the number, which a month alone, with no day or year, could not be anyway."""

from __future__ import annotations

import re

from checker.facts.date_names import fold_accents
from checker.facts.dates import DateWord
from checker.facts.numeric.rules import LangRules

# the last word before the month, and the word before that: "3 de" | "sete de" | "em"
_WORDS_BEFORE = re.compile(r"(\w+)(?:[ \u00a0]+(\w+))?[ \u00a0]+$")
_YEAR_AFTER = re.compile(r"\.?[ \u00a0]+(?:\w{1,3}[ \u00a0]+)?\d{4}(?!\d)")


def number_not_month(dw: DateWord, low: str, r: LangRules) -> bool:
    """The month word `dw` is a number word with no day before it nor year after it."""
    if dw.what != "month" or not dw.needs_context:
        return False
    word = low[dw.start : dw.end].rstrip(".")
    if r.lex.fold:
        word = fold_accents(word)
    if word not in r.lex.words or _YEAR_AFTER.match(low, dw.end):
        return False
    before = _WORDS_BEFORE.search(low, max(0, dw.start - 40), dw.start)
    if before is None:
        return True
    last = before.group(2) or before.group(1)
    if _is_number(last, r):
        return False  # "25 dez."
    # "3 de dez.": a short filler between the day and the month
    return not (before.group(2) and len(last) <= 3 and _is_number(before.group(1), r))


def _is_number(word: str, r: LangRules) -> bool:
    return word.isdigit() or (fold_accents(word) if r.lex.fold else word) in r.lex.words
