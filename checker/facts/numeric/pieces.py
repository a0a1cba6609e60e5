"""A number found in a sentence, before it becomes a fact."""

from __future__ import annotations

from typing import Literal, NamedTuple

Written = Literal["digits", "words", "mixed"]

# The kind of a year read only because it has four digits, with no month, year word or
# preposition of years beside it: a count changed into four digits reads so as well
BARE_YEAR = "bare_year"


class Num(NamedTuple):
    """A number found in the sentence, before it becomes a fact. Numbers never overlap, so
    `start` names one number: the readers say which numbers they took by their starts.
    (A named tuple rather than a frozen dataclass: it is made for every number of every
    sentence, and three times faster to make.)"""

    start: int
    end: int
    value: int | float
    written: Written
    raw: str = ""  # the digit string, for digit numbers
    suffix: str = ""  # glued letters: "th", "'ten", "-jährige"
    kind: str = "cardinal"  # "ordinal", "fraction", "code" ("Covid-19"): the fact's kind
    ordinal_word: bool = False
    weak: bool = False  # "first": a day in a date, never a number fact on its own

    @property
    def is_int(self) -> bool:
        return isinstance(self.value, int) or float(self.value).is_integer()


def is_year_value(n: Num) -> bool:
    return (
        n.written == "digits"
        and isinstance(n.value, int)
        and 1000 <= n.value <= 2100
        and n.raw.isdigit()
        and len(n.raw) == 4
    )


class Held:
    """An object looked up by identity (a language's rules or lexicon, built once per
    language and holding dicts, so with no hash of its own): the key of a cache of what is
    worked out from it."""

    __slots__ = ("held",)

    def __init__(self, held: object) -> None:
        self.held = held

    def __hash__(self) -> int:
        return id(self.held)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Held) and other.held is self.held
