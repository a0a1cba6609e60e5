"""The word for "week" in a language, from CLDR's relative week names, as a stem.

Some languages name Sunday and the week with one word (Serbian "nedelja"): such a word
is read as a weekday only beside a date (`dates.NEAR_DATE_ONLY`). Against a reference
that names a weekday and says nothing of a week, it is the weekday the translator wrote
(`checker.compare.dates`). Both sides need the week's word: CLDR has it in every
language, in "last week", "this week", "next week" and "in {0} weeks".
"""

from __future__ import annotations

import re
from functools import cache

from checker.facts.date_names import cldr_date_locales
from checker.lang import base_language
from checker.lang.profile import profile

_WORD = re.compile(r"[^\W\d_]+")
_SHORTEST_STEM = 3


def _stem(locale) -> str | None:
    """The stem of the locale's week word: the word every relative week name shares,
    cut to what it has in common with the forms "in {0} weeks" uses ("nedelje",
    "nedelju", "nedelja": "nedelj")."""
    week = locale._data.get("date_fields", {}).get("week", {})
    relative = [str(v).lower() for v in week.get("relative", {}).values()]
    if len(relative) < 2:
        return None
    shared = set(_WORD.findall(relative[0]))
    for name in relative[1:]:
        shared &= set(_WORD.findall(name))
    counted = [w for key in ("future", "past") for pattern in week.get(key, {}).values()
               for w in _WORD.findall(str(pattern).lower())]
    # the week's word is also in "in {0} weeks" ("на" of "на этой неделе" is not)
    words = [w for w in shared if any(c[:_SHORTEST_STEM] == w[:_SHORTEST_STEM] for c in counted)]
    if len(words) != 1:
        return None  # no one word for the week in every relative name
    word = words[0]
    stem = word
    for form in counted:
        if form[:_SHORTEST_STEM] == word[:_SHORTEST_STEM]:
            while not form.startswith(stem):
                stem = stem[:-1]
    return stem if len(stem) >= _SHORTEST_STEM else None


@cache
def week_stems(lang: str) -> frozenset[str]:
    """The stems of the word for "week" in every CLDR locale of the language ("week";
    "nedelj" and "недељ", "sedmic") and those its data adds (`dates.WEEK_WORDS`), lower
    case."""
    stems = (_stem(locale) for locale in cldr_date_locales(base_language(lang)))
    return frozenset(s for s in stems if s) | {
        s.lower() for s in profile(base_language(lang)).dates.week_words}


@cache
def day_count_words(lang: str) -> frozenset[str]:
    """The words CLDR counts days with, right after the count ("za {0} dana": "dan",
    "dana"): after the week's word they make it a length of time ("nedelju dana": a
    week), lower case."""
    words: set[str] = set()
    for locale in cldr_date_locales(base_language(lang)):
        day = locale._data.get("date_fields", {}).get("day", {})
        for key in ("future", "past"):
            for pattern in day.get(key, {}).values():
                after = str(pattern).lower().partition("{0}")[2]
                words.update(_WORD.findall(after)[:1])
    return frozenset(words)


def says_week(text: str, lang: str) -> bool:
    """True where a word of `text` starts with the language's word for "week" ("weeks",
    "weekly", "weekend")."""
    stems = week_stems(lang)
    return any(w.startswith(stem) for w in _WORD.findall(text.lower()) for stem in stems)
