"""Months written in Roman numerals after a day and its ordinal dot ("1. VII", "od 3. do 5.
VI"), as Serbian, Croatian and other Slavic press write them; told apart from a name's
initial after a day's number ("2. V. Petrović")."""

from __future__ import annotations

import re

# a day with its ordinal dot, then the month in upper-case Roman numerals as a word of its
# own: "1. VII", "od 3. do 5. VI" (Cyrillic text may type its look-alike
# Х and І for X and I)
_ROMAN_MONTH = re.compile(
    r"(?<![\w.,])\d{1,2}\.[ \u00a0]?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
    r"(?![\w'’-]|\.?[ \u00a0]?\d{4})"
)  # with a year after it, the whole date is read in digits (`numeric.digit_dates`)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SMALL_WORD_AFTER = re.compile(r"[ \u00a0]+[^\W\d_A-ZА-ЯЂЈЉЊЋЏČĆŽŠĐ]")
_LOOKALIKES = str.maketrans({"Х": "X", "І": "I", "Ⅰ": "I"})


# a capital after the numeral's dot: the numeral is a name's initial ("2. V. Petrović",
# "3. M. J. Kovač"), as likely as a month
_NAME_AFTER = re.compile(r"\.[ \u00a0]*[^\W\d_a-zа-яђјљњћџčćžšđ]")
# another day before it, in a range ("od 3. do 5. VI", "3.-5. VI", "12. i 13. V")
_DAY_RANGE_BEFORE = re.compile(r"\d{1,2}\.?[ \u00a0]*(?:[-–—]|[^\W\d_]{1,3}[ \u00a0])[ \u00a0]*$")


def roman_months(original: str, lang: str = "") -> list[tuple[int, int, int]]:
    """The months in Roman numerals after a day with its dot (`dates.ROMAN_MONTHS`), as
    (start, end, month); not a
    name's initial after a day's number ("2. V. Petrović"): a Roman month before a capital
    needs a range of days before it, or a capital word that opens the next sentence (a
    common word or a place name of `lang`: "13. V. Beograd je ...", "do 2. XI. Sutradan")."""
    latin = original.translate(_LOOKALIKES)
    return [(m.start(1), m.end(1), _ROMAN_MONTHS.index(m.group(1)) + 1)
            for m in _ROMAN_MONTH.finditer(latin)
            # a capital "I" before a small letter opens a sentence ("... 2. I tada")
            if (m.group(1) != "I" or not _SMALL_WORD_AFTER.match(latin, m.end(1)))
            and (not _NAME_AFTER.match(latin, m.end(1))
                 or _DAY_RANGE_BEFORE.search(latin, max(0, m.start() - 16), m.start())
                 or _sentence_after(original, m.end(1), lang))]


_WORD_AFTER_DOT = re.compile(r"\.[ \u00a0]+([^\W\d_][\w'’-]*)")


def _sentence_after(original: str, end: int, lang: str) -> bool:
    """A Roman month's full stop ends the sentence: the capital word after it is no surname
    but a common word or a place name of `lang` (the next sentence's first word)."""
    from checker.facts import wordlists

    found = _WORD_AFTER_DOT.match(original, end)
    if not lang or found is None or len(found.group(1)) < 2:
        return False
    word = found.group(1)
    return wordlists.is_common_word(word, lang) or wordlists.is_place_name(word, lang)
