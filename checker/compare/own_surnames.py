"""A person of a language written without spaces (Chinese) whom the other side names in
Latin letters otherwise than by the reading of the characters: by an English given name
("Lawrence Wong" for 黄循财, "Jensen Huang" for 黄仁勋), in another romanisation
(Cantonese "Andy Lau" for 刘德华, "Leung Chun-ying"), or by the surname alone in a second
mention ("Li" for 李强). The surname tells the person: its readings and the spellings the
language's data gives it (`names.SURNAME_SPELLINGS`: "wong" for 黄).

A name of the other side that is such a person's is that person's: neither is reported
missing or added. The rest of the Latin name must then be no pinyin, unless the surname is
spelt otherwise than by its reading: "Li Keqiang" is another person than 李强, "Lawrence
Wong" is 黄循财 (a given name in pinyin that is not the characters' is another person's).
"""

from __future__ import annotations

import re

from checker.facts.wordlists import is_demonym
from checker.lang.profile import profile
from checker.model import Fact, Sentence
from checker.readings import of_syllables, spellings
from checker.transcription import read_in_latin
from checker.translit import key

Pairs = list[tuple[Fact, Sentence]]
_LONGEST_NAME = 4  # characters of a person's name: a surname of two and a given name of two


def _surname_spellings(name: str, lang: str) -> tuple[dict[str, bool], str] | None:
    """The Latin spellings of the surname `name` starts with, each with whether it is a
    reading of its characters (pinyin or its respellings), and the given name after it;
    None for no surname of the data and a given name of one or two characters."""
    names = profile(lang).names
    for cut in (2, 1):
        surname, given = name[:cut], name[cut:]
        if surname not in names.surnames and surname not in names.surname_spellings:
            continue
        if not 1 <= len(given) <= 2:
            return None
        read = {""}
        for char in surname:
            read = {r + s for r in read for s in spellings(char, lang)}
        found = {spelling: True for spelling in read if spelling}
        other = names.surname_spellings.get(surname, "")
        found |= {s: False for s in other.split(",") if s and s not in found}
        return found, given
    return None


_HYPHENATED_TAIL = re.compile(r"(?:-[a-z]+)+")
# A capitalised word right before a name, which its extent may have left out (a surname
# that starts the sentence, taken for a common word: "Lee" of "Lee Teng-hui was born").
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _latin_words(fact: Fact, lang: str, sentence: Sentence | None) -> list[str]:
    """The words of a Latin name after its last title or demonym ("Singaporean Prime
    Minister Lawrence Wong" -> lawrence, wong), hyphenated parts joined by a hyphen, with the
    lower-case part after a hyphen ("Kai-shek") and the capitalised word before it that the
    name's extent may have left out."""
    titles = profile(lang).names.person_titles
    text = fact.text
    if sentence is not None and sentence.text[fact.start:fact.end] == text:
        tail = _HYPHENATED_TAIL.match(sentence.text, fact.end)
        text += tail.group() if tail else ""
        head = _WORD_BEFORE.search(sentence.text, 0, fact.start)
        text = (head.group(1) + " " if head else "") + text
    words: list[str] = []
    for word in text.replace("’", "'").split():
        bare = word.split("'")[0]
        k = key(bare, lang).replace(" ", "-" if "-" in bare else "")
        if not k:
            continue
        if k in titles or bare.lower() in titles or is_demonym(k, lang):
            words = []
        else:
            words.append(k)
    return words


def _romanised_given(word: str, lang: str) -> bool:
    """Is a word of a Latin name a given name romanised from the characters' readings:
    one or two syllables of pinyin, or of Wade-Giles where hyphenated as it writes them
    ("Ching-kuo"; "Jensen" is no "jen-sen")?"""
    return of_syllables(word.replace("-", ""), lang, respelled="-" in word)


def named_by_surname(person: Fact, lang: str, name: Fact, name_lang: str,
                     sentence: Sentence | None = None) -> bool:
    """Is the Latin `name` (of `name_lang`, in `sentence`) the person `person` (of `lang`),
    by its surname (see the module)?"""
    text = person.text
    if not 2 <= len(text) <= _LONGEST_NAME or not all(c.isalpha() and not c.isascii()
                                                      for c in text):
        return False
    found = _surname_spellings(text, lang)
    words = _latin_words(name, name_lang, sentence)
    if found is None or not words or not name.text[:1].isupper():
        return False
    spelled, given = found
    words = [w.replace("-", "") if w.replace("-", "") in spelled else w for w in words]
    for at, word in enumerate(words):
        if word not in spelled:
            continue
        # The given name after the surname ("Ho Iat-seng"), or before a surname that ends
        # the name ("Carrie Lam"); a title the data lacks may come first ("Chief
        # Executive Ho Iat-seng").
        rest = words[at + 1:] or words[max(0, at - 1):at]
        if not rest or not spelled[word] or not any(_romanised_given(w, lang) for w in rest):
            return True
        if read_in_latin(given, lang, "".join(rest).replace("-", "").capitalize()):
            return True  # the given name first, in pinyin: "Yiming Zhang"
    return False


def own_surname_pairs(lost: Pairs, added: Pairs, lost_lang: str, added_lang: str,
                      other_side: Pairs = ()) -> tuple[Pairs, Pairs]:
    """The names `lost` and `added` less each person of a language with surname spellings
    (`lost_lang`) and a Latin name of the other side that is that person's (by the
    surname: `named_by_surname`), one for one; a person is not lost either where another
    name of the other side (`other_side`, matched to nothing of its own here) is that
    person's ("Jack Ma", whose "Ma" the reading of another character took)."""
    if not profile(lost_lang).names.surname_spellings or not lost:
        return lost, added
    kept_lost, kept_added = [], list(added)
    for pair in lost:
        if pair[0].kind == "concept":
            kept_lost.append(pair)
            continue
        partner = next((a for a in kept_added
                        if named_by_surname(pair[0], lost_lang, a[0], added_lang, a[1])), None)
        if partner is not None:
            kept_added.remove(partner)
        elif not any(o[0].category == "entity" and o[0].kind != "concept"
                     and named_by_surname(pair[0], lost_lang, o[0], added_lang, o[1])
                     for o in other_side):
            kept_lost.append(pair)
    return kept_lost, kept_added
