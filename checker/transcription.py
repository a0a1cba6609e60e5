"""Names written by their sound in a script without capitals, compared with names in Latin
letters ("Trump" and the three Chinese characters te-lang-pu).

A language whose profile lists SOUND_CHARACTERS (checker/lang/<code>/names.py) writes
foreign names with characters chosen for their sound. Both sides are reduced to their
consonants in broad classes (p/b, t/d, k/g, f/v, s/z/sh/ch/j, l/r, m/n/ng, h, w, y; vowels
are left out: transcriptions change them freely) and aligned, with small costs for what a
transcription does to a name: a final r or an h dropped, a nasal final added, a t heard as
j or an h as x. A name that was a Chinese name to begin with ("Xi Jinping") is found
exactly, its pinyin against the characters' pinyin, syllable by syllable.

- `heard_in(name, lang, text, text_lang)`: is the name (in either script) in the other
  side's text, written by its sound?
- `heard_in_longer_run(name, sentence, lang, other_text)`: is a lost name of sound
  characters part of a longer transcription that the other side has?
Which runs of sound characters are names is checker/sound_runs.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from checker import other_readings as tables
from checker.lang.profile import profile
from checker.latin_candidates import LATIN_WORD, POSSESSIVE
from checker.latin_candidates import latin_candidates as _latin_candidates
from checker.readings import is_han, spellings
from checker.scripts import all_latin
from checker.sound_runs import sound_runs, sound_spans

if TYPE_CHECKING:
    from checker.model import Fact


# Latin letters (lower case, folded) to consonant classes, longest spelling first.
_LATIN_SPELLINGS = (
    ("sch", "S"), ("tch", "S"), ("sh", "S"), ("ch", "S"), ("zh", "S"), ("cz", "S"),
    ("sz", "S"), ("tz", "S"), ("ts", "S"), ("dz", "S"), ("dj", "S"), ("ph", "F"),
    ("th", "Θ"), ("kh", "H"), ("gh", "K"), ("wh", "W"), ("ck", "K"), ("qu", "K"),
    ("ng", "N"), ("x", "KS"), ("j", "S"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"),
    ("k", "K"), ("g", "K"), ("q", "K"), ("f", "F"), ("v", "F"), ("s", "S"), ("z", "S"),
    ("l", "L"), ("r", "L"), ("m", "N"), ("n", "N"), ("h", "H"), ("w", "W"),
)
_VOWELS = frozenset("aeiouy")
# Pinyin initials (the consonant a syllable starts with), longest first.
_PINYIN_INITIALS = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "N"), ("f", "F"),
    ("d", "T"), ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", "H"),
    ("j", "J"), ("q", "J"), ("x", "J"), ("r", "R"), ("z", "S"), ("c", "S"), ("s", "S"),
    ("y", "Y"), ("w", "W"),
)
# Classes a transcription confuses, and what confusing them costs (a match costs 0).
_RELATED = {
    frozenset("KS"): 0.5,  # ch as k ("Michael" mai-ke-er)
    frozenset("TS"): 0.5,
    # English th is written with t or s ("Smith" shi-mi-si).
    frozenset("ΘT"): 0.0,
    frozenset("ΘS"): 0.2,
    frozenset("ΘJ"): 0.3,
    # An r after a vowel, before a consonant or at the end, is an r where one is written.
    frozenset("ʀL"): 0.0,
    frozenset("ʀR"): 0.3,
    frozenset("HS"): 0.5,
    frozenset("HK"): 0.5,
    frozenset("FH"): 0.5,
    frozenset("WF"): 0.3,  # v as w ("Victor" wei-ke-tuo)
    frozenset("WH"): 0.5,  # "Whitmer" hui-te-mo
    frozenset("YS"): 0.5,  # "John" yue-han
    frozenset("WY"): 0.5,  # "Lewis" liu-yi-si
    frozenset("PF"): 0.5,
    # Pinyin r (its own class R) writes a French or Portuguese j ("Janeiro") as well as an r.
    frozenset("RS"): 0.3,
    frozenset("RL"): 0.3,
    # Pinyin j, q, x (their own class J) write k, g, ch, s and t before an i ("Keefe" ji-fu).
    frozenset("JK"): 0.3,
    frozenset("JS"): 0.3,
    frozenset("JT"): 0.3,
    frozenset("JH"): 0.5,
    frozenset("JY"): 0.5,
}
# A Latin consonant the transcription leaves out ("Miller" mi-le: the r).
# An r after a vowel and before a consonant or at the end (class ʀ) is seldom written
# ("Marcus" ma-ku-si).
_DROPPED = {"L": 0.4, "ʀ": 0.2, "H": 0.3, "Y": 0.3, "W": 0.5, "N": 0.5, "S": 0.7, "T": 0.7,
            "Θ": 0.7}
# A consonant the transcription adds (a nasal final, a glide before a vowel).
_ADDED = {"N": 0.5, "Y": 0.3, "W": 0.3, "H": 0.5, "L": 0.6}
_MAX_COST_PER_CONSONANT = 0.3
# A run heard with characters the table lacks (`heard_in_longer_run`) must match this closely.
_CLOSE_COST_PER_CONSONANT = 0.15
_MAX_EXTRA_UNITS = 3
_MAX_OTHER_CHARACTERS = 1


class HasKey(Protocol):
    """A word with a folded, lower-case Latin key (checker.compare.entities.Word)."""

    key: str


def latin_classes(key: str, labial_m: bool = False) -> str:
    """The consonant classes of a Latin key ("trump" -> "TLNP"); doubled letters count once,
    a y between consonants or at the end is a vowel, an r after a vowel and not before one
    is ʀ ("carter" -> "KʀTʀ"), a th is Θ. `labial_m`: an m is its own class M, not one
    with n (a script that spells by sound tells them apart: checker/spoken_names.py)."""
    word = re.sub(r"(.)\1", r"\1", key.lower())
    out: list[str] = []
    i = 0
    while i < len(word):
        if word[i] == "y" and (i + 1 == len(word) or word[i + 1] not in _VOWELS):
            i += 1
            continue
        if word[i] == "y":
            out.append("Y")
            i += 1
            continue
        if word.startswith("ng", i) and word[i + 2 : i + 3] in _VOWELS - {"y"}:
            out.append("NK")  # "Menga": n-g
            i += 2
            continue
        if word[i] == "r" and i and word[i - 1] in _VOWELS and word[i + 1 : i + 2] not in _VOWELS:
            out.append("ʀ")  # "Carter": an r after a vowel, not before one
            i += 1
            continue
        if word[i] == "c" and word[i + 1 : i + 2] not in ("h", "k", "z"):
            out.append("S" if word[i + 1 : i + 2] in ("e", "i", "y") else "K")
            i += 1
            continue
        for spelling, classes in _LATIN_SPELLINGS:
            if word.startswith(spelling, i):
                out.append("M" if labial_m and spelling == "m" else classes)
                i += len(spelling)
                break
        else:
            i += 1  # a vowel, or a letter no class has
    return "".join(out)


@lru_cache(maxsize=8192)
def romanised(char: str) -> str:
    """A character read to lower-case Latin letters (anyascii)."""
    from anyascii import anyascii

    return anyascii(char).lower()


@lru_cache(maxsize=8192)
def unit_classes(char: str) -> str:
    """The consonant classes of one character's sound: a Chinese syllable's initial and its
    nasal final ("lang" -> "LN"), "er" as an r; a kana's consonant."""
    roman = romanised(char)
    if not roman.isalpha():
        return ""
    if not is_han(char):
        return latin_classes(roman)
    if roman == "er":
        return "L"
    initial = next(((s, c) for s, c in _PINYIN_INITIALS if roman.startswith(s)), ("", ""))
    nasal = "N" if roman.endswith("n") or roman.endswith("ng") else ""
    return initial[1] + nasal


def _substitution(a: str, b: str, related: dict[frozenset[str], float] | None = None) -> float:
    return 0.0 if a == b else (related or _RELATED).get(frozenset((a, b)), 1.0)


def alignment_cost(name: str, heard: str,
                   related: dict[frozenset[str], float] | None = None,
                   dropped: dict[str, float] | None = None,
                   added: dict[str, float] | None = None) -> float:
    """The cost of hearing the consonant classes `name` as `heard` (both wholly); the
    costs of a related class, a class left out or one added are this module's tables
    unless given (a script that spells every word by sound: checker/spoken_names.py)."""
    related, dropped, added = related or _RELATED, dropped or _DROPPED, added or _ADDED
    drop_other = dropped.get("", 0.8)
    previous = [0.0]
    for c in heard:
        previous.append(previous[-1] + added.get(c, 1.0))
    for a in name:
        current = [previous[0] + dropped.get(a, drop_other)]
        for j, b in enumerate(heard, 1):
            current.append(
                min(
                    previous[j - 1] + _substitution(a, b, related),
                    previous[j] + dropped.get(a, drop_other),
                    current[j - 1] + added.get(b, 1.0),
                )
            )
        previous = current
    return previous[-1]


def _weight(classes: str) -> float:
    """How many consonants a name has, an r, h, w or y (often not written) counting half."""
    return sum(0.5 if c in "LʀHWY" else 1.0 for c in classes)


def _sounds_alike(name: str, heard: str, units: int,
                  per_consonant: float = _MAX_COST_PER_CONSONANT) -> bool:
    """Are the consonant classes of a name (`name`) and of `units` characters (`heard`)
    the same name, at a cost of at most `per_consonant` for each of the name's? Two
    consonants must be heard as two, nearly the same, in at most three characters; one
    never is."""
    if len(name) < 2 or len(heard) * 3 < _weight(name) * 2:
        return False  # at least two in three of the name's consonants must be heard
    heard = heard.replace("NN", "N")  # "fan-en": one n
    if len(name) == 2:
        core = heard.replace("Y", "").replace("W", "") if len(heard) > 2 else heard
        return len(core) == 2 and units <= 3 and alignment_cost(name, heard) <= 0.3 + 1e-9
    # A transcription keeps the name's first consonant; a glide may come before it where
    # the name starts with a vowel ("Arizona" ya-li-sang-na).
    first = heard[1] if heard[0] in "YW" and name[0] not in "YW" and len(heard) > 1 else heard[0]
    if min(_substitution(name[0], heard[0]), _substitution(name[0], first)) > 0.5 and (
        name[0] not in "HWY"
    ):
        return False
    # An ʀ, cheap to leave out, allows half as much as another consonant.
    allowed = per_consonant * (len(name) - name.count("ʀ") / 2)
    return alignment_cost(name, heard) <= allowed + 1e-9


_PINYIN_FOLD = (("zh", "s"), ("ch", "s"), ("sh", "s"), ("z", "s"), ("c", "s"), ("j", "s"),
                ("q", "s"), ("x", "s"), ("p", "b"), ("t", "d"), ("k", "g"))


def _fold_pinyin(spelling: str) -> str:
    """Pinyin with the initials a character read another way may have folded together:
    one character has several readings, and the romanisation gives one ("zhong"/"chong")."""
    for a, b in _PINYIN_FOLD:
        spelling = spelling.replace(a, b)
    return spelling


def _folded_readings(char: str, lang: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_fold_pinyin(r) for r in spellings(char, lang)))


def _spelled_from(target: str, chars: str, lang: str) -> bool:
    """Is `target` (folded pinyin) one reading of each of `chars` in turn, wholly?"""
    ends = {0}
    for char in chars:
        ends = {
            end + len(r)
            for end in ends
            for r in _folded_readings(char, lang)
            if r and target.startswith(r, end)
        }
        if not ends:
            return False
    return len(target) in ends


def _pinyin_found(key: str, text: str, lang: str) -> bool:
    """A name written in pinyin ("Jinping") that is the pinyin of characters of the text,
    syllable by syllable (any of a character's readings). One syllable alone only for a
    longer spelling ("Huang")."""
    if tables.heard_by_tables(key, text, lang):
        return True  # a Japanese or Korean name read in its own language ("Kishida")
    target = _fold_pinyin(key.replace(" ", "").replace("-", ""))
    if len(target) < 3:
        return False
    for k, char in enumerate(text):
        if not is_han(char):
            continue
        ends = {0}
        for m in range(k, len(text)):
            if not is_han(text[m]):
                break  # the characters must follow each other
            ends = {
                end + len(r)
                for end in ends
                for r in _folded_readings(text[m], lang)
                if r and target.startswith(r, end)
            }
            if not ends:
                break
            if len(target) in ends and (m > k or len(target) >= 4):
                return True
    return False


def _syllables(key: str) -> int:
    """The vowel groups of a Latin key, a final silent e not counted ("arun" 2,
    "marseille" 2): a transcription writes each with a character of its own."""
    groups = re.findall(r"[aeiouy]+", key.removesuffix("e") if len(key) > 3 else key)
    return len(groups)


def latin_name_heard(key: str, text: str, lang: str) -> bool:
    """Is the Latin name word `key` (a folded, lower-case key) written in `text`, of a
    language with sound characters, as pinyin or by its sound?"""
    if _pinyin_found(key, text, lang):
        return True
    if len(key) > 4 and key.endswith("s") and latin_name_heard(key[:-1], text, lang):
        return True  # an English plural's s is not written ("Rockies")
    return any(True for _ in _heard_windows(key, text, lang))


def _heard_windows(key: str, text: str, lang: str) -> Iterator[str]:
    """The consonant classes of each run of characters of `text` that the Latin name word
    `key` sounds like, as they come."""
    name = latin_classes(key)
    if len(name) < 2:
        return
    sound = profile(lang).names.sound_characters
    # A character writes one or two consonants, and one syllable at most.
    fewest = max(1, round(_weight(name) / 2), _syllables(key))
    for start, end in sound_spans(text, lang, any_letter=True):
        for i in range(start, end):
            heard, others = "", 0
            for j in range(i, min(end, i + len(name) + _MAX_EXTRA_UNITS)):
                heard += unit_classes(text[j])
                others += text[j] not in sound
                if others > _MAX_OTHER_CHARACTERS:
                    break  # a transcription uses the table's characters, all but one
                units = j - i + 1
                if units >= fewest and _sounds_alike(name, heard, units):
                    yield heard


def heard_cost(key: str, text: str, lang: str) -> float | None:
    """How closely the Latin name word `key` is heard at best in `text` (of a language with
    sound characters), as `latin_name_heard` hears it: the cost of the closest run per
    consonant of the name (0 for its pinyin); None where it is not heard. Of two names
    heard in one run, the closer is the one written there."""
    if _pinyin_found(key, text, lang):
        return 0.0
    name = latin_classes(key)
    costs = [alignment_cost(name, heard.replace("NN", "N")) / len(name)
             for heard in _heard_windows(key, text, lang)]
    if len(key) > 4 and key.endswith("s"):  # an English plural's s is not written
        singular = heard_cost(key[:-1], text, lang)
        costs += [singular] if singular is not None else []
    return min(costs) if costs else None


def _parts(name: str, lang: str) -> list[str]:
    joiners = profile(lang).names.name_joiners
    return [p for p in re.split(f"[{re.escape(joiners)}]", name) if p] if joiners else [name]


def _without_title(name: str, lang: str) -> str:
    """A surname without the honorific or withheld-given-name mark kept after it ("李先生",
    "王某": checker/facts/surname_names.py)."""
    names = profile(lang).names
    if names.anonymous_given and len(name) > 1 and name.endswith(names.anonymous_given):
        return name[: -len(names.anonymous_given)]
    for title in names.name_honorifics:
        if name.endswith(title) and len(name) > len(title):
            return name[: -len(title)]
    return name


def _plural(key: str) -> bool:
    """Does a Latin key end like an English plural ("oscars"; not "ross", "paris", "texas"
    and other names of five letters or fewer)?"""
    return len(key) > 5 and key.endswith("s") and not key.endswith(("ss", "us", "is"))


def _sound_name_in_latin(name: str, lang: str, text: str, loose: bool = True,
                         text_lang: str = "", joined: bool = True) -> bool:
    """Is the sound-written name in the Latin `text`: each part of two characters or more
    (parts split at joiners: first name and surname) heard as a word, or as two or three
    neighbouring words written apart ("Rio de Janeiro"; not `joined`: one word)? Of a
    `text_lang` text, no word that is never a name there (`_never_a_name`: "President",
    "Japanese") is heard."""
    # Capitalised words only: a name is one in Latin letters ("him" is no "John"); words
    # next to each other are also taken together.
    candidates = _latin_candidates(text, text_lang, joined)
    # An English plural's s is not written ("the Oscars", 奥斯卡).
    candidates += [w[:-1] for w in candidates if _plural(w)]
    names = [latin_classes(w) for w in candidates]
    # A saint's prefix ("圣马丁" St Martin's) is a word of its own, not the name's sound.
    prefixes = profile(lang).names.sound_name_prefixes
    parts = [_without_title(p, lang) for p in _parts(name, lang)]
    parts = [p.lstrip(prefixes) if len(p.lstrip(prefixes)) >= 2 else p for p in parts]
    long_parts = [p for p in parts if len(p) >= 2] or parts[-1:]
    # The last part (the surname), and each other part that sounds two consonants or more
    # (a first name is said in the other language too; "Emma" has too few to be heard).
    wanted = [p for p in long_parts[:-1] if _weight("".join(map(unit_classes, p))) >= 2]
    single = frozenset(_latin_candidates(text, text_lang, joined=False))
    single |= {w[:-1] for w in single if _plural(w)}
    return all(_part_in_latin(part, candidates, names, lang, loose, single)
               for part in [*wanted, long_parts[-1]])


def read_in_latin(name: str, lang: str, text: str) -> bool:
    """Is `name`, of a language with a table of character readings, written in the Latin
    `text` by the reading of its characters, as one word or two or three neighbouring
    capitalised words ("Chongqing", "Hei Longjiang")? No sound likeness: exact readings."""
    if not profile(lang).names.character_readings:
        return False
    target = "".join(c for c in name if is_han(c))
    if not target:
        return False
    return any(_spelled_from(_fold_pinyin(w.replace(" ", "")), target, lang)
               for w in _latin_candidates(text)) or tables.read_by_tables(target, text, lang)


def _part_in_latin(part: str, candidates: list[str], names: list[str], lang: str,
                   loose: bool = True, single: frozenset[str] | None = None) -> bool:
    """Is one part of a sound-written name one of the `candidates` (Latin keys, with their
    consonant classes `names`), by its pinyin or its sound? Not `loose`: the part whole,
    heard closely (`_CLOSE_COST_PER_CONSONANT`). `single`: the candidates that are one
    word (None: any)."""
    # A run may take in a character of the words around it ("让" let): one at either end
    # may be left out, but what is left of a name of three is two characters, which sound
    # like too many words loosely ("哈马" of "马哈马" like "Former"): heard closely then.
    # Two characters are heard by their sound in one word only, not in words run together
    # ("毛宁" in "Hua Chunying"); by their pinyin in two ("Mao Ning").
    cost = _MAX_COST_PER_CONSONANT if loose else _CLOSE_COST_PER_CONSONANT
    for piece in {part, part[1:], part[:-1]} if len(part) >= 3 and loose else {part}:
        heard = "".join(unit_classes(c) for c in piece)
        cut = piece != part and len(piece) < 3
        allowed = _CLOSE_COST_PER_CONSONANT if cut else cost
        if any(_spelled_from(_fold_pinyin(w), piece, lang)
               or ((len(piece) > 2 or single is None or w in single)
                   and not (cut and _weight(n) > len(piece))  # "帕尼" of "孔帕尼": no "Bayern"
                   and _sounds_alike(n, heard, len(piece), allowed))
               for w, n in zip(candidates, names, strict=True)):
            return True
    return False


def _longer_sound_run(start: int, end: int, text: str, lang: str) -> str:
    """The run of sound characters (and joiners between them) around `text[start:end]`;
    "" where nothing continues it. A name read otherwise (a CLDR name that starts with a
    word for "saint": "圣约翰斯") is continued only past its sound characters at either
    end ("圣约翰斯伯里", a longer name)."""
    names = profile(lang).names
    sound, joiners = names.sound_characters, names.name_joiners
    if not sound or not text[start:end]:
        return ""

    def continues(i: int) -> bool:  # a joiner only between two sound characters
        return 0 <= i < len(text) and (text[i] in sound or (
            text[i] in joiners and 0 < i < len(text) - 1
            and text[i - 1] in sound and text[i + 1] in sound))

    first, last = start, end
    while text[start] in sound and continues(first - 1):
        first -= 1
    while text[end - 1] in sound and continues(last):
        last += 1
    return text[first:last] if (first, last) != (start, end) else ""


def heard_in_longer_run(name: Fact, sentence: str, lang: str, other_text: str) -> bool:
    """Is the name `name` of `sentence` (a text of a language with sound characters),
    written wholly in sound characters that more of them continue there, part of a longer
    name written by sound that `other_text` (in Latin letters) has? A country or city
    inside a transcription ("马里" Mali at the start of a longer transcribed surname) is
    then no name of its own."""
    if not all_latin(other_text):
        return False
    run = _longer_sound_run(name.start, name.end, sentence, lang)
    if run and _sound_name_in_latin(run, lang, other_text):
        return True
    if name.kind != "initial":
        return False
    # A run of sound characters the table cut short: a transcription may use a character
    # the table lacks (one or two at either end); heard as one word ("人毛宁" is no "Hua
    # Chunying").
    # Not a character the language's segmenter (checker/segmenter.py) cuts into a word
    # with others outside the run: "人" of "发言人" (spokesman) before a name is no
    # character of it.
    from checker.segmenter import tagged_words

    words = tagged_words(sentence, lang)
    for before, after in ((1, 0), (0, 1), (1, 1), (2, 0), (0, 2)):
        first, last = name.start - before, name.end + after
        if first < 0 or last > len(sentence) or not all(
                is_han(c) for c in sentence[first:name.start] + sentence[name.end:last]):
            continue
        cuts = [cut for cut, taken in ((first, before), (last, after)) if taken]
        if any(s < cut < e for s, e, _, _ in words for cut in cuts):
            continue
        if _sound_name_in_latin(sentence[first:last], lang, other_text, loose=False,
                                joined=False):
            return True
    # Two runs the table split at one character it lacks ("米尔" + "济" + "约耶夫",
    # Mirziyoyev): the whole heard as one word.
    return any(_sound_name_in_latin(sentence[min(a, name.start):max(b, name.end)], lang,
                                    other_text, loose=False, joined=False)
               for a, b in sound_runs(sentence, lang)
               if a == name.end + 1 or b == name.start - 1)


def writes_by_sound(lang: str) -> bool:
    """Does the language write foreign names by their sound (it has SOUND_CHARACTERS)?"""
    return bool(profile(lang).names.sound_characters)


def heard_in(
    name: str, lang: str, text: str, text_lang: str, words: Sequence[HasKey] | None = None
) -> bool:
    """Is the name `name` (of language `lang`) in `text` (of `text_lang`), written by its
    sound in the other script: a Latin name in a text of a language with sound characters,
    or a sound-written name in a Latin text? False where neither applies. `words`: the
    Latin name's distinctive words (default: all its words); the last or most must be heard."""
    from checker.spoken_names import latin_name_said, spelled_by_sound, spoken_name_in_latin
    from checker.translit import key as latin_key

    if all_latin(name) and spelled_by_sound(text_lang):  # Hangul, Devanagari
        keys = [latin_key(w, lang) for w in LATIN_WORD.findall(name)] if words is None else [
            w.key for w in words]
        return latin_name_said(_with_surname(keys, name, lang), text, text_lang)
    if spelled_by_sound(lang) and not all_latin(name):
        return all_latin(text) and spoken_name_in_latin(name, lang, text, text_lang)
    if all_latin(name) and writes_by_sound(text_lang):
        if words is None:
            keys = [latin_key(w, lang) for w in LATIN_WORD.findall(name)]
        else:
            keys = [w.key for w in words]
        keys = [k for k in keys if len(k) >= 2]
        hits = [latin_name_heard(k, text, text_lang) for k in keys]
        return (bool(hits) and (hits[-1] or sum(hits) * 2 > len(hits))) or (
            tables.whole_heard_by_tables([latin_key(w, lang) for w in LATIN_WORD.findall(name)],
                                  text, text_lang))
    if writes_by_sound(lang) and not all_latin(name):
        return _sound_name_in_latin(name, lang, text, text_lang=text_lang) or (
            all_latin(text) and tables.read_by_tables(_without_title(name, lang), text, lang))
    return False


def _with_surname(keys: list[str], name: str, lang: str) -> list[str]:
    """The keys of a Latin name's distinctive words, and its last word's (a surname that is
    a common word too, "Macron", "Miller") after them where they lack it and it is no
    title: the script that spells by sound writes it as it sounds like any name."""
    from checker.translit import key as latin_key

    found = LATIN_WORD.findall(POSSESSIVE.sub("", name))
    last = latin_key(found[-1], lang) if found else ""
    if (not last or last in keys or len(last) < 3
            or last in profile(lang).names.person_titles):
        return keys
    return [*keys, last]


def heard_in_sound_name(name: Fact, lang: str, other_facts: Sequence[Fact],
                        other_lang: str) -> bool:
    """Is the Latin name `name` (a concept of the data: a country, a city) heard closely in
    one of the names `other_facts` of a language that writes names by sound, none of them a
    concept there: a country's name as a person's first name ("Jordan" in "乔丹·斯皮思"), a
    saint's ("St. Martin's" church, "圣马丁")? That name is said there, by sound."""
    if not writes_by_sound(other_lang) or not all_latin(name.text):
        return False
    # Three consonants at least: a short name ("Rome") sounds like too many names' parts.
    candidates = [w for w in _latin_candidates(name.text) if len(latin_classes(w)) >= 3]
    if not candidates:
        return False
    classes = [latin_classes(w) for w in candidates]
    prefixes = profile(other_lang).names.sound_name_prefixes
    # A whole part of the name (between joiners, less a saint's prefix) is the Latin
    # name, closely: not a character or two of it ("伦" of "沃伦" is no "Rome").
    return any(
        len(part) >= 2 and _part_in_latin(part, candidates, classes, other_lang, loose=False)
        for o in other_facts if o.category == "entity" and o.kind != "concept"
        for part in (p.lstrip(prefixes) for p in _parts(o.text, other_lang)))
