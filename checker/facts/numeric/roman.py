"""Roman numerals: centuries such as "XIXe siècle", "siglo XV"."""

from __future__ import annotations

import re

from checker.facts.numeric.patterns import CYRILLIC_LOOKALIKES, matches_from
from checker.facts.numeric.rules import LangRules
from checker.model import Fact

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
# "XX-XXI века": the second numeral of a pair stands between the first and the word
ROMAN_NEXT = re.compile(r"^\s*[-\u2013\u2014]\s*[ivxl]{1,6}(?:e|er|ème)?")


def roman_value(word: str) -> int | None:
    """1 to 39 ("xix" -> 19); None for anything else."""
    word = word.lower()
    if not word or any(c not in _ROMAN for c in word) or len(word) > 7:
        return None
    total = 0
    for i, c in enumerate(word):
        v = _ROMAN[c]
        total += -v if i + 1 < len(word) and _ROMAN[word[i + 1]] > v else v
    return total if 0 < total < 40 else None


# Upper case only: a numeral with a small letter is no century here (century_facts), and a
# word that starts with capitals and goes on in small Roman letters ("XIv") matches neither
# way (no ending starts with i, v, x or l). Lower-case numerals matched every "I" and "l".
_CENTURY = re.compile(r"(?<![\w])([IVXL]{1,6})(?:e|er|ème|º|-?й|-?го)?(?![\w])")
_ROMAN_LETTER = re.compile(r"[IVXL]")  # where a match of _CENTURY starts


def century_facts(text: str, low: str, r: LangRules) -> list[Fact]:
    """Centuries in upper-case Roman numerals beside a century word: "XIXe siècle",
    "siglo XV", "XX-XXI века", and the first of two joined by "and" ("XVIII і XIX
    століття")."""
    facts: list[Fact] = []
    if r.century_words is None:
        return facts
    # Cyrillic capitals that look like Roman letters are typed for them ("ХХ століття",
    # "ХІХ": Cyrillic Х and І); one letter for one, so the offsets stay
    latin = text.translate(CYRILLIC_LOOKALIKES)
    found = [m for m in matches_from(_CENTURY, _ROMAN_LETTER, latin)
             if roman_value(m.group(1)) is not None and m.group(1).isupper()
             and not _joining_word(text[m.start(1) : m.end(1)], m.group(1), r)]
    centuries: set[int] = set()
    for idx in range(len(found) - 1, -1, -1):  # from the last: a pair's second comes first
        m = found[idx]
        nxt = found[idx + 1] if idx + 1 < len(found) else None
        if (
            (r.century_before is not None
             and r.century_before.search(low[max(0, m.start() - 12) : m.start()]))
            or r.century_words.match(_after_second_numeral(low[m.end() : m.end() + 24]))
            or (nxt is not None and nxt.start() in centuries
                and r.day_pair_between.match(low[m.end() : nxt.start()]) is not None)
        ):
            centuries.add(m.start())
            facts.append(
                Fact("number", text[m.start() : m.end()], roman_value(m.group(1)), m.start(),
                     m.end(), kind="ordinal", unit="century")
            )
    return facts[::-1]


def _joining_word(typed: str, numeral: str, r: LangRules) -> bool:
    """A one-letter numeral typed with a look-alike letter that is the language's word
    joining a pair (`dates.DAY_PAIR_WORDS`, "and"): a capital conjunction opening a sentence,
    not the first century."""
    return (len(typed) == 1 and typed != numeral
            and r.day_pair_between.match(typed.lower()) is not None)


def _after_second_numeral(after: str) -> str:
    """The text after a numeral, past the second numeral of a pair ("-XXI века", "-ХХI
    века" in Cyrillic letters): only the numeral's letters are read as Latin ones."""
    second = ROMAN_NEXT.match(after.translate(CYRILLIC_LOOKALIKES))
    return after[second.end() :] if second else after
