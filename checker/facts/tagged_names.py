"""Names a language's segmenter tags (checker/segmenter.py: jieba for Chinese) where the
data (CLDR, the gazetteer, glossaries, runs of sound characters, surnames beside a title)
found none. The tags are noisy ("德国总理", Germany's chancellor, comes tagged as a
person), so each candidate is kept only with evidence of our own, and how it may be
reported is its `Fact.kind`:

- "person": a word tagged as a person's name that starts with a surname of the
  language's `surnames` and has one or two characters after it, none a function word
  (`not_in_given_names`), and is no word of two characters the dictionary lists (many
  of those are common words it tags as names: "钟声", a bell's sound); a given name
  tagged alone after a one-character word that is a surname is that person's (the
  segmenter cut the surname off). One joined to another word by a joiner ("马可" of
  "马可·波罗", Marco Polo) is a foreign name's part: the joined words are one name of kind
  "initial", heard by its sound like a run of sound characters. A person the other
  language writes by the reading of
  its characters ("Zhou Haitao"): reported when the other side neither writes that
  reading (checker/transcription.py, `read_in_latin`) nor, for one all of sound
  characters, a name that sounds like it (a foreign one: "查科" Chaco);
- "tagged": a word of three characters or more the segmenter's dictionary lists with a
  tag of `segmenter_name_tags` (a place, an organisation), unless it splits into two
  common words of the dictionary ("公安" + "局", public security bureau): the other
  language may translate it by meaning ("the Mediterranean"), so it is reported missing
  only where the other side has fewer names left than such words (checker/compare/
  entities.py, `lost_tagged_names`).

Only words of two characters or more, all letters of the language's own script.
"""

from __future__ import annotations

from checker.lang.profile import profile
from checker.segmenter import listed_tag, tagged_words

_MIN_CHARS = 2
# A place the dictionary lists of three characters or more: shorter ones are as often
# common words it tags as places ("回国" return home, "古城" old town).
_MIN_TAGGED = 3
_LONGEST_GIVEN = 2  # characters of a given name after a surname


def _all_own_letters(word: str) -> bool:
    return all(c.isalpha() and not c.isascii() for c in word)


def _person_by_surname(word: str, lang: str) -> bool:
    """A surname of the language's list first, then a given name of one or two characters
    that are no function words."""
    names = profile(lang).names
    for cut in (2, 1):
        surname, given = word[:cut], word[cut:]
        if (surname in names.surnames and 1 <= len(given) <= _LONGEST_GIVEN
                and not any(c in names.not_in_given_names for c in given)):
            return True
    return False


def _of_common_words(word: str, lang: str) -> bool:
    """Does the word split into two words its dictionary lists with tags of common words
    (`segmenter_word_tags`: "公安" + "局", public security bureau), or that are common
    words it tags otherwise (`segmenter_common_words`: "宜居" + "城市", liveable city)? One
    of those alone is no name either ("三角洲" delta)."""
    names = profile(lang).names
    common = names.segmenter_word_tags

    def is_common(part: str) -> bool:
        return part in names.segmenter_common_words or listed_tag(part, lang) in common

    return word in names.segmenter_common_words or any(
        is_common(word[:i]) and is_common(word[i:]) for i in range(1, len(word)))


def _before_sound_name(words: tuple, i: int, text: str, lang: str) -> bool:
    """Is word `i` right before a word tagged as a foreign name written by its sound
    (`segmenter_sound_tags`), all of sound characters? Then it starts that name ("冯德" of
    "冯德莱恩", von der Leyen), and is no person of the language's own."""
    names = profile(lang).names
    if i + 1 >= len(words):
        return False
    start, end, tag, _ = words[i + 1]
    return (start == words[i][1] and tag in names.segmenter_sound_tags
            and all(c in names.sound_characters for c in text[start:end]))


def _joined_span(words: tuple, i: int, text: str, joiners: str) -> tuple[int, int] | None:
    """The span of the words joined to word `i` by joiners ("马可" of "马可·波罗", Marco
    Polo), None where none is: a foreign name written by its sound (the language's own
    names are never joined so), its part of a character the sound table lacks (可)."""
    if not joiners:
        return None
    starts = {w[0]: k for k, w in enumerate(words)}
    ends = {w[1]: k for k, w in enumerate(words)}
    first = last = i
    while words[first][0] > 0 and text[words[first][0] - 1] in joiners \
            and words[first][0] - 1 in ends:
        first = ends[words[first][0] - 1]
    while text[words[last][1]:words[last][1] + 1] in joiners and words[last][1] + 1 in starts:
        last = starts[words[last][1] + 1]
    return (words[first][0], words[last][1]) if (first, last) != (i, i) else None


def tagged_names(text: str, lang: str, taken: list[tuple[int, int]]
                 ) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the words the segmenter tags as names outside the spans
    `taken` (names already found), kind "person", "tagged" or "initial" (see the module)."""
    names = profile(lang).names
    if not names.name_segmenter:
        return []
    found = []
    words = tagged_words(text, lang)
    for i, (start, end, tag, listed) in enumerate(words):
        if (tag in names.segmenter_person_tags and i and words[i - 1][1] == start
                and words[i - 1][1] - words[i - 1][0] == 1
                and text[start - 1] in names.surnames and len(text[start:end]) <= _LONGEST_GIVEN):
            start = start - 1  # the segmenter cut the surname off: "周" + "海涛"
        word = text[start:end]
        if (len(word) < _MIN_CHARS or not _all_own_letters(word)
                or any(s < end and start < e for s, e in taken)):
            continue
        joined = _joined_span(words, i, text, names.name_joiners)
        if joined and tag in names.segmenter_person_tags:
            if not any(s < joined[1] and joined[0] < e for s, e in taken):
                found.append((*joined, "initial"))  # reported like a sound run's name
        elif (tag in names.segmenter_person_tags and _person_by_surname(word, lang)
                and not (listed and len(word) == _MIN_CHARS)
                and not _before_sound_name(words, i, text, lang)):
            found.append((start, end, "person"))
        elif (tag in names.segmenter_name_tags and listed and len(word) >= _MIN_TAGGED
              and not _of_common_words(word, lang)):
            found.append((start, end, "tagged"))
    return found


def tagged_as_name(text: str, lang: str, start: int, end: int) -> bool:
    """Does the segmenter cut `text[start:end]` as one word tagged as a name?"""
    names = profile(lang).names
    tags = names.segmenter_name_tags | names.segmenter_person_tags
    return any((s, e) == (start, end) and tag in tags
               for s, e, tag, _ in tagged_words(text, lang))
