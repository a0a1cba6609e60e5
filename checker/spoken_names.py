"""Names in a script that spells every word by its sound (its profile's SPELLED_BY_SOUND:
Hangul, Devanagari), compared with names in Latin letters by their consonants.

Such a script has no capitals, but every word reads to Latin letters by rule (the
transliteration of checker/translit.py: "트럼프" teuleompeu, "ट्रंप" trmp), and a foreign
name is written as it sounds. Both sides are reduced to consonant classes and aligned as
checker/transcription.py does for Chinese (vowels left out: a transcription changes them
freely; p/b, t/d, k/g, f/v/p, s/z/sh/ch/j, l/r, m/n/ng), a word at a time: a Latin name's
word is said where a word of the text, with or without a case particle glued on
(ENDINGS), sounds like it, or two neighbouring words together ("로스앤젤레스" Los
Angeles is one word, "Yoon Suk Yeol" three).

- `spelled_by_sound(lang)`: does the language's script spell words by their sound?
- `latin_name_said(keys, text, lang)`: is a Latin name (its words' keys) said in `text`?
- `spoken_name_in_latin(name, lang, text)`: is a name of such a script in a Latin text?
- `sound_cost(key, word, lang)`: how far a Latin word is from a word of the script.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.lang.profile import profile
from checker.transcription import _sounds_alike, alignment_cost, latin_classes

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A word: what stands between spaces and punctuation (a Devanagari word's vowel signs and
# virama are no letters to `\w`).
_WORD = re.compile(r"[^\s\d,.;:!?\"'“”‘’()\[\]«»「」—–/-]+")
# The cost per consonant under which a Latin word is said by a word of the script
# (checker/transcription.py's own bound), and over which two names are surely apart.
SAID_COST = 0.3
APART_COST = 0.35


def spelled_by_sound(lang: str) -> bool:
    """Does the language's script spell every word by its sound (SPELLED_BY_SOUND)?"""
    return bool(lang) and profile(lang).names.spelled_by_sound


@lru_cache(maxsize=8192)
def forms(word: str, lang: str) -> tuple[str, ...]:
    """A word as written, and without a case particle glued onto its end (ENDINGS),
    at least two letters kept: "트럼프는" -> "트럼프"; "두바이" is also tried as "두바"."""
    out = [word]
    for particle in profile(lang).names.endings:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            out.append(word[: -len(particle)])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=8192)
def word_classes(word: str, lang: str) -> str:
    """The consonant classes of a word of the script, read to Latin letters by rule."""
    from checker.translit import key

    return latin_classes(key(word, lang).replace(" ", ""))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _said_by(name: str, heard: str, per_consonant: float = SAID_COST) -> bool:
    """Are the Latin classes `name` said by the classes `heard` of one word?"""
    if not name or not heard:
        return False
    if len(name) == 1:
        return heard == name
    return _sounds_alike(name, heard, len(name), per_consonant)


def _heard_words(text: str, lang: str) -> list[tuple[str, ...]]:
    """The consonant classes of each word of `text` in each of its forms; a function word
    of the language ("में" in, "से" from) none: it is no name, however it sounds."""
    function_words = profile(lang).names.function_words
    return [() if w in function_words else tuple(word_classes(f, lang) for f in forms(w, lang))
            for w in _words(text)]


def _key_said(name: str, heard: list[tuple[str, ...]], joined: bool = False) -> bool:
    """Is the Latin classes `name` said by a word of `heard`, or (`joined`: a name of
    several words run together) by two neighbouring ones?"""
    for i, options in enumerate(heard):
        if any(_said_by(name, h) for h in options):
            return True
        if joined and options and i + 1 < len(heard) and any(
                _said_by(name, options[0] + h) for h in heard[i + 1]):
            return True
    return False


def latin_name_said(keys: list[str], text: str, lang: str) -> bool:
    """Is a Latin name, the keys of its distinctive words (`keys`), said in `text` of a
    language whose script spells by sound: its last word (a surname), or more than half
    of its words, or all of them run together in one or two words ("Los Angeles")?"""
    keys = [k.replace(" ", "") for k in keys if len(k) >= 2]
    if not keys:
        return False
    heard = _heard_words(text, lang)
    hits = [_key_said(latin_classes(k), heard) for k in keys]
    if hits[-1] or sum(hits) * 2 > len(hits):
        return True
    return len(keys) > 1 and _key_said(latin_classes("".join(keys)), heard, joined=True)


def _latin_candidates(text: str) -> list[str]:
    from checker.transcription import _latin_candidates as candidates

    return candidates(text)


def spoken_name_in_latin(name: str, lang: str, text: str) -> bool:
    """Is the name `name`, of a script that spells by sound, in the Latin `text`: its last
    word (less a particle), or its words run together, said by a capitalised word of the
    text or two or three neighbouring ones ("Yoon Suk Yeol" for one word of three
    syllables)?"""
    words = _words(name)
    if not words:
        return False
    candidates = [latin_classes(c) for c in _latin_candidates(text)]
    last = [word_classes(f, lang) for f in forms(words[-1], lang)]
    if any(_said_by(c, h) for h in last for c in candidates):
        return True
    if len(words) == 1:
        return False
    # The words run together: against a candidate as long, closely ("Yoon Suk Yeol").
    whole = "".join(word_classes(w, lang) for w in words[:-1])
    return any(_said_by(c, whole + h, SAID_COST / 2) and abs(len(c) - len(whole + h)) <= 1
               for h in last for c in candidates)


def sound_cost(key: str, word: str, lang: str) -> float | None:
    """The cost per consonant of hearing the Latin word `key` as the word `word` of a script
    that spells by sound (its closest form); None where either has no consonant."""
    name = latin_classes(key.replace(" ", ""))
    costs = [alignment_cost(name, h) / len(name)
             for h in (word_classes(f, lang) for f in forms(word, lang)) if h and name]
    return min(costs) if costs else None


def sounds_apart(latin_key: str, word: str, lang: str) -> bool:
    """Are a Latin surname and a surname of a script that spells by sound surely two
    names: far apart in every way the script may write the Latin one?"""
    cost = sound_cost(latin_key, word, lang)
    return cost is not None and cost > APART_COST
