"""Named facts (people, places, organisations) of one sentence, in its own language.

What counts as a name:
- a glossary term or a CLDR country/region name, in any inflected form ("Beogradu",
  "Ankara'yı", "Prishtinën", "России"): value = the concept id;
- a run of capitalised words, joined by the language's small connector words
  ("Bosnia and Herzegovina", "Ministry of Economy"), or a quoted title ("Фортуна");
- an acronym ("NATO", "U.S.", "НАТО").
Month and weekday names are dates, not names: where the date extractor's lexicon
(checker/facts/dates.py: CLDR plus checker/lang/<code>/dates.py) reads one ("Monday",
"Montag", "të Hënën"), no name is taken. A spaced hyphen is a dash: the word after it
starts a sentence ("OSLO (AA) - Shefi i NATO-s").
A sentence-initial capitalised word counts only when the language's word list does not know
it as a common word. Value for a name that is no glossary term: a lower-case Latin key
(transliterated, diacritics folded, inflection removed): "Ердоган" -> "erdogan".

`Fact.kind` tells the comparer how much to expect the name in a translation:
"concept" (glossary/CLDR), "name" (has a word the word list knows only as a name, or does
not know: kept across languages), "acronym", "initial" (a lone unknown word that starts a
sentence, or any lone unknown word in a language whose word list is partial
(WORD_LIST_PARTIAL): reported when the reference has it and the version not, never as
added), "common"
(all words are common words the language capitalises in names, e.g. "Center Party":
usually translated; never reported as extra, and as missing only when the version has
fewer capitalised names left than the reference, see checker/compare/entities.py),
"tagged" (a word a language's segmenter tags as a name, checker/facts/tagged_names.py:
reported missing only where the other side has fewer names left than such words), "person"
(a person's name a segmenter tags, with a surname first: reported like "initial", never a
foreign name's sound), "reading" (a "paired" name a segmenter tags as a name too: reported
alone, matched like "paired"), "paired" (a likely name read from the words around it, in a
language without capitals: a two-character city of the language's own country after a
place word, checker/facts/home_places.py; reported only beside a name the other side has
instead).

This module holds `extract` and its passes; pass 1 (glossary terms and CLDR names) is
checker/facts/name_terms.py. The words they read come from
checker/facts/name_tokens.py; whether a capitalised word is a common word or a name, from
the word lists (checker/facts/wordlists.py).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from checker.facts.dates import date_lexicon
from checker.facts.digits import lower_same_length, normalise
from checker.facts.given_name_places import given_name_places
from checker.facts.name_closers import case_ends_name
from checker.facts.name_terms import (
    NameSentence,
    glossary_names,
    run_together_terms,
    unspaced_terms,
)
from checker.facts.name_tokens import Token, tokens
from checker.facts.surname_names import surname_names
from checker.facts.word_bounds import on_word_bounds, word_bounds
from checker.facts.wordlists import (
    base_key,
    demonym_of,
    has_word_list,
    is_common_word,
    is_function_word,
    is_known_name,
    is_non_name_word,
    is_roman_numeral,
    is_unknown_word,
    named_elsewhere,
)
from checker.glossary.lookup import NameIndex, cldr_index
from checker.lang.profile import profile
from checker.model import Fact
from checker.sound_runs import sound_runs
from checker.translit import key

if TYPE_CHECKING:
    from collections.abc import Iterable

    from checker.context import CheckContext

# checker/compare/entities.py reads these through this module.
__all__ = ["Token", "demonym_of", "extract", "is_common_word", "is_function_word", "tokens"]

_QUOTED = re.compile(r"[\"“„«‹]([^\"“”„«»‹›]{2,60})[\"”“»›]")
_MAX_QUOTED_WORDS = 5
# A quotation ending in a full stop or comma is speech; a title ends without one.
_SPEECH_ENDS = ".,;"
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")  # letters of no Latin script
_BY_PLACE = attrgetter("start", "end")  # facts in order of position
# a Roman numeral starts with one, or with a Cyrillic look-alike of one ("ХХ век")
_ROMAN_LETTERS = frozenset("IVXLCDM\u0425\u0406")
_AFFIX_GAP = re.compile(r"[-'’]|['’][^\W\d_]{0,4}\s*")


def _not_a_name(token: Token, lang: str) -> bool:
    """Month and weekday names, language names and demonyms, function words."""
    if token.acronym:
        return False
    return is_non_name_word(token.text, token.key, lang)


def _date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the date extractor reads a month, weekday or season name ("Monday", "Montag",
    "të Hënën", "в Понедельник", "İlkbahar"): dates, never names. Words it keeps ambiguous
    without a date around them ("May" in "Clara May") stay candidates."""
    norm = normalise(text)
    return [
        (word.start, word.end)
        for word in date_lexicon(lang).find(lower_same_length(norm), norm)
        if word.what in ("month", "weekday", "season") and not word.needs_context
    ]


def _date_tokens(toks: list[Token], text: str, lang: str) -> list[bool]:
    """For each token: is it inside a month or weekday name (see _date_spans)?"""
    spans = sorted(_date_spans(text, lang))
    if not spans:
        return [False] * len(toks)  # most sentences name no month or weekday
    # The furthest end of the spans starting at or before each: one search per token,
    # not a pass over every span (a long line names many months).
    starts, reach = [s for s, _ in spans], list(itertools.accumulate((e for _, e in spans), max))
    inside = []
    for t in toks:
        k = bisect.bisect_right(starts, t.start) - 1
        inside.append(k >= 0 and reach[k] >= t.end)
    return inside


@lru_cache(maxsize=64)
def _connectors(lang: str) -> frozenset[str]:
    """The small words that join the words of a name ("of", "and"): language data."""
    return frozenset(profile(lang).names.connectors)


def _joinable(text: str, left: Token, right: Token) -> bool:
    """May `right` continue a name that ends with `left`?"""
    if case_ends_name(left.text, right.text, left.lang):
        return False  # "Ердоған Анкарада Әзербайжан": three names, not one
    between = text[left.end : right.start]
    if between.strip() == "":
        return True
    # A hyphen, or what strip_affixes cut off the left word ("Children's Hospital"); not
    # a case suffix that closes the name (APOSTROPHE_ENDS_NAME: "ABD'nin Deniz").
    if not _AFFIX_GAP.fullmatch(between):
        return False
    return not (between[:1] in "'’" and between.strip() != between[:1]
                and profile(left.lang).names.apostrophe_ends_name)


def _kind(span: list[Token], lang: str) -> str:
    """The kind of name a span is: "acronym" for a lone acronym; "name" where an acronym,
    or a capitalised (or uncased) word that is no common word, is in it; else "common"."""
    if len(span) == 1:  # most runs: one word, asked without a loop
        t = span[0]
        if t.acronym:
            return "acronym"
        strong = (
            (t.capital or not t.cased)
            and t.text.lower() not in _connectors(lang)
            and not is_common_word(t.text, lang, t.initial, False)
        )
        return "name" if strong else "common"
    if any(t.acronym for t in span):
        return "name"
    # An acronym settles it without a look at the word lists; else the first strong word.
    connectors, in_phrase = _connectors(lang), True
    strong = any(
        (t.capital or not t.cased)
        and t.text.lower() not in connectors
        and not is_common_word(t.text, lang, t.initial, in_phrase)
        for t in span
    )
    return "name" if strong else "common"


def _value(span: list[Token], lang: str) -> str:
    """The name's key with inflection removed where the word list knows the base form
    ("Beogradu" -> "beograd", "Москве" -> "moskva"); otherwise the key as written."""
    if len(span) == 1:
        t = span[0]
        return t.key if t.acronym else base_key(t.text, t.key, lang)
    return " ".join(t.key if t.acronym else base_key(t.text, t.key, lang) for t in span)


def extract(text: str, lang: str, context: CheckContext | None = None) -> list[Fact]:
    """The names of one sentence, in three passes: glossary terms and CLDR names (those of
    the run's `context`; None: CLDR names only), then runs of capitalised words and
    acronyms, then quoted titles. In order of position."""
    index = context.name_index(lang) if context is not None else cldr_index(lang)
    if not profile(lang).writing.spaced:
        found = _outside_joined_names(
            on_word_bounds(unspaced_terms(text, index, word_bounds(text, lang)), text, lang),
            text, lang)
        # Latin-script words inside (names and acronyms kept in the original): none of
        # them starts a sentence, whatever stands before it ("(Chaco)", "网站TogiNet"); a
        # first one is "initial", reported only when the reference has it.
        und = context.name_index("und") if context is not None else cldr_index("und")
        latin = _OTHER_LETTERS.sub(" ", text)  # "HER2能够": the word ends with its letters
        toks = tokens(latin, "und")
        first = {t.start for t in toks if t.initial}
        inside = [  # replace(t, initial=False), without its look at every field
            Token(t.text, t.start, t.end, t.key, t.known_stems, t.cased, t.capital, t.acronym,
                  False, t.lang)
            for t in toks
        ]
        latin_facts = [
            replace(f, kind="initial") if f.kind == "name" and f.start in first else f
            for f in _spaced_names(latin, "und", und, inside)
            if f.kind != "concept"
        ]
        found += latin_facts
        found += _written_cities(text, lang, found)
        found += _home_cities(text, lang, found)
        found += _cities_after_country(text, lang, found)
        found += _sound_names(text, lang, found)
        found += _surname_names(text, lang, found)
        found += _tagged_names(text, lang, found)
        return sorted(found, key=_BY_PLACE)
    found = _spaced_names(text, lang, index, tokens(text, lang))
    if profile(lang).names.glued_names:
        from checker.facts.glued_names import glued_names

        found = sorted(found + glued_names(text, index, [(f.start, f.end) for f in found]),
                       key=_BY_PLACE)
    if profile(lang).names.spelled_by_sound:
        # A title says a person more surely than the gazetteer a city ("블라디미르"
        # Vladimir, "오스틴" Austin).
        found += _titled_names(text, lang, found)
        found = sorted(found + _written_cities(text, lang, found), key=_BY_PLACE)
    return found


def _titled_names(text: str, lang: str, found: list[Fact]) -> list[Fact]:
    """People's names next to a title in a script without capitals that spells by sound
    (checker/facts/titled_names.py), outside the names already found: "name"."""
    from checker.facts.titled_names import titled_names

    # A weekday or month the date extractor reads is no name ("화요일" Tuesday).
    taken = [(f.start, f.end) for f in found] + _date_spans(text, lang)
    return [Fact("entity", text[s:e], key(text[s:e], lang), s, e, kind="name")
            for s, e in titled_names(text, lang, taken)]


def _outside_joined_names(found: list[Fact], text: str, lang: str) -> list[Fact]:
    """The names read in a text without spaces less those inside a name whose parts a
    joiner mark joins ("埃马纽埃尔·马克龙": the country "纽埃" read inside it is that
    person's name's, checker/sound_runs.py)."""
    joiners = profile(lang).names.name_joiners
    if not joiners or not any(j in text for j in joiners):
        return found
    joined = [(s, e) for s, e in sound_runs(text, lang) if any(j in text[s:e] for j in joiners)]
    return [f for f in found if not any(
        s <= f.start and f.end <= e and (f.start, f.end) != (s, e) for s, e in joined)]


def _written_cities(text: str, lang: str, found: list[Fact]) -> list[Fact]:
    """In a text without spaces or capitals (Chinese), or spelled by sound (Hangul), the
    names of the gazetteer's cities (checker/glossary/gazetteer.py) outside the names
    already found: names ("name")."""
    from checker.glossary.gazetteer import find_written

    return [
        Fact("entity", text[s:e], key(text[s:e], lang), s, e, kind="name")
        for s, e in find_written(text, lang, [(f.start, f.end) for f in found])
    ]


def _home_cities(text: str, lang: str, found: list[Fact]) -> list[Fact]:
    """Two-character cities of the language's own country after a word that says a place
    comes (checker/facts/home_places.py): "paired", likely but not sure names, reported
    only beside a name the other side has instead."""
    from checker.facts.home_places import home_cities

    return [
        Fact("entity", text[s:e], key(text[s:e], lang), s, e, kind="paired")
        for s, e in home_cities(text, lang, [(f.start, f.end) for f in found])
    ]


def _cities_after_country(text: str, lang: str, found: list[Fact]) -> list[Fact]:
    """Two-character cities right after the country they lie in ("日本大阪", Osaka:
    checker/facts/home_places.py): names ("name"), as the gazetteer's longer ones."""
    from checker.facts.home_places import cities_after_country

    countries = [(f.end, str(f.value)[5:]) for f in found
                 if f.kind == "concept" and str(f.value).startswith("cldr:")
                 and str(f.value)[5:].isalpha() and str(f.value)[5:].isupper()]
    return [
        Fact("entity", text[s:e], key(text[s:e], lang), s, e, kind="name")
        for s, e in cities_after_country(text, lang, countries, [(f.start, f.end) for f in found])
    ]


def _sound_names(text: str, lang: str, found: list[Fact]) -> list[Fact]:
    """Names written by their sound (checker/transcription.py: runs of the language's
    sound characters) outside the names already found. Their extent is rough, so they are
    "initial": reported when the reference has one and the version not, never as added."""
    return _initials_outside(sound_runs(text, lang), text, lang, found)


def _surname_names(text: str, lang: str, found: list[Fact]) -> list[Fact]:
    """People's names found by their surname and a title next to them
    (checker/facts/surname_names.py) outside the names already found; "initial", like
    names written by sound (a rough extent)."""
    return _initials_outside(surname_names(text, lang), text, lang, found)


def _initials_outside(spans: Iterable[tuple[int, int]], text: str, lang: str,
                      found: list[Fact]) -> list[Fact]:
    """The spans that overlap none of the names `found`, as "initial" names."""
    return [
        Fact("entity", text[s:e], key(text[s:e], lang), s, e, kind="initial")
        for s, e in spans
        if not any(f.start < e and s < f.end for f in found)
    ]


def _tagged_names(text: str, lang: str, found: list[Fact]) -> list[Fact]:
    """Words the language's segmenter tags as names (checker/facts/tagged_names.py)
    outside the names already found: "person" (a person by a surname) or "tagged". A
    likely city ("paired") the segmenter tags as a name too is sure enough to be reported
    alone: "reading" (the list `found` is changed in place)."""
    from checker.facts.tagged_names import tagged_as_name, tagged_names

    for i, fact in enumerate(found):
        if fact.kind == "paired" and tagged_as_name(text, lang, fact.start, fact.end):
            found[i] = replace(fact, kind="reading")  # a city after a place word, tagged
    return [
        Fact("entity", text[s:e], key(text[s:e], lang), s, e, kind=kind)
        for s, e, kind in tagged_names(text, lang, [(f.start, f.end) for f in found])
    ]


def _spaced_names(text: str, lang: str, index: NameIndex, toks: list[Token]) -> list[Fact]:
    """The three passes over the words `toks` of a text written with spaces (or of the
    Latin words inside an unspaced one)."""
    sentence = NameSentence(text, lang, toks, [False] * len(toks), _date_tokens(toks, text, lang))
    facts = glossary_names(sentence, index)
    if not profile(lang).writing.cased:
        facts += run_together_terms(sentence, index)
    facts += _capitalised_runs(sentence, index)
    facts = _quoted_titles(sentence, facts)
    facts = sorted(_new_places(facts, toks, text, lang), key=_BY_PLACE)
    return given_name_places(facts, text, lang)


def _new_places(facts: list[Fact], toks: list[Token], text: str, lang: str) -> list[Fact]:
    """A place of the data right after a word of `names.NEW_PLACE_WORDS` ("New Taipei")
    is another place, named by both words: a plain name, not the data's place (not an
    acronym's: "New US sanctions")."""
    from checker.glossary import gazetteer

    words = profile(lang).names.new_place_words
    if not words:
        return facts
    before = {t.end: t for t in toks if t.text in words}
    made = []
    for i, fact in enumerate(facts):
        word = before.get(fact.start - 1)
        if (fact.kind != "concept" or word is None or text[word.end] != " "
                or fact.text.isupper()):
            continue
        whole = text[word.start:fact.end]
        # At a sentence's start "New" may be a headline's adjective ("New Russia sanctions"):
        # there only a city of the gazetteer ("New Taipei").
        if not word.initial or gazetteer.city_names(whole, lang):
            facts[i] = Fact("entity", whole, key(whole, lang), word.start, fact.end, kind="name")
            made.append(facts[i])
    return [f for f in facts if not any(
        f is not n and n.start <= f.start and f.end <= n.end for n in made)]


def _capitalised_runs(sentence: NameSentence, index: NameIndex) -> list[Fact]:
    """Pass 2: runs of capitalised words and acronyms outside the names of pass 1, joined
    by connector words ("Ministry of Economy"). Most names are no glossary term; a
    capital is the sign of one, so each run is checked against the word lists
    (checker/facts/wordlists.py) for how sure a name it is (`Fact.kind`)."""
    toks, text, lang = sentence.toks, sentence.text, sentence.lang
    facts: list[Fact] = []
    i = 0  # the first word after the last run
    # Most words are not capitalised: one quick pass picks those that may start a run.
    for start in [k for k, t in enumerate(toks) if t.capital or t.acronym]:
        tok = toks[start]
        if (
            start < i
            or not tok.cased
            or sentence.used[start]
            or sentence.is_date[start]
            or (tok.text[0] in _ROMAN_LETTERS and _roman_numeral(tok.text, lang))
        ):
            continue  # inside the last run, not capitalised, a date word, or a Roman
            # numeral ("XIVe siècle")
        span, i = _run_from(sentence, start)
        span = _trim_common_start(_without_title(span, text, lang), lang)
        if not span:
            continue
        if _not_a_name(span[0], lang) if len(span) == 1 else all(
            _not_a_name(t, lang) for t in span
        ):
            continue  # "Thursday", "Russian", "However": dates, demonyms, function words
        kind = _run_kind(sentence, span, i)
        if kind is None:
            continue
        value = _value(span, lang)
        if kind == "acronym":
            # "UAE", "U.S.", "ОАЭ": the initials of a territory's name are that territory.
            territory = index.territory_of_acronym(span[0].text)
            if territory is not None:
                kind, value = "concept", territory
        begin, end = span[0].start, span[-1].end
        facts.append(Fact("entity", text[begin:end], value, begin, end, kind=kind))
    return facts


def _roman_numeral(word: str, lang: str) -> bool:
    """A Roman numeral ("XIV", "XIXe"); in a language written in Cyrillic and Latin alike
    (`writing.transliterate`), only a bare one in capitals: its ordinals take a dot, so "Le"
    and "Cer" are words, as their Cyrillic twins "Ле", "Цер" are."""
    if profile(lang).writing.transliterate and not word.isupper():
        return False
    return is_roman_numeral(word)


def _run_from(sentence: NameSentence, i: int) -> tuple[list[Token], int]:
    """The run of capitalised words and acronyms starting at word `i`, with the connector
    words inside it, and the index of the first word after it."""
    toks, text, lang = sentence.toks, sentence.text, sentence.lang
    used, is_date = sentence.used, sentence.is_date
    connectors = _connectors(lang)
    span = [toks[i]]
    j = i + 1
    while j < len(toks) and not used[j] and not is_date[j]:
        nxt = toks[j]
        # The word's own marks first (most words after a capital are neither a capital nor
        # a connector), then what stands between it and the run.
        if nxt.capital or nxt.acronym:
            if not _joinable(text, span[-1], nxt):
                break
            span.append(nxt)
            j += 1
            continue
        # A connector word joins two capitalised words: "Ministry of Economy"; a name's
        # particle may be two ("Ursula von der Leyen", "Charles de la Fontaine").
        gap = _connectors_to_capital(sentence, j, connectors)
        if gap and (
            profile(lang).names.title_case_names
            or not is_common_word(span[-1].text, lang, span[-1].initial, True)
        ) and _joinable(text, span[-1], nxt):
            span.extend(toks[j:j + gap + 1])
            j += gap + 1
            continue
        break
    return span, j


def _connectors_to_capital(sentence: NameSentence, j: int, connectors: frozenset[str]) -> int:
    """How many connector words (one or two) from word `j` stand before a capitalised
    word that continues the run, each joined to the next; 0: none do."""
    toks, text = sentence.toks, sentence.text
    k = j
    while k < len(toks) and k - j < 2 and toks[k].text.lower() in connectors and not (
            sentence.used[k] or sentence.is_date[k]):
        nxt = k + 1
        if nxt >= len(toks) or sentence.used[nxt] or sentence.is_date[nxt]:
            return 0
        if not _joinable(text, toks[k], toks[nxt]):
            return 0
        if toks[nxt].capital:
            return nxt - j
        k = nxt
    return 0


def _without_title(span: list[Token], text: str, lang: str) -> list[Token]:
    """The run without an abbreviated title at its end ("Ohio Rep." before "Dana Cole"):
    the title is said of the name after it, and is no part of any name."""
    from checker.segment import foreign_titles

    last = span[-1]
    if text[last.end:last.end + 1] == "." and (
            last.text.lower() in profile(lang).segmentation.titles
            or last.text.lower() in foreign_titles()):
        return span[:-1]
    return span


def _trim_common_start(span: list[Token], lang: str) -> list[Token]:
    """The run without the common words that only start a sentence and the connector words
    in front: a capitalised first word of a sentence is a name only if the word list does
    not know it as a common word."""
    connectors = _connectors(lang)
    while span and span[0].initial and not span[0].acronym and is_common_word(span[0].text, lang):
        span.pop(0)
    while span and span[0].text.lower() in connectors:
        span.pop(0)
    return span


def _initial_city(word: str, lang: str) -> bool:
    """A sentence's first word, in a language without a word list to tell it from a common
    word, is a name where the gazetteer knows it as a case form of a city ("Milandagi",
    Uzbek: in Milan's) and it is no common word of English. Never a city's name as written:
    a name that short may as well be a common word no list reads (Somali "Marka": when;
    Vietnamese "Hàng": goods, rows)."""
    from checker.glossary import gazetteer

    return (bool(gazetteer.city_names(word, lang)) and not gazetteer.cities_named(word, lang)
            and not is_common_word(word, "en"))


def _run_kind(sentence: NameSentence, span: list[Token], after: int) -> str | None:
    """How sure a name the run is (`Fact.kind`, see the module docstring); None: no name.
    `after`: the index of the word after the run."""
    toks, text, lang = sentence.toks, sentence.text, sentence.lang
    kind = _kind(span, lang)
    if len(span) != 1 or kind != "name":
        return kind
    word = span[0]
    # A lone word right before a glossary/CLDR name is its title ("Cumhurbaşkanı
    # Erdoğan"): common if the language knows it as a common word inside a name.
    if (
        after < len(toks)
        and sentence.used[after]
        and _joinable(text, word, toks[after])
        and is_common_word(word.text, lang, word.initial, True)
    ):
        return "common"
    if word.initial and not word.acronym and not is_known_name(word.text, lang):
        if not has_word_list(lang):
            # no word list to tell a name from a common word at a sentence start: only a
            # capitalised city of the gazetteer, in a case form ("Milandagi", "Гюмридегі")
            return kind if word.capital and _initial_city(word.text, lang) else None
        if named_elsewhere(word.text, lang):
            return kind
        if is_unknown_word(word.text, lang) and not text[word.end :].startswith(","):
            # A word no list knows, first in its sentence ("Kesselbrink held..."): a name
            # if the reference has it; a version's such word may as well be an inflected
            # common word the list lacks, so it is never reported as added.
            return "initial"
        # Known as a common word, or a comma follows ("Pourtant,"): an adverb.
        return "common"
    if (
        not word.acronym
        and profile(lang).names.word_list_partial
        and is_unknown_word(word.text, lang)
        and not named_elsewhere(word.text, lang)
    ):
        # The language's word list lacks many inflected common words ("ministrave të
        # Jashtëm"): a lone word it does not know, and no other list knows as a name,
        # is as uncertain as a sentence's first word.
        return "initial"
    return kind


def _holds_concept(facts: list[Fact], start: int, end: int) -> bool:
    """Is a glossary/CLDR name inside the span, and not all of it?"""
    return any(
        f.kind == "concept" and start <= f.start and f.end <= end
        and (f.start, f.end) != (start, end)
        for f in facts
    )


def _quoted_titles(sentence: NameSentence, facts: list[Fact]) -> list[Fact]:
    """Pass 3: quoted titles of up to five words whose words need not be capitalised
    ("Русские витязи"), which the runs of pass 2 miss or cut. A title replaces the
    names found inside it; one that overlaps a name across its quotes is no title."""
    text, lang = sentence.text, sentence.lang
    covered = [(f.start, f.end) for f in facts]
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        start = m.start(1) + m.group(1).find(inner)
        end = start + len(inner)
        if not inner[:1].isupper() or len(inner.split()) > _MAX_QUOTED_WORDS:
            continue
        if inner[-1] in _SPEECH_ENDS or (
            _holds_concept(facts, start, end) and any(w[:1].islower() for w in inner.split())
        ):
            continue  # speech ("Long live the king.", a slogan naming a country): no title
        if any(s <= start < e or start <= s < end for s, e in covered):
            if any(s == start and e == end for s, e in covered):
                continue
            if not all(start <= s and e <= end for s, e in covered if s < end and e > start):
                continue
            facts = [f for f in facts if not (start <= f.start and f.end <= end)]
        span = [t for t in sentence.toks if start <= t.start and t.end <= end]
        if not span:
            continue
        facts.append(Fact("entity", inner, _value(span, lang), start, end, kind=_kind(span, lang)))
    return facts
