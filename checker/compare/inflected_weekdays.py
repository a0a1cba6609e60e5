"""Weekdays with an ending glued on, in a language without a folder whose reader has no
word list to give the forms of CLDR's weekday names (Somali "Talaadadii": on Tuesday, of
"Talaado"; "Isniintii", "Sabtida"): where the reference names a weekday the version does
not answer, a version word that starts with that weekday's CLDR name, or with the name less
its final vowel (which the ending replaces), is that weekday. Only to answer the
reference's own weekday: another weekday in the version is no match, so a drifted day
stays a finding."""

from __future__ import annotations

import re
from functools import cache

from checker.compare.base import AlignedClaim, ComparisonContext
from checker.model import Fact, Sentence

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouy")


@cache
def weekday_stems(lang: str) -> dict[str, tuple[str, ...]]:
    """English weekday -> the lower-case starts of its CLDR wide names in `lang` (the name,
    and the name without its final vowel where four letters or more stay); empty for a
    language with a folder or a word list of its own, or whose names are several words."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names

    from checker.facts.wordlists import has_word_list
    from checker.lang import base_language, has_folder

    if has_folder(lang) or has_word_list(base_language(lang)):
        return {}
    try:  # a tag with a region or script ("ha-NG", "uz-Cyrl"), or none CLDR knows
        locale = Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return {}
    out: dict[str, set[str]] = {}
    for context in ("format", "stand-alone"):
        for index, name in get_day_names("wide", context, locale).items():
            low = name.lower()
            if " " in low or not low.isalpha() or len(low) < 4:
                continue
            starts = out.setdefault(_WEEKDAYS[index], set())
            starts.add(low)
            if low[-1] in _VOWELS and len(low) >= 5:
                starts.add(low[:-1])
    return {day: tuple(starts) for day, starts in out.items()}


def inflected_weekdays(claim: AlignedClaim, context: ComparisonContext,
                       read: list[tuple[Fact, Sentence]],
                       wanted: set[str]) -> list[tuple[Fact, Sentence]]:
    """The version's words outside the facts `read` that start with a stem of a weekday of
    `wanted` (the reference's unanswered weekdays), as that weekday."""
    stems = weekday_stems(context.version.lang)
    found: list[tuple[Fact, Sentence]] = []
    for sentence in claim.version:
        taken = [(f.start, f.end) for f, s in read if s is sentence]
        for word in _WORD.finditer(sentence.text):
            if any(a < word.end() and word.start() < b for a, b in taken):
                continue
            low = word.group(0).lower()
            day = next((d for d in wanted if any(low.startswith(s) for s in stems.get(d, ()))),
                       None)
            if day is not None:
                found.append((Fact("date", word.group(0), day, word.start(), word.end(),
                                   kind="weekday"), sentence))
    return found
