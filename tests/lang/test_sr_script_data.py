"""Serbian Cyrillic reads every word Serbian Latin reads, proved over the data itself.

Serbian is one language in two scripts with one data folder (checker/lang/sr/). The data is
written in Latin and each word also taken in Cyrillic (`checker.lang.sr.both`, and the
readers' `writing.transliterate`); CLDR gives the month and weekday names in both. These tests
hold the two scripts together over every word the readers know, not over a few sentences:
each form of each table the readers build, written in the other script with the standard
alphabet (tests/support/serbian_script.py, not the library the checker transliterates with),
is a form of the same table with the same value, and is read in a sentence to the same facts.
A word added in one script only, or a mapping the library writes otherwise than the alphabet
does, fails here."""

from __future__ import annotations

import dataclasses
import re

import pytest
from support.serbian_cyrillic_news import PAIRS as CYRILLIC_PAIRS
from support.serbian_script import to_cyrillic, to_latin

from checker.facts import extract_facts
from checker.facts.dates import date_lexicon
from checker.facts.number_words import lexicon
from checker.facts.numeric.rules import rules
from checker.lang.profile import profile

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[a-zčćđšž]")


def _tables() -> dict[str, dict]:
    """Every table of words the Serbian readers build: word -> what it is read as."""
    lex, dates = lexicon("sr"), date_lexicon("sr")
    out: dict[str, dict] = {
        f"numbers.{name}": getattr(lex, name)
        for name in ("words", "multipliers", "ordinals", "fractions", "fractions_alone")
    }
    for name in ("halves", "connectors", "not_alone", "date_only"):
        out[f"numbers.{name}"] = dict.fromkeys(getattr(lex, name))
    out["dates.forms"] = dates.forms
    out["dates.framed"] = dict(dates.framed)
    for name in ("near_date", "lower_case_only"):
        out[f"dates.{name}"] = dict.fromkeys(getattr(dates, name))
    out["units"] = dict(rules("sr").units)
    return out


TABLES = _tables()


def _latin(form: str) -> bool:
    return not _CYRILLIC.search(form) and bool(_LATIN_LETTER.search(form))


def test_the_tables_are_large():
    """The checks below run over thousands of forms, in both scripts."""
    assert len(TABLES["numbers.words"]) > 4000 and len(TABLES["dates.forms"]) > 2000
    for name, table in TABLES.items():
        assert any(map(_latin, table)) and any(map(_CYRILLIC.search, table)), name


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_latin_form_is_read_in_cyrillic_as_the_same(name):
    table = TABLES[name]
    wrong = {form: (value, table.get(to_cyrillic(form), "missing"))
             for form, value in table.items()
             if _latin(form) and table.get(to_cyrillic(form), "missing") != value}
    assert wrong == {}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_cyrillic_form_is_read_in_latin_as_the_same(name):
    """CLDR's Cyrillic names ("среда", "септ.") have their Latin twins too."""
    table = TABLES[name]
    wrong = {form: (value, table.get(to_latin(form), "missing"))
             for form, value in table.items()
             if _CYRILLIC.search(form) and table.get(to_latin(form), "missing") != value}
    assert wrong == {}


# Profile fields that name no words of the text (codes of libraries and locales), and name
# data keyed in Latin whichever script the text uses (`names.CYRTRANSLIT`: Cyrillic names
# are transliterated before their endings are taken off), and the endings of the word list's
# lemmas (`numbers.verb_lemma_endings`: simplemma gives a Latin lemma for either script)
_NOT_WORDS_OF_THE_TEXT = {
    "writing.direction", "writing.transliterate", "numbers.num2words", "dates.date_locales",
    "names.simplemma", "names.name_lists", "names.cyrtranslit", "translation.apertium_codes",
    "translation.apertium_script", "names.endings", "names.demonym_suffixes",
    "numbers.verb_lemma_endings",
}


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict | tuple | list | set | frozenset):
        return [w for w in value if isinstance(w, str)]
    return []


def test_every_word_of_the_serbian_data_is_given_in_both_scripts():
    """The words the readers take from the data as they are (qualifiers, the words before a
    year or after a clock time, titles, a kind of name's words) are matched on the text as
    written: each Latin word of every profile field has its Cyrillic twin."""
    lang_profile = profile("sr")
    missing = {}
    for group in dataclasses.fields(lang_profile):
        data = getattr(lang_profile, group.name)
        if not dataclasses.is_dataclass(data):
            continue
        for field in dataclasses.fields(data):
            name = f"{group.name}.{field.name}"
            words = _words(getattr(data, field.name))
            present = {w.lower() for w in words}
            lacking = [w for w in words if _latin(w) and to_cyrillic(w).lower() not in present]
            if lacking and name not in _NOT_WORDS_OF_THE_TEXT:
                missing[name] = lacking
    assert missing == {}


def _read(text: str, lang: str) -> list[tuple[str, str]]:
    return sorted((f.category, str(f.value)) for f in extract_facts(text, lang, ("date", "number")))


def _differences(sentences: list[str]) -> list[tuple[str, list, list]]:
    out = []
    for latin in sentences:
        cyrillic = to_cyrillic(latin)
        read_latin, read_cyrillic = _read(latin, "sr"), _read(cyrillic, "sr-Cyrl")
        if read_latin != read_cyrillic:
            out.append((cyrillic, read_latin, read_cyrillic))
    return out


def test_every_date_word_is_read_in_a_sentence_to_the_same_facts():
    """Every Latin month, weekday, season, relative day and time word, in a sentence, and
    every month form after a day and before a year ("5. juna 2019.")."""
    forms = [f for f in TABLES["dates.forms"] if _latin(f)]
    months = [f for f, entry in TABLES["dates.forms"].items()
              if _latin(f) and entry[0] == "month" and not f.endswith(".")]
    assert len(forms) > 1000 and len(months) > 100
    sentences = [f"Rekao je da je to bilo {form} i otišao." for form in forms]
    sentences += [f"Most je otvoren 5. {month} 2019. godine." for month in months]
    assert _differences(sentences) == []


def test_every_number_word_is_read_in_a_sentence_to_the_same_facts():
    """Every Latin number word, scale word, ordinal and fraction, in a sentence."""
    words = [w for name in ("words", "multipliers", "ordinals", "fractions_alone")
             for w in TABLES[f"numbers.{name}"] if _latin(w)]
    assert len(words) > 2500
    assert _differences([f"Rekao je da ih je bilo {word} i otišao." for word in words]) == []


# News written in Cyrillic to begin with (tests/support/serbian_cyrillic_news.py), read in
# Cyrillic and, letter by letter, in Latin: the same findings in both scripts, none on the
# faithful version, and the drifted one an error.
def _errors(english: str, text: str, lang: str) -> list[str]:
    from checker.model import SegmentPair
    from checker.pipeline import check_pair

    return [f.rule for f in check_pair(SegmentPair("t", "en", english, lang, text))
            if f.severity == "error"]


@pytest.mark.parametrize(("english", "cyrillic", "drifted", "rule"), CYRILLIC_PAIRS)
def test_cyrillic_news_and_its_drifted_twin_in_both_scripts(english, cyrillic, drifted, rule):
    for text, lang in ((cyrillic, "sr-Cyrl"), (to_latin(cyrillic), "sr")):
        assert _errors(english, text, lang) == [], text
    for text, lang in ((drifted, "sr-Cyrl"), (to_latin(drifted), "sr")):
        assert _errors(english, text, lang) == [rule], text
