"""A name of the language's own that the segmenter tagged (checker/facts/tagged_names.py),
found on the other side by the reading of its characters where that reading is only part
of a name written there:

- the name less a character for its kind of place (`names.PLACE_KIND_CHARACTERS`:
  "钱塘江" as "the Qiantang River", "贾汪区" as "Jiawang district"), which the other
  language translates by meaning;
- the name's reading as the start of a longer word of the other side, with one or two
  syllables of the language's readings after it ("宋家" of "宋家庄" cut off across a word
  boundary, written "Songjiazhuang"): the piece of a longer place's name, not a person.

Readings are exact (checker/transcription.py, `read_in_latin`), never a likeness of sound.
"""

from __future__ import annotations

from checker.lang.profile import profile
from checker.latin_candidates import latin_candidates
from checker.readings import is_han, of_syllables, spellings
from checker.transcription import read_in_latin

_MOST_SYLLABLES_AFTER = 2


def _ends(target: str, chars: str, lang: str) -> set[int]:
    """Where a reading of each of `chars` in turn can end inside `target`."""
    ends = {0}
    for char in chars:
        ends = {end + len(r) for end in ends for r in spellings(char, lang)
                if r and target.startswith(r, end)}
        if not ends:
            break
    return ends


def start_of_written_name(name: str, lang: str, other_text: str) -> bool:
    """Is the reading of `name` the start of a capitalised word (or run) of `other_text`
    with one or two more syllables of the language's readings after it?"""
    chars = "".join(c for c in name if is_han(c))
    if len(chars) < 2:
        return False
    for word in latin_candidates(other_text):
        target = word.replace(" ", "").replace("-", "").lower()
        if any(of_syllables(target[end:], lang, _MOST_SYLLABLES_AFTER)
               for end in _ends(target, chars, lang) if 0 < end < len(target)):
            return True
    return False


def own_name_part_read(name: str, lang: str, other_text: str) -> bool:
    """Is the name found on the other side by a part of its reading (see the module)?"""
    if not other_text:
        return False
    kinds = profile(lang).names.place_kind_characters
    if len(name) >= 3 and name[-1] in kinds and read_in_latin(name[:-1], lang, other_text):
        return True
    return start_of_written_name(name, lang, other_text)
