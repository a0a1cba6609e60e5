"""People's names in a language written without spaces (Chinese), found by their surname.

Nothing marks a name there, and cutting the text into words blindly takes common words for
names. A name is taken only where the text itself says it is one: a surname of the
language's list (`names.SURNAMES`) followed by a given name of one or two characters, with
an honorific of `names.NAME_HONORIFICS` right after it ("X先生"), or a title of
`names.NAME_TITLES` right before it ("外交部长X") where the name can end (a function word, a
punctuation mark or a word of `names.NAME_FOLLOWERS` after it: "说", "表示"), or a surname
with the character that stands for a withheld given name after it
(`names.ANONYMOUS_GIVEN`: "王某"). Only characters of the script, none of
`names.NOT_IN_GIVEN_NAMES` (function words), count as a given name.

A surname alone keeps its title or its withheld-name character in the name's text ("李先生",
"王某"); the comparer takes them off (checker/transcription.py). Where the extent is unsure
(a title before the name: is the given name one character or two?) the longer one is
taken; the comparer also accepts the name less its first or last character in the other
language (the given name alone, "王伟表" as "Wang Wei"), so the extent is seldom decisive.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.lang.profile import profile
from checker.readings import is_han


def _given(chars: str, lang: str) -> bool:
    """Can `chars` be a given name: characters of the script, none a function word?"""
    excluded = profile(lang).names.not_in_given_names
    return bool(chars) and all(is_han(c) and c not in excluded for c in chars)


@lru_cache(maxsize=64)
def _pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for a set of words, longest first (found in one pass over a text)."""
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def _surname_at(text: str, i: int, surnames: frozenset[str]) -> int:
    """The length of the surname that starts at `i` (two characters first), or 0."""
    for n in (2, 1):
        if len(text[i : i + n]) == n and text[i : i + n] in surnames:
            return n
    return 0


def _ends_name(text: str, end: int, lang: str) -> bool:
    """Can a name end before `end`: the text ends there, or a character that is not of the
    script, a function word or a word that follows names (`names.NAME_FOLLOWERS`) comes?"""
    names = profile(lang).names
    if end >= len(text) or not is_han(text[end]) or text[end] in names.not_in_given_names:
        return True
    return any(text.startswith(word, end) for word in names.name_followers)


def _names_after_titles(text: str, lang: str) -> list[tuple[int, int]]:
    """Surname + given name right after a title ("外交部长X"), ending where a name can end:
    the longest such given name of one or two characters."""
    names = profile(lang).names
    pattern = _pattern(names.name_titles)
    spans = []
    for m in pattern.finditer(text) if pattern else ():
        i = m.end()
        n = _surname_at(text, i, names.surnames)
        if not n:
            continue
        for given in (2, 1):
            end = i + n + given
            if end <= len(text) and _given(text[i + n : end], lang) and _ends_name(text, end, lang):
                spans.append((i, end))
                break
    return spans


def _names_before_honorifics(text: str, lang: str) -> list[tuple[int, int]]:
    """Surname + given name (or a surname alone) right before an honorific ("X先生"): the
    full name of three characters where its first is a surname, else of two."""
    names = profile(lang).names
    pattern = _pattern(names.name_honorifics)
    spans = []
    for m in pattern.finditer(text) if pattern else ():
        end, honorific = m.start(), len(m.group())
        for length in (3, 2, 1):
            start = end - length
            if start < 0 or not is_han(text[start]):
                continue
            n = _surname_at(text, start, names.surnames)
            if n and n < length and length - n <= 2 and _given(text[start + n : end], lang):
                spans.append((start, end))
                break
            if n == length == 1 and (start == 0 or not is_han(text[start - 1])):
                # "李先生": a surname alone (not a character of a longer word before it),
                # kept with its honorific: one character alone is no name to compare.
                spans.append((start, end + honorific))
                break
    return spans


def _anonymous_names(text: str, lang: str) -> list[tuple[int, int]]:
    """A surname with the withheld-given-name character after it ("王某", "王某某"), kept
    with one of them: the surname alone is the name."""
    names = profile(lang).names
    mark = names.anonymous_given
    if not mark:
        return []
    spans = []
    for m in re.finditer(re.escape(mark), text):
        for n in (2, 1):
            start = m.start() - n
            if start >= 0 and _surname_at(text, start, names.surnames) == n:
                spans.append((start, m.end()))
                break
    return spans


def _on_word_bounds(spans: list[tuple[int, int]], text: str, lang: str
                    ) -> list[tuple[int, int]]:
    """The spans of names after a title that lie on the language's segmenter's word
    boundaries and are no word its dictionary lists with a tag
    of `names.SEGMENTER_FUNCTION_TAGS` ("马上" at once, after "发言人": no surname 马); all
    of them for a language without a segmenter."""
    from checker.segmenter import tagged_words

    names = profile(lang).names
    words = tagged_words(text, lang) if names.segmenter_function_tags else ()
    if not words:
        return spans
    starts = {s for s, _, _, _ in words} | {len(text)}
    ends = {e for _, e, _, _ in words}
    function = {(s, e) for s, e, tag, listed in words
                if listed and tag in names.segmenter_function_tags}
    return [(start, end) for start, end in spans
            if start in starts and end in ends and (start, end) not in function]


def surname_names(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of people's names found by their surname and a title next to them (see the
    module's docstring), without overlaps, in order of position; [] for a language with no
    surname list."""
    if not profile(lang).names.surnames:
        return []
    spans = sorted(
        set(_names_before_honorifics(text, lang))
        | set(_on_word_bounds(_names_after_titles(text, lang), text, lang))
        | set(_anonymous_names(text, lang)),
        key=lambda s: (s[0], -s[1]),
    )
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out
