"""Names written in a language's characters that the other side spells by another
language's reading of them: a Japanese name in kanji read in Japanese ("岸田" Kishida), a
Korean one in hanja read in Korean ("文在寅" Moon Jae-in), a Vietnamese one read in
Sino-Vietnamese ("阮" Nguyen), none of them the characters' Mandarin reading.

A language lists such tables (`names.OTHER_READINGS`: one text per reading system, entries
"characters=reading,reading", several forms of the characters split by "/"; an entry of
several characters is a name part read as one word, "田中" Tanaka). A name is read by one
table at a time, never by one table's reading of a character and another's of the next:
two people's names differ in one system as they do in their own language.

- `read_by_tables(chars, text, lang)`: is the name `chars` written in the Latin `text` by
  one table's readings, in its order or with its family name last (Japanese names in
  English)?
- `heard_by_tables(key, text, lang)`: is the Latin name word `key` one table's reading of
  characters that follow each other in `text`?
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.lang.profile import profile

Table = dict[str, tuple[str, ...]]


class _ReadingTable(dict):
    """A table of readings that knows its longest entry (read once per name otherwise)."""

    longest: int = 1
# A name part of one character read alone must spell this many letters at least in a
# text: a short reading of a common character ("mi", "ko") is part of too many words.
_FEWEST_LETTERS_ALONE = 4
# Characters of a name that may be lost before it where the text's extent of the name
# missed them (a family name of two characters the surname list lacks): letters of the
# Latin name left over before its reading, at most.
_MOST_LETTERS_BEFORE = 5


def fold(latin: str) -> str:
    """A Latin spelling to compare: lower case, letters only, no diacritics; a long vowel
    spelt "oh", "ou" (before a consonant or at the end) or "uu" as one vowel ("Ohtani",
    "Satou")."""
    plain = unicodedata.normalize("NFD", latin.lower().replace("đ", "d"))
    plain = "".join(c for c in plain if "a" <= c <= "z")
    plain = re.sub(r"o[hu](?![aeiouy])", "o", plain)
    return plain.replace("uu", "u")


@lru_cache(maxsize=16)
def _tables(lang: str) -> tuple[Table, ...]:
    tables = []
    for text in profile(lang).names.other_readings:
        table: dict[str, dict[str, None]] = {}
        for entry in text.split():
            forms, _, readings = entry.partition("=")
            folded = [fold(r) for r in readings.split(",") if fold(r)]
            for form in forms.split("/"):
                table.setdefault(form, {}).update(dict.fromkeys(folded))
        built = _ReadingTable((form, tuple(found)) for form, found in table.items())
        built.longest = max(map(len, built), default=1)
        tables.append(built)
    return tuple(tables)


def _longest_entry(table: Table) -> int:
    if isinstance(table, _ReadingTable):
        return table.longest
    return max(map(len, table), default=1)


def _ends(target: str, chars: str, table: Table, starts: set[int]) -> set[int]:
    """Where in `target` a reading of all of `chars` (one table's, entries of one or more
    characters) can end, started at one of `starts`."""
    longest = _longest_entry(table)
    at = {0: set(starts)}  # characters read -> positions in target
    for i in range(len(chars)):
        for pos in at.get(i, set()):
            for n in range(1, min(longest, len(chars) - i) + 1):
                for reading in table.get(chars[i:i + n], ()):
                    if target.startswith(reading, pos):
                        at.setdefault(i + n, set()).add(pos + len(reading))
    return at.get(len(chars), set())


def spelled_by(chars: str, target: str, table: Table, lost_before: bool = False) -> bool:
    """Is the folded Latin `target` a reading of `chars` by `table`, wholly (`lost_before`:
    or its end, after a few letters: a character lost before the name)?"""
    starts = {0}
    if lost_before and len(chars) >= 2:
        starts |= set(range(1, min(_MOST_LETTERS_BEFORE, len(target) - 1) + 1))
    return len(target) in _ends(target, chars, table, starts)


def _orders(words: list[str]) -> list[str]:
    """The Latin name words of a text, one to three neighbouring ones, in their order and
    with the last first (a family name written last in English: "Fumio Kishida")."""
    found = []
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            found.append("".join(run))
            if n > 1:
                found.append("".join([run[-1], *run[:-1]]))
    return list(dict.fromkeys(found))


def read_by_tables(chars: str, text: str, lang: str) -> bool:
    """Is the name `chars` (characters only) written in the Latin `text` by one of the
    language's other tables of readings (see the module)? Its first character or two may
    be missing in `chars` (an extent cut short), but two characters at least are read."""
    from checker.latin_candidates import latin_candidates

    tables = _tables(lang)
    if not tables or not chars:
        return False
    words = [fold(w) for w in latin_candidates(text, joined=False)]
    targets = [t for t in _orders([w for w in words if w]) if len(t) >= 2]
    return any(spelled_by(chars, t, table, lost_before=len(chars) >= 2)
               for table in tables for t in targets)


def heard_by_tables(key: str, text: str, lang: str) -> bool:
    """Is the Latin name word `key` one table's reading of characters that follow each
    other in `text`: two or more, or one whose reading has `_FEWEST_LETTERS_ALONE` letters
    ("Kishida" in "岸田文雄", "Park" in "朴")?"""
    tables = _tables(lang)
    target = fold(key)
    if not tables or len(target) < 2:
        return False
    runs = re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]+", text)
    for table in tables:
        for run in runs:
            for i in range(len(run)):
                for j in range(i + 1, min(len(run), i + 4) + 1):
                    if j - i == 1 and len(target) < _FEWEST_LETTERS_ALONE:
                        continue
                    if spelled_by(run[i:j], target, table):
                        return True
    return False



def whole_heard_by_tables(keys: list[str], text: str, lang: str) -> bool:
    """Are the last two or more of a Latin name's words (`keys`), run together in their
    order or with the last first, one table's reading of characters of `text` ("Yoon
    Suk" of "尹锡悦", a hyphenated given name cut; "Abe Shinzo")?"""
    return any(heard_by_tables("".join(k), text, lang)
               for i in range(len(keys) - 1)
               for k in (keys[i:], keys[-1:] + keys[i:-1]))

def _family_parts(chars: str, table: Table) -> list[tuple[str, str]]:
    """The ways `chars` splits into a family name the table reads (two characters or one)
    and a given name whose every character it reads."""
    found = []
    for n in (2, 1):
        family, given = chars[:n], chars[n:]
        if family in table and given and all(c in table for c in given):
            found.append((family, given))
    return found


def family_read_apart(chars: str, latin_words: list[str], lang: str,
                      own_readings: tuple[str, ...] = ()) -> bool:
    """Is the name `chars` (a family name and a given name that one of the language's other
    tables reads wholly: a Japanese, Korean or Vietnamese name) surely not the Latin name
    of `latin_words`: no word of it is a reading of the family name by any table, nor one
    of `own_readings` (the language's own readings of it: pinyin, other romanisations)?"""
    tables = _tables(lang)
    words = {fold(w) for w in latin_words} - {""}
    if not words or not 2 <= len(chars) <= 4:
        return False
    # A table that reads the name wholly and spells every word of the Latin name: both are
    # names of its language ("钟万学" read in Vietnamese is no "Basuki Tjahaja Purnama").
    tables = tuple(t for t in tables if _family_parts(chars, t)
                   and all(_spelled_by_readings(w, t) for w in words))
    families = [family for table in tables for family, _ in _family_parts(chars, table)]
    if not families:
        return False
    readings = {fold(r) for r in own_readings}
    for family in {f for fam in families for f in (fam, fam[:1])}:
        for table in tables:
            readings |= set(table.get(family, ()))
    return not any(w.startswith(r) or r.startswith(w) for w in words for r in readings if r)


def _spelled_by_readings(word: str, table: Table, most: int = 3) -> bool:
    """Is the folded Latin `word` a run of at most `most` readings of `table`?"""
    readings = {r for found in table.values() for r in found}
    fewest = {0: 0}
    for i in range(1, len(word) + 1):
        counts = [fewest[j] + 1 for j in range(max(0, i - 9), i)
                  if j in fewest and word[j:i] in readings]
        if counts:
            fewest[i] = min(counts)
    return fewest.get(len(word), most + 1) <= most


def _has_table_name(text: str, table: Table, family_names: frozenset[str]) -> bool:
    """Does `text` have a name the table reads: a family name (an entry of several
    characters, one of `family_names` the table reads, or a character it reads with four
    letters or more, "菅" Suga) and characters the table reads after it: one after a
    family name of several characters, two after one of one character (a given name)?"""
    for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]+", text):
        for i in range(len(run)):
            for n in (3, 2, 1):
                family = run[i:i + n]
                if len(family) < n or family not in table or (
                        n == 1 and family not in family_names
                        and max(map(len, table[family])) < _FEWEST_LETTERS_ALONE):
                    continue
                given = run[i + n:i + n + (1 if n > 1 else 2)]
                if given and len(given) == (1 if n > 1 else 2) and all(c in table for c in given):
                    return True
    return False


def _read_in(word: str, text: str, table: Table) -> bool:
    """Is the folded Latin `word` the table's reading of a character of `text`, or of
    characters that follow each other there?"""
    return any(word in table.get(c, ()) for c in set(text)) or any(
        spelled_by(run[i:j], word, table)
        for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]+", text)
        for i in range(len(run)) for j in range(i + 2, min(len(run), i + 4) + 1))


def latin_name_words(name: str, lang: str) -> list[str]:
    """The capitalised words of a Latin person's name after its last title or demonym
    ("South Korean President Yoon Suk-yeol" -> Yoon, Suk-yeol)."""
    from checker.facts.wordlists import is_demonym
    from checker.latin_candidates import LATIN_WORD

    titles = profile(lang).names.person_titles
    words: list[str] = []
    for word in LATIN_WORD.findall(name):
        if word.lower().rstrip(".") in titles or is_demonym(word.lower(), lang):
            words = []
        elif word[:1].isupper():
            words.append(word)
    return words


def unheard_name_of_tables(name: str, name_lang: str, text: str, lang: str) -> bool:
    """Is the Latin person's name `name` (of `name_lang`: two words or more, titles left
    out), not heard in `text` (of `lang`), a name of one of the language's other tables
    (each word a run of its readings: "Yoshihide Suga"), where `text` names someone that
    table reads ("安倍晋三")? The text would write that name in characters the table
    reads: another person is named there."""
    if not text or not name_lang or not all(c.isascii() or not c.isalpha() for c in name):
        return False
    from checker.readings import of_syllables

    words = [fold(w) for w in latin_name_words(name, name_lang)]
    if len(words) < 2 or not all(words):
        return False
    if all(of_syllables(w, lang, most=2, respelled=True) for w in words):
        return False  # the language's own reading ("Hou You-yi"): a name of its own
    names = profile(lang).names
    family_names = frozenset(names.surnames) | frozenset(names.surname_spellings)
    if any(_read_in(w, text, table) for w in words for table in _tables(lang)):
        return False  # a part of the name is there: a reading the table lacks for the rest
    return any(all(_spelled_by_readings(w, table) for w in words)
               and _has_table_name(text, table, family_names)
               for table in _tables(lang))
