"""Runs of a text's sound characters (the characters a language such as Chinese writes
foreign names with, its profile's SOUND_CHARACTERS) and which of them are names: the
extraction's side of checker/transcription.py.

- `sound_spans(text, lang)`: the maximal runs of sound characters (or of any letters of
  the script: a transcription may use characters no table lists);
- `sound_runs(text, lang)`: the runs that are names (two or more sound characters with one
  of the language's SOUND_NAME_MARKS, three or more before a SOUND_PLACE_SUFFIXES word, two
  or more right after a NAME_TITLES title or right before a NAME_FOLLOWERS verb, or parts
  joined by a NAME_JOINERS mark). A run's ends that belong to a word of the language's
  table of readings going on outside it (`readings.phrases`: "参加奥运会", take part in
  the Olympics) are none of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.lang.profile import profile


@lru_cache(maxsize=64)
def _sound_run_pattern(lang: str) -> re.Pattern:
    """A maximal run of the language's sound characters (`_sound_spans`)."""
    return re.compile(f"[{re.escape(profile(lang).names.sound_characters)}]+")


@lru_cache(maxsize=64)
def _joined_pattern(lang: str) -> re.Pattern:
    """Runs of sound characters joined by a joiner mark ("·"): one name (`sound_runs`)."""
    names = profile(lang).names
    sound = re.escape(names.sound_characters)
    return re.compile(rf"[{sound}]+(?:[{re.escape(names.name_joiners)}][{sound}]+)+")


def sound_spans(text: str, lang: str, any_letter: bool = False) -> list[tuple[int, int]]:
    """Maximal runs of the language's sound characters (`any_letter`: of letters of its
    script: a name's transcription may use characters no table lists)."""
    if not any_letter:  # the runs of the table's characters: one pattern, not a loop
        if not profile(lang).names.sound_characters:
            return []
        return [m.span() for m in _sound_run_pattern(lang).finditer(text)]
    sound = profile(lang).names.sound_characters
    spans: list[tuple[int, int]] = []
    start = None
    for i, char in enumerate(text + "\0"):
        if char in sound or (any_letter and char.isalpha() and not char.isascii()):
            start = i if start is None else start
        elif start is not None:
            spans.append((start, i))
            start = None
    return spans


def sound_runs(text: str, lang: str) -> list[tuple[int, int]]:
    """Runs of sound characters that are names: two or more, one of them a mark of a name's
    sound, or three or more before a word of a place (SOUND_PLACE_SUFFIXES: an island, a
    sea), or two or more beside a title or a speech verb (`_runs_beside_person_words`),
    or two or more after a name-starting character with it (`_runs_after_prefixes`: "圣马丁"
    St Martin); runs joined by a joiner mark ("·") are one name whatever their characters."""
    names = profile(lang).names
    if not names.sound_characters:
        return []
    runs = [
        (s, e)
        for s, e in (_without_function_word(*_without_words_across(s, e, text, lang), text, lang)
                     for s, e in sound_spans(text, lang))
        if e - s >= 2
        and (
            any(c in names.sound_name_marks for c in text[s:e])
            or (e - s >= 3 and text[e : e + 1] in names.sound_place_suffixes)
        )
    ]
    for s, e in _runs_beside_person_words(text, lang):
        if not any(a < e and s < b for a, b in runs):
            runs.append((s, e))
    for s, e in _runs_after_prefixes(text, lang):
        runs = [(a, b) for a, b in runs if b <= s or a >= e]
        runs.append((s, e))
    if names.name_joiners:
        for m in _joined_pattern(lang).finditer(text):
            runs = [(s, e) for s, e in runs if e <= m.start() or s >= m.end()]
            runs.append((m.start(), m.end()))
    return sorted(runs)


_LONGEST_PHRASE = 4


def _without_words_across(start: int, end: int, text: str, lang: str) -> tuple[int, int]:
    """The run `text[start:end]` less the characters at its ends that belong to a word of
    the language's table (`readings.phrases`) that goes on outside the run: "参加奥运会"
    (take part in the Olympics) is no name "加奥" read from the end of one word and the
    start of the next. (start, start) where nothing is left."""
    from checker.readings import phrases

    words = phrases(lang)
    if not words:
        return start, end
    for n in range(2, _LONGEST_PHRASE + 1):
        for a in range(max(0, start - n + 1), start):
            if text[a : a + n] in words:  # a word that starts before the run
                start = max(start, a + n)
        for b in range(end + 1, min(len(text), end + n - 1) + 1):
            if text[b - n : b] in words:  # a word that ends after it
                end = min(end, b - n)
    return (start, end) if start < end else (start, start)


def _without_function_word(start: int, end: int, text: str, lang: str) -> tuple[int, int]:
    """The run less a function word at its start that the segmenter ends a word with ("于"
    of "毕业于哈佛", graduated from Harvard: the name is "哈佛"; "那" of "那不勒斯", Naples,
    starts the name's word and stays)."""
    from checker.segmenter import tagged_words

    function_words = profile(lang).names.not_in_given_names
    if start >= end or text[start] not in function_words:
        return start, end
    if any(s <= start and e == start + 1 for s, e, _, _ in tagged_words(text, lang)):
        return start + 1, end
    return start, end


@lru_cache(maxsize=64)
def _words_pattern(words: frozenset[str]) -> re.Pattern | None:
    """One pattern for a set of words, longest first."""
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


def _runs_beside_person_words(text: str, lang: str) -> list[tuple[int, int]]:
    """Runs of two or more sound characters, with no mark of a name among them, that the
    text says are a person's name: right after a title (NAME_TITLES: "总统") or right
    before a word that follows a person's name (NAME_FOLLOWERS: "表示" says)."""
    names = profile(lang).names
    sound = names.sound_characters
    runs = []
    followers = _words_pattern(names.name_followers)
    for m in followers.finditer(text) if followers else ():
        start = m.start()
        while start > 0 and text[start - 1] in sound:
            start -= 1
        while start < m.start() and text[start] in names.not_in_given_names:
            start += 1  # "他曾表示" he once said: a pronoun is no part of a name
        if m.start() - start >= 2:
            runs.append((start, m.start()))
    titles = _words_pattern(names.name_titles)
    for m in titles.finditer(text) if titles else ():
        end = m.end()
        while end < len(text) and text[end] in sound:
            end += 1
        if end - m.end() >= 2:
            runs.append((m.end(), end))
    return runs


def _runs_after_prefixes(text: str, lang: str) -> list[tuple[int, int]]:
    """A name-starting character (SOUND_NAME_PREFIXES: "圣" saint) with the run of two or
    more sound characters right after it: one name ("圣马丁" St Martin)."""
    names = profile(lang).names
    if not names.sound_name_prefixes:
        return []
    runs = []
    for start, char in enumerate(text):
        if char not in names.sound_name_prefixes:
            continue
        end = start + 1
        while end < len(text) and text[end] in names.sound_characters:
            end += 1
        if end - start >= 3:
            runs.append((start, end))
    return runs
