"""The words of a Latin text that may write a name another script writes by its sound
(checker/transcription.py): its capitalised words, alone and two or three neighbouring ones
together, less the words that are never a name in the text's language (a title, a function
word, a demonym before a title: "President", "the Japanese prime minister")."""

from __future__ import annotations

import re

from checker.lang.profile import profile

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
POSSESSIVE = re.compile(r"['’]s?$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def latin_candidates(text: str, text_lang: str = "", joined: bool = True) -> list[str]:
    """The keys of the capitalised words of a Latin text, alone and two or three
    neighbouring ones together (not `joined`: alone only); of a `text_lang` text, not
    the words that are never a name there (`_never_a_name`), which break a run like a
    lower-case word."""
    from checker.translit import key as latin_key

    found = [m for m in LATIN_WORD.finditer(text) if m.group()[:1].isupper()
             and not (text_lang and _never_a_name(m.group(), text_lang,
                                                  _before_name(text, m.end(), text_lang)))]
    runs: list[list[str]] = []
    for m, previous in zip(found, [None, *found], strict=False):  # each with the one before
        key = latin_key(POSSESSIVE.sub("", m.group()), "und")  # "Morgan's": Morgan
        # A letter alone ("X-Ray", "J. Smith") is said by its name, not its sound.
        key = " ".join(part for part in key.split() if len(part) > 1)
        if not key:
            continue
        if previous is None or text[previous.end() : m.start()].strip(" -") or not runs:
            runs.append([])
        runs[-1].append(key)
    return [
        "".join(run[i : i + n]) for run in runs for n in ((1, 2, 3) if joined else (1,))
        for i in range(len(run) - n + 1)
    ]


def _before_name(text: str, end: int, lang: str) -> bool:
    """Is the word ending at `end` followed by a capitalised word or a title ("the Japanese
    prime minister")?"""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and (m.group(1)[0].isupper()
                        or m.group(1).lower() in profile(lang).names.person_titles)


def _never_a_name(word: str, lang: str, before_capital: bool) -> bool:
    """A capitalised word of a Latin text of `lang` that writes no transcribed name: a
    title ("President", "Prime", "Mayor"), a word that makes a name an organisation's
    ("University", "Company"), a function word or a month's name, and a
    demonym or a language's name before a capitalised word or a title ("Japanese Prime
    Minister", "the Japanese prime minister"; a surname may be one: "Albanese said").
    Its sound is a common word's, however like a name it sounds."""
    from checker.facts.wordlists import is_demonym, is_non_name_word
    from checker.glossary import cldr_tables
    from checker.translit import key as latin_key

    bare = POSSESSIVE.sub("", word)
    names = profile(lang).names
    if bare.lower() in names.person_titles or bare.lower() in names.organisation_words:
        return True  # "President"; "University" (of "Yale University"), no name's sound
    bare_key = latin_key(bare, lang)
    if is_non_name_word(bare, bare_key, lang):
        return before_capital or not (is_demonym(bare_key, lang)
                                      or bare_key in cldr_tables.cldr_words(lang))
    return False
