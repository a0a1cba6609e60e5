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
    from checker.lang import has_folder

    if ver.value > ref.value > 0 and _glued_scale_misread(ref, ver, lang):
        return True
    if ver.value <= 0 or ref.value <= ver.value or any(
            c.isalpha() for c in ver.fact.text):
        return False
    unspaced = _unspaced_without_folder(lang)
    if not unspaced and not any(c.isalpha() for c in ref.fact.text):
        return False  # "3,000 people" against "3 orang": the reference said no scale word
    power = math.log10(ref.value / ver.value)
    if power < 2.9 or abs(power - round(power)) > 1e-6:
        return False
    if unspaced:  # a scale glued before or after the digits, in a word no source gives
        return _letters_beside(ver.sentence.text, ver.fact.start, ver.fact.end)
    word = _WORD_AFTER.match(ver.sentence.text, ver.fact.end)
    if word is None or has_folder(lang):
        return False
    lex = lexicon(lang)
    return word.group(1).lower() not in {*lex.multipliers, *lex.words, *lex.scales_first}


_SCALE_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def head_maybe_unread(ref: Atom, ver: Atom, lang: str) -> bool:
    """The version's figure follows a larger scale word whose count is in words the path
    cannot read (Urdu "ایک لاکھ 25 ہزار": one lakh and 25 thousand, against 125,000): the
    figure is the tail of a number, so a change is unsure (a warning), never an error."""
    from checker.facts.number_words import lexicon
    from checker.lang import has_folder

    if ref.value <= ver.value or has_folder(lang):
        return False
    word = _SCALE_BEFORE.search(ver.sentence.text, 0, ver.fact.start)
    if word is None:
        return False
    scale = lexicon(lang).multipliers.get(word.group(1).lower())
    # the reference less the figure is a whole number of the scale ("ایک لاکھ 25 ہزار"
    # may be 125,000, never 130,000)
    return (scale is not None and scale > ver.value and ref.value - ver.value >= scale
            and (ref.value - ver.value) % scale == 0)


# a word with its vowel signs and viramas ("अर्ब"), then a figure and its scale word
_WHOLE_WORD_AFTER = re.compile(r"[ \u00a0]?([^\s\d.,;:!?]+)")
_SCALED_AFTER = re.compile(r"[ \u00a0]+([\d.,]+)[ \u00a0]+([^\s\d.,;:!?]+)")


def sum_maybe_unread(ref: Atom, ver: Atom, lang: str) -> bool:
    """The version's figure in digits has a word the path cannot read after it, then a
    figure with a scale word it reads (Nepali "१२ अर्ब ५० करोड": 12 billion and 50 crore,
    "अर्ब" spelt otherwise than CLDR): the first figure may be scaled by that word and the
    two one number: where the reference less the second figure is the first times a power
    of ten (2.5 billion against "२ अर्ब ५० करोड"), a change is unsure."""
    from checker.facts.digits import normalise, parse_digits
    from checker.facts.number_words import lexicon
    from checker.lang import has_folder

    if ref.value < ver.value * 1000 or has_folder(lang) or any(
            c.isalpha() for c in ver.fact.text):
        return False
    word = _WHOLE_WORD_AFTER.match(ver.sentence.text, ver.fact.end)
    if word is None:
        return False
    lex = lexicon(lang)
    if word.group(1).lower() in {*lex.multipliers, *lex.words, *lex.scales_first}:
        return False
    scaled = _SCALED_AFTER.match(ver.sentence.text, word.end())
    scale = lex.multipliers.get(scaled.group(2).lower(), 0) if scaled else 0
    rest = parse_digits(normalise(scaled.group(1)), lang) if scaled and scale >= 1000 else None
    if rest is None:
        return False
    power = math.log10(max(ref.value - rest * scale, 1) / ver.value)
    return power >= 2.9 and abs(power - round(power)) < 1e-6


def _unspaced_without_folder(lang: str) -> bool:
    """A language without a folder written without spaces (Lao, Khmer, Tibetan...): its
    press glues a scale word to the figure, before it or after it ("འབུམ་༦": 600,000, ten
    and a hundred thousand among them), in words CLDR may not give."""
    from checker.lang import has_folder
    from checker.lang.profile import profile

    return not has_folder(lang) and not profile(lang).writing.spaced


_BESIDE = re.compile(r"[^\W\d_]")


def _letters_beside(text: str, start: int, end: int) -> bool:
    """A letter right before or after the figure, a space or a syllable mark between at
    most ("ཐོན་འབུམ་༦", "6 ລ້ານ")."""
    before = text[max(0, start - 2) : start].rstrip(" \u00a0\u0f0b")
    after = text[end : end + 2].lstrip(" \u00a0\u0f0b")
    return bool(_BESIDE.match(after)) or bool(before and _BESIDE.match(before[-1]))


def _glued_scale_misread(ref: Atom, ver: Atom, lang: str) -> bool:
    """The version's figure is the reference's times 10^3 or more by a scale word read in
    the letters glued to its digits, in an unspaced script without a folder: the letters
    may begin another word ("พันธุ์": breed, not "พัน": thousand), so unsure."""
    if not _unspaced_without_folder(lang) or not any(c.isalpha() for c in ver.fact.text):
        return False
    power = math.log10(ver.value / ref.value)
    return power >= 2.9 and abs(power - round(power)) < 1e-6


_WORD_BEFORE = re.compile(r"([^\s\d.,;:!?()]+)[ \u00a0]+$")


def scale_said_beside(ref: Atom, ver: Atom, lang: str) -> bool:
    """The version's figure in digits with a scale word of its language (CLDR's, its
    speller's) right before it, or starting the word right after it with an ending glued on
    ("12 ಸಾವಿರಕ್ಕೂ": more than 12 thousand; "1.2 bilyong": the linker glued; "mílíọ̀nù 500":
    500 million), where the figure times that scale is the reference's value exactly: the
    same number, its scale said in a form the reader does not take. Only in a language
    without a folder, only to match: another figure stays a change (`scale_maybe_unread`)."""
    from checker.facts.date_names import fold_accents
    from checker.facts.number_words import lexicon
    from checker.lang import has_folder

    if (ref.value <= ver.value or ver.value <= 0 or has_folder(lang)
            or any(c.isalpha() for c in ver.fact.text)):
        return False
    scales = {fold_accents(w): v for w, v in lexicon(lang).multipliers.items()
              if v >= 1000 and len(w) > 2 and " " not in w}
    if not any(math.isclose(ver.value * v, ref.value, rel_tol=1e-9) for v in scales.values()):
        return False
    text = ver.sentence.text
    after = _WHOLE_WORD_AFTER.match(text, ver.fact.end)
    if after is not None:
        word = fold_accents(after.group(1).lower())
        if any(word.startswith(w) and math.isclose(ver.value * v, ref.value, rel_tol=1e-9)
               for w, v in scales.items()):
            return True
    before = _WORD_BEFORE.search(text, 0, ver.fact.start)
    scale = scales.get(fold_accents(before.group(1).lower())) if before else None
    return scale is not None and math.isclose(ver.value * scale, ref.value, rel_tol=1e-9)
