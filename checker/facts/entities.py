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
fewer capitalised names left than the reference, see checker/compare/entities.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.facts.dates import date_lexicon
from checker.facts.digits import lower_same_length, normalise
from checker.facts.wordlists import (
    base_key,
    demonym_of,
    has_word_list,
    is_acronym,
    is_common_word,
    is_known_name,
    is_non_name_word,
    is_roman_numeral,
    is_unknown_word,
    named_elsewhere,
)
from checker.glossary import lookup
from checker.lang import data
from checker.model import Fact
from checker.translit import key, stems, strip_affixes

# checker/compare/entities.py reads these through this module.
__all__ = ["Token", "demonym_of", "extract", "is_common_word", "tokens"]

# Acronyms with dots ("U.S."), then words with inner apostrophes/hyphens ("Ankara'yı", "NATO-a").
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_](?:[\w'’]*[\w])?(?:-[\w'’]+)*")
_OPENERS = "\"'“”„«»‹›‘’‚「『(["
_QUOTED = re.compile(r"[\"“„«‹]([^\"“”„«»‹›]{2,60})[\"”“»›]")
_MAX_QUOTED_WORDS = 5
_AFFIX_GAP = re.compile(r"[-'’]|['’][^\W\d_]{0,4}\s*")


@dataclass
class Token:
    text: str  # the word with affixes removed ("Ankara" for "Ankara'yı")
    start: int
    end: int
    key: str
    stems: tuple[str, ...]
    cased: bool  # its script has capital letters
    capital: bool
    acronym: bool
    initial: bool  # first word of the sentence or of a quotation


def tokens(text: str, lang: str, parts: bool = False) -> list[Token]:
    """The words of a text. A hyphenated compound whose last part is a common word
    ("US-Präsident", "Corona-Krise", "военно-морского") is one common word, unless `parts`
    is set (matching looks at every part); a short lower-case tail after a name is its
    inflection ("NATO-a", "NATO-s") and is dropped."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw, start = m.group(0), m.start()
        pieces = [(raw, start)]
        if "-" in raw and "." not in raw:
            pieces = []
            offset = start
            for i, piece in enumerate(raw.split("-")):
                if (
                    i > 0
                    and piece.islower()
                    and len(piece) <= 3
                    and pieces
                    and not pieces[-1][0].islower()
                ):
                    offset += len(piece) + 1
                    continue
                if piece:
                    pieces.append((piece, offset))
                offset += len(piece) + 1
            if (
                not parts
                and len(pieces) > 1
                and not pieces[-1][0].isupper()
                and is_common_word(strip_affixes(pieces[-1][0], lang), lang)
            ):
                # A compound naming a common thing: its acronym and common parts are
                # modifiers ("US-Präsident", "WM-Punkte"); a name part stays a name
                # ("Johns-Hopkins-Universität", "Rakoczy-Reitturnier").
                kept = [
                    (w, a)
                    for w, a in pieces[:-1]
                    if not is_acronym(w)
                    and w[:1].isupper()
                    and not is_common_word(strip_affixes(w, lang), lang)
                ]
                whole = text[pieces[0][1] : pieces[-1][1] + len(pieces[-1][0])]
                if not kept:
                    k = key(whole, lang)
                    if k:
                        out.append(
                            Token(
                                whole,
                                pieces[0][1],
                                pieces[0][1] + len(whole),
                                k,
                                (k,),
                                True,
                                False,
                                False,
                                _initial(text, pieces[0][1], out),
                            )
                        )
                    continue
                pieces = kept
        for word, at in pieces:
            bare = strip_affixes(word, lang)
            shift = word.find(bare) if bare in word else 0
            k = key(bare, lang)
            if not k:
                continue
            first = next((c for c in bare if c.isalpha()), "")
            cased = first.isupper() or first.islower()
            out.append(
                Token(
                    bare,
                    at + shift,
                    at + shift + len(bare),
                    k,
                    stems(k, lang),
                    cased,
                    first.isupper(),
                    is_acronym(bare),
                    _initial(text, at, out),
                )
            )
    return out


def _initial(text: str, at: int, before_tokens: list[Token]) -> bool:
    before = text[:at].rstrip()
    if before.endswith("-") and before[:-1].endswith((" ", "\t")):
        return True  # a spaced hyphen is a dash, as after a dateline ("OSLO (AA) - Shefi")
    return not before_tokens or not before or before[-1] in _OPENERS or before[-1] in ".!?:;—–•"


def _not_a_name(token: Token, lang: str) -> bool:
    """Month and weekday names, language names and demonyms, function words."""
    if token.acronym:
        return False
    return is_non_name_word(token.text, token.key, lang)


def _date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the date extractor reads a month or weekday name ("Monday", "Montag", "të
    Hënën", "в Понедельник"): dates, never names. Words it keeps ambiguous without a date
    around them ("May" in "Theresa May") stay candidates."""
    norm = normalise(text)
    return [
        (word.start, word.end)
        for word in date_lexicon(lang).find(lower_same_length(norm), norm)
        if word.what in ("month", "weekday") and not word.needs_context
    ]


def _date_tokens(toks: list[Token], text: str, lang: str) -> list[bool]:
    spans = _date_spans(text, lang)
    return [any(s <= t.start and t.end <= e for s, e in spans) for t in toks]


def _connectors(lang: str) -> frozenset[str]:
    return frozenset(data(lang, "names", "CONNECTORS", ()))


def _joinable(text: str, left: Token, right: Token) -> bool:
    between = text[left.end : right.start]
    # Spaces, a hyphen, or what strip_affixes cut off the left word ("Children's Hospital").
    return between.strip() == "" or bool(_AFFIX_GAP.fullmatch(between))


def _kind(span: list[Token], lang: str) -> str:
    if len(span) == 1 and span[0].acronym:
        return "acronym"
    strong = [
        t
        for t in span
        if (t.capital or not t.cased)
        and not t.acronym
        and t.text.lower() not in _connectors(lang)
        and not is_common_word(t.text, lang, t.initial, len(span) > 1)
    ]
    if strong or any(t.acronym for t in span):
        return "name"
    return "common"


def _value(span: list[Token], lang: str) -> str:
    """The name's key with inflection removed where the word list knows the base form
    ("Beogradu" -> "beograd", "Москве" -> "moskva"); otherwise the key as written."""
    return " ".join(t.key if t.acronym else base_key(t.text, t.key, lang) for t in span)


def _unspaced_terms(text: str, index: lookup.NameIndex) -> list[Fact]:
    """In a language written without spaces (Chinese), glossary terms and CLDR names are
    found as substrings, longest first."""
    taken = [False] * len(text)
    facts: list[Fact] = []
    entries = sorted(
        (e for e in index.entries if e.status != "foreign" and not e.exact),
        key=lambda e: -len(e.surface),
    )
    for entry in entries:
        start = text.find(entry.surface)
        while start >= 0:
            end = start + len(entry.surface)
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                kind = "common" if entry.status == "currency" else "concept"
                facts.append(Fact("entity", entry.surface, entry.concept, start, end, kind=kind))
            start = text.find(entry.surface, end)
    return facts


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


def extract(text: str, lang: str) -> list[Fact]:
    index = lookup.index(lang)
    if data(lang, "names", "NO_WORD_SPACES", False):
        found = _unspaced_terms(text, index)
        # Latin-script words inside (names and acronyms kept in the original).
        latin_facts = [f for f in extract(text, "und") if f.kind != "concept"]
        return sorted(found + latin_facts, key=lambda f: (f.start, f.end))
    toks = tokens(text, lang)
    facts: list[Fact] = []
    stem_list = [t.stems for t in toks]
    surfaces = [t.text for t in toks]
    used = [False] * len(toks)
    is_date = _date_tokens(toks, text, lang)
    # 1. Glossary terms and CLDR names (longest first at each position).
    i = 0
    while i < len(toks):
        tok = toks[i]
        found = (
            index.match(stem_list, i, surfaces)
            if (tok.capital or not tok.cased or tok.acronym)
            else None
        )
        if found is None and tok.cased and not tok.capital:
            found = index.match(stem_list, i, surfaces)
            # A lower-case word is a term only where the glossary writes it in lower case.
            if found is not None and not (
                found[0].status in ("preferred", "allowed", "forbidden", "foreign")
                and found[0].surface[:1].islower()
            ):
                found = None
        if (
            found is not None
            and found[1] == 1
            and is_acronym(found[0].surface)
            and not tok.acronym
            and is_common_word(tok.text, lang)
        ):
            found = None  # German "Es" (it) is not the Russian acronym "ЕС" (EU); "Nato" is NATO
        if found is not None and not _capitals_agree(found[0].surface, surfaces[i : i + found[1]]):
            found = None  # "La réunion" (the meeting) is not "La Réunion" (the island)
        if found is not None:
            entry, n = found
            span = toks[i : i + n]
            facts.append(
                Fact(
                    "entity",
                    text[span[0].start : span[-1].end],
                    entry.concept,
                    span[0].start,
                    span[-1].end,
                    kind="common" if entry.status == "currency" else "concept",
                )
            )
            for k in range(i, i + n):
                used[k] = True
            i += n
            continue
        i += 1
    # 2. Runs of capitalised words and acronyms.
    connectors = _connectors(lang)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if (
            used[i]
            or is_date[i]
            or not tok.cased
            or not (tok.capital or tok.acronym)
            or is_roman_numeral(tok.text)
        ):
            i += 1
            continue  # not capitalised, a date word, or a Roman numeral ("XIVe siècle")
        span = [tok]
        j = i + 1
        while j < len(toks) and not used[j] and not is_date[j]:
            nxt = toks[j]
            if not _joinable(text, span[-1], nxt):
                break
            if nxt.capital or nxt.acronym:
                span.append(nxt)
                j += 1
                continue
            # A connector word joins two capitalised words: "Ministry of Economy".
            if (
                nxt.text.lower() in connectors
                and j + 1 < len(toks)
                and not used[j + 1]
                and not is_date[j + 1]
                and (
                    data(lang, "names", "TITLE_CASE_NAMES", False)
                    or not is_common_word(span[-1].text, lang, span[-1].initial, True)
                )
                and toks[j + 1].capital
                and _joinable(text, nxt, toks[j + 1])
            ):
                span.extend([nxt, toks[j + 1]])
                j += 2
                continue
            break
        i = j
        # A capitalised first word of a sentence is a name only if the word list does not
        # know it as a common word; drop it from the front of the run otherwise.
        while (
            span and span[0].initial and not span[0].acronym and is_common_word(span[0].text, lang)
        ):
            span.pop(0)
        while span and span[0].text.lower() in connectors:
            span.pop(0)
        if not span:
            continue
        if all(_not_a_name(t, lang) for t in span):
            continue  # "Thursday", "Russian", "However": dates, demonyms, function words
        kind = _kind(span, lang)
        # A lone word right before a glossary/CLDR name is its title ("Cumhurbaşkanı
        # Erdoğan"): common if the language knows it as a common word inside a name.
        if (
            len(span) == 1
            and kind == "name"
            and j < len(toks)
            and used[j]
            and _joinable(text, span[0], toks[j])
            and is_common_word(span[0].text, lang, span[0].initial, True)
        ):
            kind = "common"
        lone_initial = (
            len(span) == 1
            and span[0].initial
            and not span[0].acronym
            and not is_known_name(span[0].text, lang)
        )
        if lone_initial and kind == "name":
            if not has_word_list(lang):
                continue  # no word list to tell a name from a common word at a sentence start
            if named_elsewhere(span[0].text, lang):
                pass
            elif is_unknown_word(span[0].text, lang) and not text[span[0].end :].startswith(","):
                # A word no list knows, first in its sentence ("Pfannenstiel held..."): a name
                # if the reference has it; a version's such word may as well be an inflected
                # common word the list lacks, so it is never reported as added.
                kind = "initial"
            else:
                # Known as a common word, or a comma follows ("Pourtant,"): an adverb.
                kind = "common"
        elif (
            len(span) == 1
            and kind == "name"
            and not span[0].acronym
            and data(lang, "names", "WORD_LIST_PARTIAL", False)
            and is_unknown_word(span[0].text, lang)
            and not named_elsewhere(span[0].text, lang)
        ):
            # The language's word list lacks many inflected common words ("ministrave të
            # Jashtëm"): a lone word it does not know, and no other list knows as a name,
            # is as uncertain as a sentence's first word.
            kind = "initial"
        facts.append(
            Fact(
                "entity",
                text[span[0].start : span[-1].end],
                _value(span, lang),
                span[0].start,
                span[-1].end,
                kind=kind,
            )
        )
    # 3. Quoted titles whose words are not capitalised ("Русские витязи").
    covered = [(f.start, f.end) for f in facts]
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        start = m.start(1) + m.group(1).find(inner)
        words = inner.split()
        if not inner[:1].isupper() or len(words) > _MAX_QUOTED_WORDS:
            continue
        if any(s <= start < e or start <= s < start + len(inner) for s, e in covered):
            if any(s == start and e == start + len(inner) for s, e in covered):
                continue
            if all(
                start <= s and e <= start + len(inner)
                for s, e in covered
                if s < start + len(inner) and e > start
            ):
                facts = [f for f in facts if not (start <= f.start and f.end <= start + len(inner))]
            else:
                continue
        span = [t for t in toks if start <= t.start and t.end <= start + len(inner)]
        if not span:
            continue
        facts.append(
            Fact(
                "entity",
                inner,
                _value(span, lang),
                start,
                start + len(inner),
                kind=_kind(span, lang),
            )
        )
    return sorted(facts, key=lambda f: (f.start, f.end))
