"""A scale word the generic path may not read: a language without a folder knows its scale
words from CLDR and its spellers only, and its press may spell one otherwise (Nepali
"अर्ब" where CLDR writes "अरब"). A version figure in digits with an unknown word right
after it, where the reference's figure is it times a power of ten said with a scale word
(3 billion against "३ अर्ब"), may be that figure with its scale: the number comparer makes
such a change unsure (a warning), never an error."""

from __future__ import annotations

import math
import re

from checker.compare.number_atoms import Atom

_WORD_AFTER = re.compile(r"[ \u00a0]?([^\W\d_]+)")


def scale_maybe_unread(ref: Atom, ver: Atom, lang: str) -> bool:
    """The version's figure times 10^3 or more is the reference's, and the version's
    language has no folder and does not know the word after the figure."""
    from checker.facts.number_words import lexicon
    from checker.lang import available_languages

    if ver.value <= 0 or ref.value <= ver.value or any(
            c.isalpha() for c in ver.fact.text):
        return False
    if not any(c.isalpha() for c in ref.fact.text):
        return False  # "3,000 people" against "3 orang": the reference said no scale word
    power = math.log10(ref.value / ver.value)
    if power < 2.9 or abs(power - round(power)) > 1e-6:
        return False
    word = _WORD_AFTER.match(ver.sentence.text, ver.fact.end)
    if word is None or lang in available_languages():
        return False
    lex = lexicon(lang)
    return word.group(1).lower() not in {*lex.multipliers, *lex.words, *lex.scales_first}


_SCALE_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def head_maybe_unread(ref: Atom, ver: Atom, lang: str) -> bool:
    """The version's figure follows a larger scale word whose count is in words the path
    cannot read (Urdu "ایک لاکھ 25 ہزار": one lakh and 25 thousand, against 125,000): the
    figure is the tail of a number, so a change is unsure (a warning), never an error."""
    from checker.facts.number_words import lexicon
    from checker.lang import available_languages

    if ref.value <= ver.value or lang in available_languages():
        return False
    word = _SCALE_BEFORE.search(ver.sentence.text, 0, ver.fact.start)
    if word is None:
        return False
    scale = lexicon(lang).multipliers.get(word.group(1).lower())
    return scale is not None and scale > ver.value and ref.value - ver.value >= scale
