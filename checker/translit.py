"""Names written in any script, reduced to comparable Latin keys.

Three steps, each language blind (what differs by language is data in
`checker/lang/<code>/names.py`):

- `latin(text, lang)`: script transliteration to Latin (cyrtranslit with the
  language's own conventions where it has them, anyascii for every other script), after
  the language's letter groups are read as their sound (`names.LETTER_GROUPS`: Greek
  "Μπ" b, "ου" u);
- `key(text, lang)`: Latin, diacritics folded, lower case, only letters, digits and
  single spaces ("Erdoğan" -> "erdogan", "Приштина" -> "pristina");
- `stems(word, lang)`: the word and the forms left after removing the inflection the
  language's data lists (Turkish apostrophe suffixes, Slavic case endings, Albanian
  definite endings, German genitive -s, French elided articles, Arabic proclitics), and
  the word as it sounds where the language spells a sound otherwise
  (`names.SPOKEN_SPELLINGS`: English "Wright" rait);
- `skeleton(key)`: a rough phonetic spelling used by fuzzy matching, so that the
  transliteration conventions of different languages meet ("sh"/"š"/"ş" -> "s",
  "kh"/"h", "y"/"j"/"i", double letters).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.compiled_cache import cached_on_disk
from checker.compiled_patterns import character_class
from checker.lang.mutations import unmutated
from checker.lang.profile import profile
from checker.scripts import in_cyrillic_block

_NON_KEY = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


class _Table(dict):
    """A `str.translate` table that keeps every character it lacks as it is, and learns it:
    a plain dict raises an exception inside `translate` for each such character (all the
    letters of a Greek or Arabic word), which cost more than the translation itself."""

    def __missing__(self, code: int) -> int:
        self[code] = code
        return code


class _AsciiTable(dict):
    """anyascii as a `str.translate` table: it writes each character on its own (the
    string's ASCII is its characters' ASCII, one after another), so each character is
    asked once per process, not once per word."""

    def __missing__(self, code: int) -> str:
        from anyascii import anyascii

        ascii_form = self[code] = anyascii(chr(code))
        return ascii_form


_ASCII = _AsciiTable()


# Letters that NFKD does not decompose into a base letter plus a mark.
_FOLD_EXTRA = _Table(str.maketrans(
    {
        "ß": "ss",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "đ": "dj",
        "Đ": "Dj",
        "ł": "l",
        "Ł": "L",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "’": "'",
        "ʼ": "'",
        "`": "'",
    }
))


def latin(text: str, lang: str) -> str:
    """`text` in Latin letters, with the language's own transliteration where it has one."""
    if text.isascii():
        return text
    if "`" in text:  # the one ASCII character the steps change, and only in a text not ASCII
        return _latin_stepwise(text, lang)
    return _grouped(text, lang).translate(_latin_table(lang))


class _CharTable(dict):
    """A `str.translate` table that works a character out the first time it is asked (by
    `make(character, lang)`), so each character is read once per process and language."""

    def __init__(self, lang: str, make) -> None:
        super().__init__()
        self.lang = lang
        self.make = make

    def __missing__(self, code: int) -> str:
        out = self[code] = self.make(chr(code), self.lang)
        return out


@lru_cache(maxsize=64)
def _latin_table(lang: str) -> _CharTable:
    """`_latin_stepwise` a character at a time. Each of its steps maps one character at a
    time (translate tables, NFKD decomposition, combining marks dropped, anyascii), so a
    text's Latin is its characters' Latin, one after another; the Cyrillic step is taken
    only for a text with Cyrillic in it, and changes no other character. The steps leave
    ASCII as it is but for "`" (which `latin` reads step by step)."""
    return _CharTable(lang, _latin_of_letters)


def _latin_stepwise(text: str, lang: str) -> str:
    """`latin`, one step after the other over the whole text."""
    return _latin_of_letters(_grouped(text, lang), lang)


def _grouped(text: str, lang: str) -> str:
    """The text with the language's letter groups (`names.LETTER_GROUPS`) written as the
    Latin letters of their sound: the steps after it read one character at a time."""
    groups = _letter_groups(lang)
    if groups is None:
        return text
    pattern, sounds = groups
    text = unicodedata.normalize("NFD", text)  # an accent between two vowels parts them

    def sound(match: re.Match) -> str:
        out = sounds[match.lastgroup or ""]
        return out.capitalize() if match.group()[:1].isupper() else out

    return unicodedata.normalize("NFC", pattern.sub(sound, text))


@lru_cache(maxsize=64)
def _letter_groups(lang: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """One pattern of all the language's letter groups, longest and anchored first, each a
    named group, and the Latin of each name."""
    groups = profile(lang).names.letter_groups
    # A letter or an accent before or after: no word's start or end.
    return _group_pattern(groups, r"[\w\u0300-\u036f]") if groups else None


def _group_pattern(groups: dict[str, str], letter: str
                   ) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern of groups of letters ("^" before: at a word's start, "$" after: at its
    end, `letter` a character class of what a word is made of), longest and anchored
    first, each a named group, and what each name is replaced with."""
    ordered = sorted(groups.items(), key=lambda item: (-len(item[0].strip("^$")),
                                                       -len(item[0])))
    parts, sounds = [], {}
    for number, (spelt, sound) in enumerate(ordered):
        body = re.escape(unicodedata.normalize("NFD", spelt.strip("^$")))
        start = f"(?<!{letter})" if spelt.startswith("^") else ""
        end = f"(?!{letter})" if spelt.endswith("$") else ""
        # A diaeresis on the group's last letter makes it a letter of its own ("αϊ").
        parts.append(f"(?P<g{number}>{start}{body}{end}(?!\u0308))")
        sounds[f"g{number}"] = sound
    return re.compile("|".join(parts), re.IGNORECASE), sounds


def _latin_of_letters(text: str, lang: str) -> str:
    """`latin` of a text whose letter groups are already read: letter by letter."""
    if in_cyrillic_block(text):
        code = profile(lang).names.cyrtranslit
        if code:
            table = _cyrillic_to_latin(code)
            if table is not None:
                text = text.translate(table)
    if text.isascii():
        return text
    text = text.translate(_FOLD_EXTRA).translate(letter_variants(lang))
    folded = _without_combining(unicodedata.normalize("NFKD", text))
    if folded.isascii():
        return folded
    return folded.translate(_ASCII)


@lru_cache(maxsize=16)
def _cyrillic_to_latin(code: str) -> dict[int, str] | None:
    """`cyrtranslit.to_latin(text, code)` as a `str.translate` table: it maps one
    character at a time, each to its entry in the language's table (others kept), but
    copied the table and built the string a character at a time on every call. None where
    cyrtranslit keeps text as it is (no table for the language)."""
    from cyrtranslit.mapping import TRANSLIT_DICT

    entry = TRANSLIT_DICT.get(code.lower())
    if not entry or not entry["tolatin"]:
        return None
    return _Table({ord(c): latin for c, latin in entry["tolatin"].items() if len(c) == 1})


@lru_cache(maxsize=64)
def letter_variants(lang: str) -> dict[int, str]:
    """The language's letters written for one sound of a foreign name, each to the one
    that stands for them all (`names.LETTER_VARIANTS`), as a `str.translate` table."""
    return _Table(str.maketrans(dict(profile(lang).names.letter_variants)))


def fold(text: str) -> str:
    """Diacritics removed, Latin script kept: "Erdoğan" -> "Erdogan"."""
    text = text.translate(_FOLD_EXTRA)
    return _without_combining(unicodedata.normalize("NFKD", text))


def _without_combining(text: str) -> str:
    """`text` without the characters of a nonzero combining class (`unicodedata.combining`)."""
    if text.isascii():
        return text
    return _combining_pattern().sub("", text)


@lru_cache(maxsize=1)
@cached_on_disk("combining-class")  # a scan of every code point: once per installation
def _combining_pattern() -> re.Pattern:
    """Any character whose combining class is not zero (read back compiled)."""
    return re.compile(f"[{_combining_class_characters()}]")


def _combining_class_characters() -> str:
    """A character class body of every character whose combining class is not zero."""
    return character_class(unicodedata.combining)


@lru_cache(maxsize=65536)
def key(text: str, lang: str) -> str:
    """A lower-case Latin key: comparable across scripts and diacritics."""
    if text.isascii():
        if text.isalnum():
            return text.lower()  # most words: already Latin letters and digits alone
    elif "`" in text:
        return _key_stepwise(text, lang)  # see `latin`
    # Each character's part of the key, spaces between words made single.
    return " ".join(_grouped(text, lang).translate(_key_table(lang)).split())


def _key_stepwise(text: str, lang: str) -> str:
    """`key`, one step after the other over the whole text."""
    out = _latin_stepwise(text, lang).lower().replace("'", "").replace('"', "")
    out = _NON_KEY.sub(" ", out)
    return _SPACES.sub(" ", out).strip()


def _key_of_character(character: str, lang: str) -> str:
    """A character's part of a key: its Latin (`latin`) in lower case, without
    apostrophes and quotes (the gershayim of a Hebrew acronym), every character but a-z, 0-9
    and space a space."""
    out = _latin_of_letters(character, lang).lower().replace("'", "").replace('"', "")
    return "".join(c if c in _KEY_CHARACTERS else " " for c in out)


_KEY_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ")


@lru_cache(maxsize=64)
def _key_table(lang: str) -> _CharTable:
    """`_key_stepwise` a character at a time, as `_latin_table` is `latin`'s: what is not a
    letter or digit of the key becomes a space, and runs of spaces are made one by `key`."""
    return _CharTable(lang, _key_of_character)


def strip_affixes(word: str, lang: str) -> str:
    """The word without elided articles/proclitics before it and apostrophe suffixes after it:
    "Ankara'yı" -> "Ankara", "l'OTAN" -> "OTAN"."""
    word = word.replace("’", "'").replace("ʼ", "'")
    names = profile(lang).names
    lower = word.lower() if names.elisions else ""
    if lower.startswith(names.elisions):  # one test of them all first: most words have none
        for prefix in names.elisions:
            if lower.startswith(prefix) and len(word) > len(prefix) + 1:
                word = word[len(prefix) :]
                break
    if names.elided_before_capitals and word[:1].islower():
        word = _without_glued_prefix(word)
    if names.apostrophe_suffixes and "'" in word.strip("'"):
        head, _, tail = word.partition("'")
        if head and tail and tail[:1].islower():
            word = head
    return word


# The longest prefix of small letters glued before a capitalised name
GLUED_PREFIX = 3


def _without_glued_prefix(word: str) -> str:
    """A capitalised name without the small letters glued before it, an elided word with
    its apostrophe ("f'Moska": in Moscow; "d'Espanya") or a prefix of up to `GLUED_PREFIX`
    letters (Irish "bPáras", "hÉireann"; Zulu "neBrazil", with Brazil); any other word as
    it is (no capital after the prefix: "o'zbek", "f'xahar")."""
    for size in range(1, GLUED_PREFIX + 1):
        head = word[:size]
        if not head.isalpha() or not head.islower():
            return word
        rest = word[size + 1:] if word[size:size + 1] == "'" else word[size:]
        if rest[:1].isupper() and len(rest) >= 2 and rest[1:2].isalpha():
            return rest
    return word


@lru_cache(maxsize=65536)
def stems(word_key: str, lang: str) -> tuple[str, ...]:
    """The key and the stems left when one of the language's proclitic prefixes, initial
    mutations (`checker.lang.mutations`) or inflection endings is removed (keeping at least
    `MIN_STEM` letters): "beogradu" -> ("beogradu", "beograd", ...)."""
    prefixes, endings, min_stem = _stem_rules(lang)
    size = len(word_key)
    if size <= min_stem:
        return (word_key,)  # too short to lose a prefix or an ending (see below)
    out = [word_key]
    for length, same_length in prefixes:  # as the endings below
        if size - length >= min_stem and word_key[:length] in same_length:
            out.append(word_key[length:])
    # its base forms where the language mutates first letters ("chorcaigh" -> "corcaigh")
    out += [form for form in unmutated(word_key, lang, swaps=False) if len(form) >= min_stem]
    for base in tuple(out):  # the key and the key without each prefix
        # Longest ending first, as _ending_keys orders them; of one length, only one can
        # end the word: each length is one set lookup, not a test of every ending.
        longest = len(base) - min_stem
        for length, same_length in endings:
            if length <= longest and base[-length:] in same_length:
                out.append(base[:-length])
    out += [word_key[: -len(inflected)] + name for inflected, name in _ending_keys_changed(lang)
            if word_key.endswith(inflected) and size - len(inflected) + len(name) >= min_stem]
    if len(out) > 1 and (alternations := _alternation_keys(lang)):
        out += [v for stem in out[1:] for v in _alternated(stem, alternations)]
    if (spoken := _spoken_spellings(lang)) is not None:
        out += [form for stem in tuple(out) if (form := _spoken(stem, spoken)) != stem]
    if profile(lang).names.endings_by_known_prefix:
        from checker.glossary.known_prefixes import known_prefix

        if (name := known_prefix(word_key, lang)) is not None:
            out.append(name)  # "londresera" -> "londres"
    return (word_key,) if len(out) == 1 else tuple(dict.fromkeys(out))


def _spoken(word_key: str, spellings: tuple[re.Pattern, dict[str, str]]) -> str:
    """The key as it sounds: the language's SPOKEN_SPELLINGS replaced."""
    pattern, sounds = spellings
    return pattern.sub(lambda match: sounds[match.lastgroup or ""], word_key)


@lru_cache(maxsize=64)
def _spoken_spellings(lang: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """One pattern of the language's spoken spellings (as `_letter_groups`), on keys."""
    spellings = profile(lang).names.spoken_spellings
    return _group_pattern(spellings, r"[a-z0-9]") if spellings else None


_KEY_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=64)
def _alternation_keys(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's STEM_ALTERNATIONS as keys."""
    return tuple((key(a, lang), key(b, lang)) for a, b in profile(lang).names.stem_alternations)


@lru_cache(maxsize=64)
def _ending_keys_changed(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's ENDING_ALTERNATIONS as keys."""
    return tuple((key(a, lang), key(b, lang))
                 for a, b in profile(lang).names.ending_alternations.items())


def _alternated(stem: str, alternations: tuple[tuple[str, str], ...]) -> list[str]:
    """The stem with its last syllable's vowel as the name has it (STEM_ALTERNATIONS):
    "lvov" -> "lviv"; a dropped vowel put back between the last two consonants: "vidn" ->
    "viden"."""
    body = stem.rstrip("bcdfghjklmnpqrstvwxz")
    tail = stem[len(body):]
    out = []
    for inflected, name in alternations:
        if not tail:
            break
        if inflected and body.endswith(inflected) and body[: -len(inflected)]:
            out.append(body[: -len(inflected)] + name + tail)
        elif not inflected and len(tail) >= 2 and body:
            out.append(body + tail[:-1] + name + tail[-1])
    return out


@lru_cache(maxsize=64)
def _stem_rules(lang: str) -> tuple[tuple[tuple[int, frozenset[str]], ...],
                                    tuple[tuple[int, frozenset[str]], ...], int]:
    """What `stems` reads of the language, in one look-up per word: its proclitic and
    ending keys grouped by length, and `MIN_STEM`."""
    return _prefixes_by_length(lang), _endings_by_length(lang), profile(lang).names.min_stem


@lru_cache(maxsize=64)
def _prefixes_by_length(lang: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The proclitic keys (`_prefix_keys`) grouped by length, longest first."""
    return _by_length(_prefix_keys(lang))


@lru_cache(maxsize=64)
def _endings_by_length(lang: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The ending keys (`_ending_keys`) grouped by length, longest first."""
    return _by_length(_ending_keys(lang))


def _by_length(keys: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    by_length: dict[int, set[str]] = {}
    for k in keys:
        by_length.setdefault(len(k), set()).add(k)
    return tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))


@lru_cache(maxsize=64)
def _prefix_keys(lang: str) -> tuple[str, ...]:
    keys = {key(p, lang) for p in profile(lang).proclitics}
    return tuple(sorted((k for k in keys if k), key=len, reverse=True))


@lru_cache(maxsize=64)
def _ending_keys(lang: str) -> tuple[str, ...]:
    keys = {key(e, lang) for e in profile(lang).names.endings}
    return tuple(sorted((k for k in keys if k), key=len, reverse=True))


# Rough phonetic spelling: transliteration conventions of different languages meet.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("ow", "au"),  # English "ow" for "ау" (Lowden/Лауден)
    ("shch", "s"),
    ("tsch", "c"),
    ("sch", "s"),
    ("tch", "c"),
    ("dzh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("sh", "s"),
    ("ch", "c"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("cz", "c"),
    ("sz", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("gh", "g"),
    ("ck", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("ei", "i"),
    ("ea", "i"),
    # x, ks, kh and h stand for each other across transliterations (Техас/Texas).
    ("ks", "h"),
    ("x", "h"),
    ("q", "k"),
    ("c", "k"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
)


@lru_cache(maxsize=65536)
def skeleton(word_key: str) -> str:
    out = word_key
    for old, new in _SKELETON_RULES:
        out = out.replace(old, new)
    out = re.sub(r"(.)\1+", r"\1", out)  # double letters
    return out


_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=65536)
def consonants(word_key: str) -> str:
    """The consonant frame of a skeleton, first letter kept: "muhamad"/"mohamed" -> "mhmd"."""
    sk = skeleton(word_key)
    return sk[:1] + _VOWELS.sub("", sk[1:])
