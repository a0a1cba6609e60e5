"""Numbers written in words, and digits followed by a multiplier word ("1,4 millones")."""

from __future__ import annotations

from itertools import pairwise

from checker.facts.number_words import NumberLexicon, WordNumber, parse_glued
from checker.facts.numeric.patterns import (
    GAP_AFTER_SCALE,
    GAP_WORDS,
    MARKS,
    SUFFIX,
    WORD,
    WORD_APOSTROPHE,
)
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.rules import LangRules


def word_numbers(low: str, r: LangRules, masked: list[bool], nums: list[Num]) -> list[Num]:
    """Numbers in words, and digits followed by a multiplier word ("1,4 millones")."""
    lex = r.lex
    word_re = WORD_APOSTROPHE if lex.apostrophes else WORD
    tokens = [(m.start(), m.end(), MARKS.sub("", m.group(0))) for m in word_re.finditer(low)]
    first_words = _first_words(lex)
    pieces: list[tuple[int, int, str, float, str]] = []  # start, end, type, value, text
    fraction_at: dict[int, tuple[float, str]] = {}  # start -> (fraction value, phrase)
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if masked[start] or (word not in first_words and not (lex.glued and len(word) > 4)):
            if word in r.articles_one:
                pieces.append((start, end, "article", 1, word))
            elif word in lex.connectors:
                pieces.append((start, end, "connector", 0, word))
            i += 1
            continue
        found = None
        for size in range(min(lex.max_words, len(tokens) - i), 0, -1):
            chunk = tokens[i : i + size]
            if any(not GAP_WORDS.match(low[a[1] : b[0]]) for a, b in pairwise(chunk)):
                continue
            phrase = " ".join(t[2] for t in chunk)
            if phrase in lex.halves:
                found = (chunk[-1][1], "half", 0.5, size)
            elif phrase in lex.words:
                found = (chunk[-1][1], "value", lex.words[phrase], size)
            elif phrase in lex.multipliers:
                found = (chunk[-1][1], "mult", lex.multipliers[phrase], size)
            elif phrase in lex.ordinals:
                found = (chunk[-1][1], "ordinal", lex.ordinals[phrase], size)
            elif phrase in lex.fractions:
                found = (chunk[-1][1], "fraction", lex.fractions[phrase], size)
            if found:
                if phrase in lex.fractions:  # "third": an ordinal, or a fraction after a number
                    fraction_at[start] = (lex.fractions[phrase], phrase)
                break
        if found is None and lex.glued is not None and len(word) > 4:
            value = parse_glued(word, lex)
            if value is not None:
                found = (end, "value", value, 1)
        if found:
            pieces.append((start, found[0], found[1], found[2], low[start : found[0]]))
            i += found[3]
        else:
            if word in r.articles_one:
                pieces.append((start, end, "article", 1, word))
            elif word in lex.connectors:
                pieces.append((start, end, "connector", 0, word))
            i += 1
    # digits take part: a digit number may be followed by multipliers
    items = sorted(
        [(n.start, n.end, "digits", n.value, n.raw, n) for n in nums]
        + [(p[0], p[1], p[2], p[3], p[4], None) for p in pieces],
        key=lambda x: x[0],
    )
    out: list[Num] = []
    k = 0
    while k < len(items):
        start, end, typ, value, word, num = items[k]
        if typ == "digits":
            total = value
            stop = end
            j = k + 1
            while (
                j < len(items)
                and (items[j][2] == "mult" or items[j][4] in lex.multipliers)
                and not num.suffix
                and GAP_WORDS.match(low[stop : items[j][0]])
                and items[j][3] >= 1000
            ):
                total = total * items[j][3]
                stop = items[j][1]
                j += 1
            if j > k + 1:
                total = round(total, 6)
                total = int(total) if float(total).is_integer() else total
                merged = Num(start, stop, total, "mixed", raw=num.raw)
                suffix = SUFFIX.match(low, stop)
                merged.suffix = suffix.group(0) if suffix else ""
                out.append(merged)
            else:
                out.append(num)
            k = j
            continue
        if typ == "fraction" and word in lex.fractions_alone:
            out.append(Num(start, end, value, "words", kind="fraction"))  # "half", "половина"
            k += 1
            continue
        if typ in ("ordinal", "fraction"):
            if typ == "ordinal":
                tens = items[k + 1] if k + 1 < len(items) else None
                if (
                    lex.units_before_tens
                    and tens is not None
                    and tens[2] == "value"
                    and tens[3] in (20, 30, 40, 50, 60, 70, 80, 90)
                    and 0 < value < 10
                    and GAP_WORDS.match(low[end : tens[0]])
                ):
                    # "الخامسة والعشرين": the 25th, unit ordinal then the tens
                    value, end = value + tens[3], tens[1]
                    k += 1
                out.append(
                    Num(
                        start,
                        end,
                        int(value),
                        "words",
                        kind="ordinal",
                        ordinal_word=True,
                        weak=value < 2,
                    )
                )
            k += 1
            continue
        if typ == "connector":
            k += 1
            continue
        acc = WordNumber(lex.units_before_tens)
        begin = start
        stop = end
        j = k
        pending_article = typ == "article"
        if pending_article:
            j += 1
            fraction = _fraction_after(low, items, j, end, fraction_at, lex, times=1)
            if fraction is not None:  # "a third of", "a quarter"
                out.append(Num(begin, fraction[0], fraction[1], "words", kind="fraction"))
                k = j + 1
                continue
            if j < len(items) and items[j][2] == "mult" and GAP_WORDS.match(low[end : items[j][0]]):
                acc.add_value(1)
            else:
                k += 1
                continue
        while j < len(items):
            s2, e2, t2, v2, _w2, _ = items[j]
            if t2 == "connector":
                j += 1
                continue
            if j > k and not (pending_article and j == k + 1):
                gap = low[stop:s2]
                after_scale = acc.current is None and acc.last_scale < float("inf")
                if not GAP_WORDS.match(gap) and not (after_scale and GAP_AFTER_SCALE.match(gap)):
                    # a connector word between pieces: "hundred and five", "treinta y dos"
                    words = gap.split()
                    if not (len(words) == 1 and words[0] in lex.connectors):
                        break
            if t2 == "value":
                if not acc.add_value(v2):
                    break
            elif t2 == "mult":
                if not acc.add_multiplier(v2):
                    break
            elif t2 == "half":
                if not acc.add_half():
                    break
            else:
                break
            stop = e2
            j += 1
        if acc.pieces == 0:
            k += 1
            continue
        if not acc.has_multiplier and float(acc.value).is_integer() and 1 <= acc.value <= 20:
            fraction = _fraction_after(low, items, j, stop, fraction_at, lex, times=acc.value)
            if fraction is not None:  # "two thirds", "due terzi", "dos tercios"
                out.append(Num(begin, fraction[0], fraction[1], "words", kind="fraction"))
                k = j + 1
                continue
        value = acc.value
        phrase = low[begin:stop]
        single = acc.pieces == 1 and not pending_article
        # a lone "one" is an article in most languages; a lone ambiguous word is no number
        if single and (value == 1 or phrase in lex.not_alone):
            k = max(j, k + 1)
            continue
        if single and acc.has_multiplier and phrase not in lex.words:
            if phrase in lex.alone_values:  # Arabic dual "ألفا": two thousand
                out.append(Num(begin, stop, lex.alone_values[phrase], "words"))
            # else "thousands", "hundreds" alone are vague, not a count
            k = max(j, k + 1)
            continue
        value = int(value) if float(value).is_integer() else value
        out.append(Num(begin, stop, value, "words"))
        k = max(j, k + 1)
    return out


def _fraction_after(
    low: str,
    items: list,
    j: int,
    stop: int,
    fraction_at: dict[int, tuple[float, str]],
    lex: NumberLexicon,
    times: float,
) -> tuple[int, float] | None:
    """(end, value) when the item at `j` is a fraction word right after a count: "two
    thirds" is 2/3. A word that is also an ordinal ("third", "terzo") after "a"/"one" is a
    fraction only before a partitive ("a third of"): "a third term" is an ordinal. Languages
    without partitive words (a genitive instead: "jedna trzecia") read it as a fraction."""
    if j >= len(items) or items[j][0] not in fraction_at:
        return None
    start, end = items[j][0], items[j][1]
    if not GAP_WORDS.match(low[stop:start]):
        return None
    fraction, phrase = fraction_at[start]
    if times == 1 and phrase in lex.ordinals and lex.partitives:
        following = WORD.match(low, end + 1) if low[end : end + 1] == " " else None
        if following is None or following.group(0) not in lex.partitives:
            return None
    return end, round(times * fraction, 6)


def _first_words(lex: NumberLexicon) -> frozenset[str]:
    """First words of every phrase: most tokens are rejected by one set lookup."""
    cached = getattr(lex, "_first", None)
    if cached is None:
        words = set()
        for table in (lex.words, lex.multipliers, lex.ordinals, lex.fractions, lex.halves):
            words.update(phrase.split(" ")[0] for phrase in table)
        cached = frozenset(words)
        lex._first = cached  # type: ignore[attr-defined]
    return cached
