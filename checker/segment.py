"""Splitting a version into sentences (claims), keeping where each stands.

Rules are language blind; what differs by language (abbreviations, whether a dot
after a number is an ordinal mark) comes from `checker/lang/<code>/abbreviations.py`.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from checker.lang import available_languages
from checker.lang.profile import profile
from checker.model import Sentence

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Sentence-final punctuation, closing quotes or brackets, then the gap to the next sentence.
# A full stop glued to the next sentence ("bildirdi.Stoltenberg", a typing slip or a
# lost line break) is a candidate too: a lower-case word, the dot, a capitalised word.
_END = re.compile(r"([.!?…]+|[。！？]+|؟)([\"'”’»)\]]*)(\s+|(?<=[。！？])(?=\S)"
                  r"|(?<=[^\W\d_][^\W\d_]\.)(?=[^\W\d_][^\W\d_]))")
_WORD_BEFORE = re.compile(r"(\S+)$")
_CJK_END = re.compile(r"[。！？]$")
LOOK_BACK = 100  # characters searched for the word before a full stop: keeps splitting linear
# a date in digits from the year down, spaced ("2023. 01. 05.", "2023. 1. 5."): its inner
# full stops end no sentence
_SPACED_DATE = re.compile(r"(?<!\d)\d{4}\.[ \u00a0]\d{1,2}\.[ \u00a0]\d{1,2}(?!\d)")
# A sentence longer than this is compared as pieces cut at word boundaries: its facts and
# words are held and matched piece by piece, so a line of megabytes with no full stop
# costs time and memory in proportion to its length, not to its square. Far above any
# news sentence (a long one is 500 characters); set per run in CheckContext.
MAX_CLAIM_CHARS = 2000
_BREAKS = (" ", "\n", "\t", "\u3000")
_NO_GAP_BEFORE = re.compile(r"(?:^|\s)[\"'“‘«(]*[^\W\d_]*[^\W\d_\s]$")
_NO_GAP_AFTER = re.compile(r"[^\W\d_][^\W\d_\s]*[^\W\d_]*(?=[\s,;:!?)\]\"'”’»]|\.(?:\s|$)|$)")


_FIRST_CHAR = re.compile(r"\S")
# Unicode format characters (category Cf, Unicode 14): zero-width spaces and joiners,
# soft hyphens, direction marks, BOMs. Invisible, so a sentence's text leaves them out:
# "7<ZWSP>00" is the number 700 and "Stolten<SHY>berg" the name, not two pieces each.
_FORMAT = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e"
                     "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                     "\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
                     "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
                     "\U000e0020-\U000e007f]")


def without_format_characters(text: str) -> str:
    """`text` as a sentence holds it: without its invisible format characters."""
    return _FORMAT.sub("", text)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


_LEADING_MARKS = re.compile(r"^[^\w.]+")  # opening quotes and brackets of any language: „Dr.


@cache
def foreign_titles() -> frozenset[str]:
    """Every language's abbreviated titles (`segmentation.titles`): a name keeps its title
    in a foreign text ("Sen." in a Turkish sentence), so a capitalised one before a
    capitalised word ends no sentence in any language."""
    return frozenset(t for code in available_languages()
                     for t in profile(code).segmentation.titles)


@cache
def _date_abbreviations(lang: str) -> frozenset[str]:
    """CLDR's abbreviated weekday and month names of the language ("sub", "Sa."): one with
    its dot before a number ("u sub. 5. maja", "am Sa. 5. Mai") ends no sentence."""
    from checker.facts.date_names import cldr_date_locales

    names = set()
    for locale in cldr_date_locales(lang):
        for table in (locale.days, locale.months):
            for context in table.values():
                names.update(n.rstrip(".").lower() for n in context.get("abbreviated", {}).values())
    return frozenset(names)


@cache
def _scale_abbreviations(lang: str, short: bool = True) -> frozenset[str]:
    """The language's short scale words (`lex_attrs.MULTIPLIERS`: "δισ", "млн"; every
    one unless `short`): one with its dot before the rest of the amount ("3 δισ. 200
    εκατ.") ends no sentence."""
    return frozenset(w.lower() for w in profile(lang).numbers.multipliers
                     if len(w) <= 4 or not short)


_DIGITS_THEN_WORD = re.compile(r"\d[\d.,]*\s+(\w+)")


def _scale_follows(text: str, at: int, lang: str) -> bool:
    """Digits and a scale word at `at`: the rest of an amount ("200 εκατ."), not a new
    sentence that opens with a number ("2020 ...")."""
    m = _DIGITS_THEN_WORD.match(text, at)
    return m is not None and m.group(1).lower() in _scale_abbreviations(lang, short=False)


def _is_boundary(text: str, match: re.Match, abbreviations: set[str], ordinal_dot: bool,
                 lang: str) -> bool:
    punct = match.group(1)
    if _CJK_END.search(punct) or punct == "؟":
        return True
    following = text[match.end() : match.end() + 1]
    if not following:
        return True
    if following.islower():
        return False
    if not match.group(3):
        return _glued_boundary(text, match, abbreviations)
    if punct != ".":
        return True
    word = _WORD_BEFORE.search(text[max(match.start() - LOOK_BACK, 0) : match.start()])
    if not word:
        return True
    token = _LEADING_MARKS.sub("", word.group(1))
    if match.group(2):  # a quote closed after the dot: the sentence ended inside it
        return True
    if token.lower() in abbreviations:
        return False
    if token[:1].isupper() and token.lower() in foreign_titles():
        return False
    if len(token) == 1 and token.isalpha():  # an initial: "J. Stoltenberg"
        return False
    if following.isdigit() and token.lower() in _date_abbreviations(lang):
        return False
    if token.lower() in _scale_abbreviations(lang) and _scale_follows(text, match.end(), lang):
        return False
    if ordinal_dot and token.isdigit() and len(token) <= 2:
        return False
    if token.isdigit() and any(d.start() <= match.start() < d.end() for d in
                               _SPACED_DATE.finditer(text, max(0, match.start() - 12),
                                                     match.end() + 8)):
        return False
    return not re.fullmatch(r"(?:\w\.)+\w", token)  # "U.S." style acronyms


def _glued_boundary(text: str, match: re.Match, abbreviations: set[str]) -> bool:
    """A full stop with no space after it ends a sentence only between two plain words,
    a lower-case one before and a capitalised one after: never in a number, a URL, a
    domain or e-mail address, an acronym (U.S.Army) or after an abbreviation."""
    if match.group(1) != "." or match.group(2):
        return False
    before = _NO_GAP_BEFORE.search(text[max(match.start() - LOOK_BACK, 0) : match.start()])
    after = _NO_GAP_AFTER.match(text, match.end())
    if before is None or after is None:
        return False
    word = before.group(0).strip().lstrip("\"'“‘«(")
    following = after.group(0)
    return (word[-1].islower() and word.lower() not in abbreviations
            and following[0].isupper() and following[1:2].islower())


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block is one paragraph, except that a line break after a finished line
    (a headline, a dateline, a list item) also ends a sentence."""
    pieces = []
    piece_start = start
    for m in re.finditer(r"\n", text[start:end]):
        cut = start + m.start()
        # the last character before the break and the first after it (no copies of the
        # rest of the block: splitting stays linear in its length)
        k = cut - 1
        while k >= piece_start and text[k].isspace():
            k -= 1
        first = _FIRST_CHAR.search(text, cut + 1, end)
        wrapped = (
            k >= piece_start and first and (text[k].islower() or text[k] in ",;")
            and first.group(0).islower()
        )
        if not wrapped:
            pieces.append((piece_start, cut))
            piece_start = cut + 1
    pieces.append((piece_start, end))
    return pieces


def _pieces(text: str, start: int, end: int, max_chars: int | None) -> list[tuple[int, int]]:
    """A span cut into pieces of at most `max_chars` (None: never), each at the last
    space (tab, line break) of its second half, else before a run of digits (text
    without spaces), else at the limit."""
    if max_chars is None or end - start <= max_chars:
        return [(start, end)]
    out = []
    while end - start > max_chars:
        limit = start + max_chars
        half = start + max_chars // 2
        cut = max(text.rfind(ch, half, limit) for ch in _BREAKS)
        if cut <= start:
            cut = limit
            while cut > half and text[cut - 1].isdigit() and text[cut].isdigit():
                cut -= 1
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def split_sentences(text: str, lang: str, max_chars: int | None = MAX_CLAIM_CHARS
                    ) -> list[Sentence]:
    """Split a document into sentences; offsets, lines and columns point into `text`.
    A sentence longer than `max_chars` is cut into pieces (`_pieces`), each a sentence
    with its own offsets, line and column."""
    segmentation = profile(lang).segmentation
    abbreviations = {a.lower() for a in segmentation.abbreviations | segmentation.titles}
    ordinal_dot = segmentation.ordinal_dot
    line_starts = _line_starts(text)
    spans: list[tuple[int, int, int]] = []  # start, end, paragraph
    paragraph = 0
    block_start = 0
    blocks = []
    for m in _BLOCK_BREAK.finditer(text):
        blocks.append((block_start, m.start()))
        block_start = m.end()
    blocks.append((block_start, len(text)))
    for b_start, b_end in blocks:
        if not text[b_start:b_end].strip():
            continue
        for l_start, l_end in _split_lines(text, b_start, b_end):
            s_start = l_start
            segment = text[l_start:l_end]
            for m in _END.finditer(segment):
                if _is_boundary(segment, m, abbreviations, ordinal_dot, lang):
                    cut = l_start + m.end(2)
                    spans.extend((a, b, paragraph)
                                 for a, b in _pieces(text, s_start, cut, max_chars))
                    s_start = l_start + m.end()
            spans.extend((a, b, paragraph) for a, b in _pieces(text, s_start, l_end, max_chars))
        paragraph += 1
    sentences: list[Sentence] = []
    for start, end, para in spans:
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped or not any(ch.isalnum() for ch in stripped):
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        line_index = bisect.bisect_right(line_starts, start) - 1
        sentences.append(
            Sentence(
                index=len(sentences),
                text=_FORMAT.sub("", stripped),
                start=start,
                end=end,
                line=line_index + 1,
                column=start - line_starts[line_index] + 1,
                paragraph=para,
            )
        )
    return sentences
