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
import unicodedata
from functools import lru_cache

from checker import transcription
from checker.lang.profile import profile
from checker.latin_candidates import LATIN_WORD
from checker.transcription import latin_classes, romanised

# A word: what stands between spaces and punctuation (a Devanagari word's vowel signs and
# virama are no letters to `\w`).
_WORD = re.compile(r"[^\s\d,.;:!?\"'“”‘’()\[\]«»「」—–/-]+")
# The cost per consonant under which a Latin word is said by a word of the script (under
# checker/transcription.py's bound for Chinese: such a script writes every consonant), and
# over which two surnames are surely apart; between the two, unsure.
SAID_COST = 0.25
SHORT_SAID_COST = 0.3  # a name of two consonants: either related to what is written
_MARKS = ("Mn", "Mc")
# A name's first consonant is kept: written as another, at most this close ("Javier" as
# "하비에르" is a Spanish j, but "Gabriel" is no "하비에르").
_FIRST_COST = 0.3
APART_COST = 0.3


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


# A class of sounds (checker/transcription.py's consonant classes) and how the word opens:
# "v" with a vowel, "h" with an h, w or y (left unwritten or written as a vowel), "c"
# with another consonant.
Sound = tuple[str, str]


def _opening(latin_key: str) -> str:
    first = latin_key[:1]
    return "v" if first in "aeiou" else "h" if first in "hwy" else "c"


@lru_cache(maxsize=8192)
def word_sound(word: str, lang: str) -> Sound:
    """The consonant classes of a word of the script, read to Latin letters by rule, and
    how it opens (`Sound`)."""
    from checker.translit import key

    # A nasal written as a mark over a letter (a Devanagari anusvara, "ट्रंप") is an n
    # before most consonants and at a word's end ("मैक्रों" Macron), whatever Latin
    # letter the transliteration gives it.
    word = "".join("n" if unicodedata.category(c) in _MARKS and romanised(c) == "m" else c
                   for c in word)
    latin = key(word, lang).replace(" ", "")
    return _classes(latin), _opening(latin)


def word_classes(word: str, lang: str) -> str:
    """The consonant classes of a word of the script (`word_sound`)."""
    return word_sound(word, lang)[0]


def latin_sound(latin_key: str) -> Sound:
    """A Latin key's consonant classes and how it opens (`Sound`)."""
    latin_key = latin_key.replace(" ", "")
    return _classes(latin_key), _opening(latin_key)


def _classes(latin_key: str) -> str:
    """A Latin key's consonant classes, m apart from n (both scripts tell them apart)."""
    return latin_classes(latin_key, labial_m=True)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


# Sounds such a script writes with one letter for another, and what that costs (others:
# checker/transcription.py's table): an f as p or ph ("올라프" Olaf), a v as b or w.
_RELATED = {**transcription._RELATED, frozenset("PF"): 0.1, frozenset("WF"): 0.2,
            frozenset("WP"): 0.3}
# Such a script writes nearly every consonant of a name: one left out costs more than in
# Chinese ("": any other), but an r after a vowel (non-rhotic English: "스타머" Starmer),
# an h, w or y seldom heard, an l or n may be. Added: a glide, an h, a nasal.
_DROPPED = {"ʀ": 0.2, "H": 0.3, "Y": 0.3, "W": 0.4, "L": 0.6, "N": 0.6, "": 1.0}
_ADDED = {"Y": 0.3, "W": 0.3, "H": 0.5, "N": 0.6, "L": 0.6}


def _said_by(name: Sound, heard: Sound, per_consonant: float = SAID_COST) -> bool:
    """Is the Latin name word `name` said by the word `heard`: both open alike (a vowel
    for a vowel; an h, w or y for either), their consonant classes aligned at a cost of at
    most `per_consonant` for each of the name's, the first kept, two in three heard?"""
    (classes, opens), (said, said_opens) = name, heard
    if not classes or not said:
        return False
    if "h" not in (opens, said_opens) and opens != said_opens:
        return False  # "Morrison" is no "앤서니" (Anthony), "Draghi" no "이탈리아"
    if len(classes) == 1:
        return said == classes
    if len(said) * 3 < transcription._weight(classes) * 2:
        return False  # at least two in three of the name's consonants must be heard
    cost = transcription.alignment_cost(classes, said, _RELATED, _DROPPED, _ADDED)
    if len(classes) == 2:
        return len(said) <= 3 and cost <= SHORT_SAID_COST + 1e-9
    if classes[0] not in "HWY" and transcription._substitution(
            classes[0], said[0], _RELATED) > _FIRST_COST:
        return False  # a transcription keeps the name's first consonant
    allowed = per_consonant * (len(classes) - classes.count("ʀ") / 2)
    return cost <= allowed + 1e-9


def _heard_words(text: str, lang: str) -> list[tuple[Sound, ...]]:
    """The sound of each word of `text` in each of its forms; a function word of the
    language ("में" in, "से" from) or a title ("박사" doctor, "씨") none: it is no name,
    however it sounds."""
    names = profile(lang).names
    never = names.function_words | names.titles_after | names.person_titles
    out = []
    for w in _words(text):
        bare = [w[: -len(p)] for p in names.endings if w.endswith(p) and len(w) > len(p)]
        out.append(() if w in never or any(b in never for b in bare)
                   else tuple(word_sound(f, lang) for f in forms(w, lang)))
    return out


def _joined(a: Sound, b: Sound) -> Sound:
    return a[0] + b[0], a[1]


def _key_said(name: Sound, heard: list[tuple[Sound, ...]], joined: bool = False) -> bool:
    """Is the Latin name word `name` said by a word of `heard`, or (`joined`: a name of
    several words run together) by two neighbouring ones?"""
    for i, options in enumerate(heard):
        if any(_said_by(name, h) for h in options):
            return True
        if joined and options and i + 1 < len(heard) and any(
                _said_by(name, _joined(options[0], h)) for h in heard[i + 1]):
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
    hits = [_key_said(latin_sound(k), heard) for k in keys]
    if hits[-1] or sum(hits) * 2 > len(hits):
        return True
    return len(keys) > 1 and _key_said(latin_sound("".join(keys)), heard, joined=True)


def _latin_candidates(text: str, text_lang: str = "") -> list[str]:
    """The keys of the capitalised words of a Latin text, alone and two or three
    neighbouring ones together (checker/transcription.py), its language's titles left
    out: "Senator" is no part of a name ("Senator Chuck" is no "सैंडर्स")."""
    from checker.transcription import _latin_candidates as candidates

    titles = profile(text_lang).names.person_titles if text_lang else frozenset()
    if titles:
        text = LATIN_WORD.sub(
            lambda m: ";" * len(m.group()) if m.group().lower().rstrip(".") in titles
            else m.group(), text)
    return candidates(text)


def spoken_name_in_latin(name: str, lang: str, text: str, text_lang: str = "") -> bool:
    """Is the name `name`, of a script that spells by sound, in the Latin `text`: its last
    word (less a particle) said by a capitalised word of the text or two or three
    neighbouring ones, or its words run together said closely by as many ("Yoon Suk
    Yeol" for one word of three syllables)?"""
    words = _words(name)
    if not words:
        return False
    candidates = [latin_sound(c) for c in _latin_candidates(text, text_lang)]
    last = [word_sound(f, lang) for f in forms(words[-1], lang)]
    if any(_said_by(c, h) for h in last for c in candidates):
        return True
    if len(words) == 1:
        return False
    whole = word_sound(words[0], lang)
    for w in words[1:-1]:
        whole = _joined(whole, word_sound(w, lang))
    return any(_said_by(c, _joined(whole, h), SAID_COST / 2)
               and abs(len(c[0]) - len(whole[0] + h[0])) <= 1
               for h in last for c in candidates)


def sound_cost(key: str, word: str, lang: str) -> float | None:
    """The cost per consonant of hearing the Latin word `key` as the word `word` of a script
    that spells by sound (its closest form); None where either has no consonant."""
    name = _classes(key.replace(" ", ""))
    costs = [transcription.alignment_cost(name, h, _RELATED, _DROPPED, _ADDED) / len(name)
             for h in (word_classes(f, lang) for f in forms(word, lang)) if h and name]
    return min(costs) if costs else None


def sounds_apart(latin_key: str, word: str, lang: str) -> bool:
    """Are a Latin surname and a surname of a script that spells by sound surely two
    names: far apart in every way the script may write the Latin one?"""
    cost = sound_cost(latin_key, word, lang)
    return cost is not None and cost > APART_COST
