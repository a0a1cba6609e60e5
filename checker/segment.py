"""Splitting a version into sentences (claims), keeping where each stands.

Rules are language blind; what differs by language (abbreviations, whether a dot
after a number is an ordinal mark) comes from `checker/lang/<code>/abbreviations.py`.
"""

from __future__ import annotations

import bisect
import re

from checker.lang.profile import profile
from checker.model import Sentence

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Sentence-final punctuation, closing quotes or brackets, then the gap to the next sentence.
_END = re.compile(r"([.!?…]+|[。！？]+|؟)([\"'”’»)\]]*)(\s+|(?<=[。！？])(?=\S))")
_WORD_BEFORE = re.compile(r"(\S+)$")
_CJK_END = re.compile(r"[。！？]$")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def _is_boundary(text: str, match: re.Match, abbreviations: set[str], ordinal_dot: bool) -> bool:
    punct = match.group(1)
    if _CJK_END.search(punct) or punct == "؟":
        return True
    following = text[match.end() : match.end() + 1]
    if not following:
        return True
    if following.islower():
        return False
    if punct != ".":
        return True
    word = _WORD_BEFORE.search(text[: match.start()])
    if not word:
        return True
    token = word.group(1).lstrip("(\"'“‘«")
    if match.group(2):  # a quote closed after the dot: the sentence ended inside it
        return True
    if token.lower() in abbreviations:
        return False
    if len(token) == 1 and token.isalpha():  # an initial: "J. Stoltenberg"
        return False
    if ordinal_dot and token.isdigit() and len(token) <= 2:
        return False
    return not re.fullmatch(r"(?:\w\.)+\w", token)  # "U.S." style acronyms


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block is one paragraph, except that a line break after a finished line
    (a headline, a dateline, a list item) also ends a sentence."""
    pieces = []
    piece_start = start
    for m in re.finditer(r"\n", text[start:end]):
        cut = start + m.start()
        before = text[piece_start:cut].rstrip()
        after = text[cut + 1 : end].lstrip()
        wrapped = (
            before and after and (before[-1].islower() or before[-1] in ",;") and after[0].islower()
        )
        if not wrapped:
            pieces.append((piece_start, cut))
            piece_start = cut + 1
    pieces.append((piece_start, end))
    return pieces


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Split a document into sentences; offsets, lines and columns point into `text`."""
    segmentation = profile(lang).segmentation
    abbreviations = {a.lower() for a in segmentation.abbreviations}
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
                if _is_boundary(segment, m, abbreviations, ordinal_dot):
                    cut = l_start + m.end(2)
                    spans.append((s_start, cut, paragraph))
                    s_start = l_start + m.end()
            spans.append((s_start, l_end, paragraph))
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
                text=stripped,
                start=start,
                end=end,
                line=line_index + 1,
                column=start - line_starts[line_index] + 1,
                paragraph=para,
            )
        )
    return sentences
