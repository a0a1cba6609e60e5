"""A person named in characters that another language's reading tables read wholly (a
Japanese, Korean or Vietnamese name written in Chinese characters) against a person of the
other side whose Latin name has no reading of that family name: two people
(checker/other_readings.py). A faithful version spells the family name by one of its
readings ("岸田文雄" Kishida, "文在寅" Moon), which then matches; another person's name
("Suga" for "岸田文雄") says another person."""

from __future__ import annotations

from checker.lang.profile import profile
from checker.model import Fact
from checker.other_readings import family_read_apart, latin_name_words
from checker.readings import is_han, spellings

# The kinds of a person's name found by its surname or tagged a person's by a segmenter
# (checker/facts/entities.py); not a concept of the data (a country, "印度").
_PERSON_KINDS = ("person", "initial")


def read_person_apart(ref: Fact, ref_lang: str, ver: Fact, ver_lang: str) -> bool:
    """Is `ref` (a name of characters of `ref_lang`) surely another person than `ver` (a
    person's name in Latin letters, its kind known), by the family name's readings?"""
    text, names = ref.text, profile(ref_lang).names
    if (ref.kind not in _PERSON_KINDS or not names.other_readings
            or not all(is_han(c) for c in text)):
        return False
    if all(c in names.sound_characters for c in text):
        return False  # maybe a Western name by its sound, which a table reads too
    own: list[str] = []
    for n in (1, 2):
        family = text[:n]
        if n == 1:
            own += list(spellings(family, ref_lang))
        else:
            first, second = spellings(text[0], ref_lang), spellings(text[1], ref_lang)
            own += [a + b for a in first for b in second]
        own += [s for s in names.surname_spellings.get(family, "").split(",") if s]
    words = latin_name_words(ver.text, ver_lang)
    return family_read_apart(text, words, ref_lang, tuple(own))
