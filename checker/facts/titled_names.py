"""People's names next to their titles, in a script without capitals that spells every
word by its sound (its profile's SPELLED_BY_SOUND: Hangul, Devanagari).

Without capitals no word looks like a name, but a title says one is there: the words
right before a title written after names (TITLES_AFTER: "마크롱 대통령", "गांधी जी"), with
a country or body between maybe ("마크롱 프랑스 대통령"), or right after a title written
before them (PERSON_TITLES: "राष्ट्रपति ट्रंप"), or right before the words that follow a
person's name and say what was said (NAME_FOLLOWERS: "ट्रंप ने कहा" Trump said). Up to
three words, each a word of the
script with no case particle of two letters or more glued on ("파리에서" in Paris ends
the phrase before the name; one letter may be a name's own last: "세르게이"), none a function word
(FUNCTION_WORDS: "전" former) nor a body's common noun (COMMON_NOUN_SUFFIXES: "국방부"),
none inside a name already read (a country, a city). They are names of kind "name": the
comparer reports them only beside a name the other side has instead
(checker/compare/entities.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.lang.profile import profile
from checker.spoken_names import forms

_WORD = re.compile(r"[^\s\d,.;:!?\"'“”‘’()\[\]«»「」—–/-]+\.?")
_MAX_WORDS = 3
_MAX_SKIPPED = 2  # a country and a body between a name and its title


def _letters_of_script(word: str) -> bool:
    """A word of a script without capitals: no Latin letter, no digit."""
    return all(not c.isascii() for c in word if c.isalnum())


def titled_names(text: str, lang: str, taken: Sequence[tuple[int, int]]
                 ) -> list[tuple[int, int]]:
    """The spans of people's names next to a title (module docstring), outside `taken`."""
    names = profile(lang).names
    if not names.spelled_by_sound:
        return []
    # Each word without a dot after it (an abbreviated title's: "डॉ."), and where it ends
    # with the dot.
    words = [(m.group().rstrip("."), m.start(), m.end()) for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    followers = [tuple(f.split()) for f in names.name_followers]
    for i, (word, _, _) in enumerate(words):
        bare = word.rstrip(".")
        if any(f in names.titles_after for f in _title_forms(word, lang)) or any(
                _follows(words, i, f) for f in followers):
            spans.append(_name_before(words, i, text, lang, taken))
        if bare in names.person_titles or word in names.person_titles:
            spans.append(_name_after(words, i, text, lang, taken))
    return sorted({s for s in spans if s[0] < s[1]})


# A follower's last word (a verb of saying) may come a few words after its first ("ट्रंप
# ने सोमवार को कहा", Trump said on Monday).
_FOLLOWER_GAP = 4


def _follows(words: list[tuple[str, int, int]], i: int, follower: tuple[str, ...]) -> bool:
    """Do the words from `words[i]` on say the follower: its first word there, its last
    one of the next words (up to `_FOLLOWER_GAP` between)?"""
    if words[i][0] != follower[0]:
        return False
    if len(follower) == 1:
        return True
    after = [w for w, _, _ in words[i + 1 : i + 2 + _FOLLOWER_GAP]]
    return follower[-1] in after


def _title_forms(word: str, lang: str) -> list[str]:
    """A word, and the word less a particle glued on, however short ("씨는": "씨" Mr)."""
    return [word] + [word[: -len(p)] for p in profile(lang).names.endings
                     if word.endswith(p) and len(word) > len(p)]


def _covered(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def _skippable(word: str, start: int, end: int, lang: str,
               taken: Sequence[tuple[int, int]]) -> bool:
    """A word between a name and its title: a name already read (a country), a function
    word, an organisation (ORGANISATION_WORDS: "나토" NATO), a body's common noun, a title
    ("프랑스 대통령")."""
    names = profile(lang).names
    return (_covered(start, end, taken) or word in names.function_words
            or word in names.organisation_words
            or word.endswith(tuple(names.common_noun_suffixes))
            or word in names.titles_after or word in names.person_titles)


def _apart(text: str, end: int, start: int) -> bool:
    """Is anything but spaces between two words (a comma, a bracket)?"""
    return bool(text[end:start].strip())


def _name_before(words: list[tuple[str, int, int]], i: int, text: str, lang: str,
                 taken: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The name before the title `words[i]`: bare words of the script, after at most
    `_MAX_SKIPPED` skippable ones."""
    collected: list[tuple[int, int]] = []
    skipped = 0
    nxt = words[i][1]
    for word, start, end in reversed(words[:i]):
        if _apart(text, end, nxt) or not _letters_of_script(word):
            break
        if _skippable(word, start, end, lang, taken):
            if collected or skipped >= _MAX_SKIPPED:
                break
            skipped += 1
        elif len(collected) >= _MAX_WORDS or min(map(len, forms(word, lang))) < len(word) - 1:
            break  # a particle of two letters or more ends the phrase before the name
        else:
            collected.append((start, start + len(word)))
            if len(collected) > 1 and len(forms(word, lang)) > 1:
                break  # a name's last letter, or a particle that ends the phrase: no more
        nxt = start
    return (collected[-1][0], collected[0][1]) if collected else (0, 0)


def _name_after(words: list[tuple[str, int, int]], i: int, text: str, lang: str,
                taken: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The name after the title `words[i]`: up to `_MAX_WORDS` words of the script, the
    last maybe with a particle glued on."""
    collected: list[tuple[int, int]] = []
    end_before = words[i][2]
    for word, start, end in words[i + 1 :]:
        if (_apart(text, end_before, start) or not _letters_of_script(word)
                or _skippable(word, start, end, lang, taken) or len(collected) >= _MAX_WORDS):
            break
        bare = forms(word, lang)[-1]
        collected.append((start, start + len(bare)))
        if bare != word:
            break
        end_before = end
    return (collected[0][0], collected[-1][1]) if collected else (0, 0)
