"""Pass 1 of name extraction (checker/facts/entities.py): glossary terms and CLDR names found
in a sentence, in any inflected form, longest first; in a text without spaces (Chinese) as
substrings, and in a script without capitals inside words that lost their spaces.

They come first because they are the surest names (value: the concept id) and the later
passes must not cut them into runs of capitalised words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import add

from checker.facts.name_tokens import Token
from checker.facts.wordlists import is_acronym, is_common_word, is_function_word
from checker.glossary.lookup import LOWER_CASE_STATUSES, Entry, NameIndex
from checker.model import Fact
from checker.translit import key

# Letters of a word that must be several words run together (a script without capitals),
# and of a name looked for inside it.
RUN_TOGETHER = 16
RUN_TOGETHER_TERM = 5


@dataclass
class NameSentence:
    """One sentence's words, and what the passes have learnt about them."""

    text: str
    lang: str
    toks: list[Token]
    used: list[bool]  # the word is part of a glossary/CLDR name already found
    is_date: list[bool]  # the word is a month or weekday name the date extractor reads


def unspaced_terms(text: str, index: NameIndex,
                   fits: Callable[[int, int], bool] | None = None) -> list[Fact]:
    """In a language written without spaces (Chinese), glossary terms and CLDR names are
    found as substrings, longest first; only where `fits(start, end)` (the segmenter's
    word boundaries: checker/facts/word_bounds.py), where it is given."""
    taken = [False] * len(text)
    facts: list[Fact] = []
    for _surface, entry in _terms_in(text, _terms_by_first_letter(index, False)):
        start = text.find(entry.surface)
        while start >= 0:
            end = start + len(entry.surface)
            if not any(taken[start:end]) and (fits is None or fits(start, end)):
                taken[start:end] = [True] * (end - start)
                kind = "common" if entry.status == "currency" else "concept"
                facts.append(Fact("entity", entry.surface, entry.concept, start, end, kind=kind))
            start = text.find(entry.surface, end)
    return facts


TermsByLetter = dict[str, list[tuple[int, str, Entry]]]


@lru_cache(maxsize=16)
def _terms_by_first_letter(index: NameIndex, run_together: bool) -> TermsByLetter:
    """The index's terms searched for inside text (`unspaced_terms`; `run_together`: those
    of `run_together_terms`, spaces left out), longest first, as (rank in that order,
    surface, entry) under the surface's first two characters. Sorted once per index, not
    per sentence; a text is searched only for the terms whose first two characters it
    has (`_terms_in`)."""
    if run_together:
        terms = sorted(
            (
                (e.surface.replace(" ", ""), e)
                for e in index.entries
                if e.status != "foreign" and not e.exact
                and len(e.surface.replace(" ", "")) >= RUN_TOGETHER_TERM
            ),
            key=lambda pair: -len(pair[0]),
        )
    else:
        terms = sorted(
            ((e.surface, e) for e in index.entries if e.status != "foreign" and not e.exact),
            key=lambda pair: -len(pair[1].surface),
        )
    out: TermsByLetter = {}
    for rank, (surface, entry) in enumerate(terms):
        out.setdefault(surface[:2], []).append((rank, surface, entry))
    return out


def _terms_in(text: str, terms: TermsByLetter) -> list[tuple[str, Entry]]:
    """The terms (surface, entry) that may occur in `text`, in their longest-first order: a
    term whose first two characters the text lacks cannot be found in it (a term of one
    character is filed under that character)."""
    # Every two characters side by side, every character, and "" (built by C-level maps)
    starts = set(map(add, text, text[1:]))
    starts.update(text, ("",))
    found = [t for start in filter(terms.__contains__, starts) for t in terms[start]]
    found.sort(key=lambda term: term[0])
    return [(surface, entry) for _rank, surface, entry in found]


def _capitals_agree(term: str, words: list[str]) -> bool:
    """A name of several words matches only where the words the term capitalises after
    its first are capitalised in the text too (the first may be a sentence's start)."""
    term_words = term.replace("-", " ").split()
    if len(term_words) != len(words):
        return True
    for term_word, word in zip(term_words[1:], words[1:], strict=False):
        if term_word[:1].isupper() and word[:1].islower():
            return False
    return True


def run_together_terms(sentence: NameSentence, index: NameIndex) -> list[Fact]:
    """A "word" of at least RUN_TOGETHER letters in a script without capitals is several
    words that lost their spaces: glossary terms and CLDR names of at least
    RUN_TOGETHER_TERM letters are found inside it, spaces left out, longest first."""
    terms = _terms_by_first_letter(index, True)
    facts: list[Fact] = []
    for tok in sentence.toks:
        if tok.end - tok.start < RUN_TOGETHER:
            continue
        word = sentence.text[tok.start : tok.end]
        taken = [False] * len(word)
        for surface, entry in _terms_in(word, terms):
            at = word.find(surface)
            if at >= 0 and not any(taken[at : at + len(surface)]):
                taken[at : at + len(surface)] = [True] * len(surface)
                kind = "common" if entry.status == "currency" else "concept"
                start = tok.start + at
                facts.append(Fact("entity", surface, entry.concept, start,
                                  start + len(surface), kind=kind))
    return facts


def glossary_names(sentence: NameSentence, index: NameIndex) -> list[Fact]:
    """Pass 1: glossary terms and CLDR names, in any inflected form, longest first at each
    position. They come first because they are the surest names (value: the concept id)
    and the later passes must not cut them into runs of capitalised words; their words are
    marked `used`."""
    toks, text = sentence.toks, sentence.text
    facts: list[Fact] = []
    starts = _term_starts(toks, index)
    if not starts:
        return facts
    stem_list = _StemsOf(toks)
    surfaces = [t.text for t in toks]
    after = 0  # the first word after the last term found
    for i in starts:
        if i < after:
            continue
        found = _term_at(sentence, index, i, stem_list, surfaces)
        if found is None:
            continue
        entry, n = found
        start, end = toks[i].start, toks[i + n - 1].end
        kind = "common" if entry.status == "currency" else "concept"
        facts.append(Fact("entity", text[start:end], entry.concept, start, end, kind=kind))
        for k in range(i, i + n):
            sentence.used[k] = True
        after = i + n
    return facts


class _StemsOf(Sequence[tuple[str, ...]]):
    """The stems of each word of a sentence (`NameIndex.match` reads them), each word's
    worked out when asked (Token.stems): a term's match reads few of them."""

    __slots__ = ("toks",)

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, i):  # type: ignore[override]  # an index only
        return self.toks[i].stems


def _term_starts(toks: list[Token], index: NameIndex) -> list[int]:
    """The words a term may start at (`_term_at` finds none elsewhere): a stem of theirs
    starts a term of the index, and, in lower case, a term written in lower case."""
    first_stems, lower_case_stems = index.by_stem.keys(), index.lower_case_stems
    if not lower_case_stems:  # no term in lower case (CLDR names): only capitals may start one
        return [
            i
            for i, t in enumerate(toks)
            if (t.capital or not t.cased or t.acronym) and not first_stems.isdisjoint(t.stems)
        ]
    return [
        i
        for i, t in enumerate(toks)
        if not first_stems.isdisjoint(t.stems)
        and (t.capital or not t.cased or t.acronym or not lower_case_stems.isdisjoint(t.stems))
    ]


def _term_at(
    sentence: NameSentence,
    index: NameIndex,
    i: int,
    stem_list: Sequence[tuple[str, ...]],
    surfaces: list[str],
) -> tuple[Entry, int] | None:
    """The glossary term or CLDR name starting at word `i` and its length in words, if the
    words are written as the term is (capitals, acronyms)."""
    tok = sentence.toks[i]
    found = (
        index.match(stem_list, i, surfaces)
        if (tok.capital or not tok.cased or tok.acronym)
        else None
    )
    if (
        found is None
        and tok.cased
        and not tok.capital
        and not index.lower_case_stems.isdisjoint(tok.stems)
    ):
        found = index.match(stem_list, i, surfaces)
        # A lower-case word is a term only where the glossary writes it in lower case.
        if found is not None and not (
            found[0].status in LOWER_CASE_STATUSES and found[0].surface[:1].islower()
        ):
            found = None
    if (
        found is not None
        and found[1] == 1
        and is_acronym(found[0].surface)
        and not tok.acronym
        and is_common_word(tok.text, sentence.lang)
    ):
        found = None  # German "Es" (it) is not the Russian acronym "ЕС" (EU); "Nato" is NATO
    if (
        found is not None
        and found[0].concept.startswith("city:")
        and found[1] == 1
        and tok.text != found[0].surface
        and is_common_word(tok.text, sentence.lang, tok.initial)
    ):
        found = None  # a city's name by its stems only: "Naša" (our) is not "Nasau"
    if (
        found is not None
        and found[1] == 1
        and not tok.acronym
        and tok.key != key(found[0].surface, sentence.lang)
        and is_function_word(tok.key, sentence.lang)
    ):
        found = None  # a function word is no name by its stems only: "Për" (for) is no "Peru"
    if found is not None and not _capitals_agree(found[0].surface, surfaces[i : i + found[1]]):
        found = None  # "La réunion" (the meeting) is not "La Réunion" (the island)
    return found
