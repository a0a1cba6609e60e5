"""Numbers written in words ("twenty-three", "sept cents", "a third of"), and digits
followed by a multiplier word ("1,4 millones").

Two steps: the words of the sentence that are number words become typed pieces (a value,
a multiplier, an ordinal, ...); then runs of pieces, with the digit numbers among them,
are added up into numbers."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from checker.facts.date_names import fold_accents
from checker.facts.number_words import NumberLexicon
from checker.facts.numeric.patterns import (
    GAP_AFTER_SCALE,
    GAP_WORDS,
    MARKS,
    SUFFIX,
    WORD,
    WORD_APOSTROPHE,
)
from checker.facts.numeric.pieces import Held, Num
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.word_gate import WordGate, may_hold_number_words, word_gate
from checker.facts.word_number import WordNumber, parse_glued

_TENS = (20, 30, 40, 50, 60, 70, 80, 90)


class PieceKind(Enum):
    """What a number word (or a digit number among them) is to the words around it."""

    DIGITS = "digits"  # a number in digits: multiplier words may follow ("1,4 millones")
    VALUE = "value"  # "twenty", "trois": adds up
    MULT = "mult"  # "hundred", "millions", "млн": multiplies what comes before
    HALF = "half"  # "and a half", "buçuk": + 0.5
    ORDINAL = "ordinal"  # "twentieth"
    FRACTION = "fraction"  # "third", "half": a fraction after a count
    ARTICLE = "article"  # "a", "un": one, before a multiplier ("a thousand")
    CONNECTOR = "connector"  # "and", "y": glue inside one number


# The members under short module names: a global name is read five times faster than an
# Enum member, and these are read for every piece of every sentence.
DIGITS, VALUE, MULT, HALF = PieceKind.DIGITS, PieceKind.VALUE, PieceKind.MULT, PieceKind.HALF
ORDINAL, FRACTION, ARTICLE = PieceKind.ORDINAL, PieceKind.FRACTION, PieceKind.ARTICLE
CONNECTOR = PieceKind.CONNECTOR


class Piece(NamedTuple):
    """One number word or phrase of the sentence, or one digit number."""

    start: int
    end: int
    kind: PieceKind
    value: int | float
    text: str  # the words as written (lower case); the digit string of a digit number
    num: Num | None = None  # the digit number itself, for DIGITS


class FractionWord(NamedTuple):
    """A word that is a fraction after a count ("third" in "two thirds")."""

    value: float
    phrase: str


# A word of the sentence: start, end, the word in lower case without Arabic short vowels.
# A plain tuple: there is one per word of every sentence, and a named one costs time.
_Token = tuple[int, int, str]


class _Found(NamedTuple):
    """A number phrase found at a token: what it is, where it ends, how many words."""

    kind: PieceKind
    value: int | float
    end: int
    size: int
    fraction: FractionWord | None  # the phrase is also a fraction word


class _Fraction(NamedTuple):
    end: int
    value: float


def word_numbers(
    low: str, r: LangRules, masked: list[bool], nums: list[Num], lang: str
) -> list[Num]:
    """Numbers in words, and digits followed by a multiplier word ("1,4 millones")."""
    if r.lex.fold:  # the phrases are kept without accents: so is the text read
        low = fold_accents(low)
    gate = word_gate(lang)
    if not may_hold_number_words(low, r.lex, gate):
        # Digits alone: no multiplier word follows them, an article, a connector word or
        # a lone "one" makes no number by itself (see word_gate, _digits_times_multipliers,
        # _count).
        return sorted(nums, key=lambda n: n.start)
    pieces, fraction_at = _word_pieces(low, r, masked, gate)
    # digits take part: a digit number may be followed by multipliers
    items = sorted(
        [Piece(n.start, n.end, DIGITS, n.value, n.raw, n) for n in nums] + pieces,
        key=lambda p: p.start,
    )
    lex = r.lex
    out: list[Num] = []
    k = 0
    while k < len(items):
        item = items[k]
        num: Num | None = None
        if item.kind is DIGITS:
            num, k = _digits_times_multipliers(items, k, low, lex)
        elif item.kind is FRACTION and item.text in lex.fractions_alone:
            if _first_of_compound(items, k, low):  # "half-time", "half-brother": a noun
                k += 1
                continue
            # rounded as a fraction after a count is, so "two thirds" equals "ثلثي"
            value = round(item.value, 6)
            num, k = Num(item.start, item.end, value, "words", kind="fraction"), k + 1
            half = lex.half_units.get(item.text)
            if half is not None:  # "полгода": half a year, a quantity as "1.5 years" is
                num = num._replace(end=item.start + half, suffix=item.text[half:],
                                   kind="cardinal")
        elif item.kind is ORDINAL:
            num, k = _ordinal(items, k, low, lex)
        elif (at := _tens_then_ordinal(items, k, low)) is not None:
            ordinal = items[at]
            value = int(item.value + ordinal.value)
            num = Num(item.start, ordinal.end, value, "words", kind="ordinal", ordinal_word=True)
            k = at + 1
        elif item.kind in (FRACTION, CONNECTOR):
            k += 1
        else:
            num, k = _count(items, k, low, lex, fraction_at)
        if num is not None:
            out.append(num)
    return _digits_after_scale(out, low, lex) if lex.digits_after_scale else out


def _digits_after_scale(nums: list[Num], low: str, lex: NumberLexicon) -> list[Num]:
    """A number ending in a scale word and the smaller rest in digits right after it, as
    one number (`lex_attrs.DIGITS_AFTER_SCALE`): "2 bin 500" is 2,500, "bin 500" 1,500,
    "1 milyon 200 bin" 1,200,000. Bare digits after it are under a thousand ("2 milyon 2019'da"
    stays two numbers)."""
    out: list[Num] = []
    for n in nums:
        prev = out[-1] if out else None
        gap = low[prev.end : n.start] if prev is not None else ""
        # after an abbreviated scale its dot: "3 δισ. 200 εκατ." (the rest with its own scale)
        if prev is not None and not prev.suffix and (gap == " " or (
                gap == ". " and n.written == "mixed")):
            words = low[prev.start : prev.end].split()
            scale = lex.multipliers.get(words[-1], 0) if words else 0
            rest_ok = n.written == "mixed" or (
                n.written == "digits" and n.raw.isdigit() and n.value < 1000)
            if (scale >= 1000 and rest_ok and 0 < n.value < scale and n.kind == "cardinal"
                    and prev.value % scale == 0):
                out[-1] = Num(prev.start, n.end, prev.value + n.value, "mixed",
                              raw=prev.raw or n.raw, suffix=n.suffix)
                continue
            # "১ হাজার ২৫০ কোটি": a thousand and 250 crore, the crore counted by both
            larger = lex.multipliers.get(low[n.start : n.end].split()[-1], 0)
            if (scale == 1000 and larger == 10**7 and n.written == "mixed"
                    and n.value < scale * larger):
                out[-1] = Num(prev.start, n.end, prev.value * larger + n.value, "mixed",
                              raw=prev.raw or n.raw, suffix=n.suffix)
                continue
        out.append(n)
    return out


def _word_pieces(
    low: str, r: LangRules, masked: list[bool], gate: WordGate | None = None
) -> tuple[list[Piece], dict[int, FractionWord]]:
    """The number words of a sentence as pieces, and the fraction words by start (`gate`:
    the language's, to pass over glued compounds where no multiplier is said)."""
    lex = r.lex
    word_re = WORD_APOSTROPHE if lex.apostrophes else WORD
    marks = MARKS.search(low) is not None
    if marks:
        tokens = [(m.start(), m.end(), MARKS.sub("", m.group(0))) for m in word_re.finditer(low)]
    else:  # most sentences: no short vowel to drop, so no substitution per word
        tokens = [(m.start(), m.end(), m.group(0)) for m in word_re.finditer(low)]
    first_words = r.first_words
    # a word that is no first word can only be a compound with a multiplier inside
    glued = lex.glued is not None and (
        gate is None or marks
        or (gate.glued_part is not None and gate.glued_part.search(low) is not None)
    )
    pieces: list[Piece] = []
    fraction_at: dict[int, FractionWord] = {}
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        found = None
        if not masked[start] and (word in first_words or (glued and len(word) > 4)):
            # A phrase starts with one of `first_words`: any other word can only be glued.
            if gate is not None:
                sizes = gate.phrase_sizes.get(word, ())
            else:
                sizes = tuple(range(lex.max_words, 0, -1)) if word in first_words else ()
            found = _lookup(tokens, i, low, lex, sizes)
            if (found is not None and found.kind == VALUE and start and low[start - 1].isdigit()
                    and word not in lex.multipliers):
                found = None  # glued to digits it is their counter: "62세" (aged 62), not "세" 3
        if found is None:
            # "a"/"un": one before a multiplier; "and"/"y": glue inside a number
            if word in r.articles_one:
                pieces.append(Piece(start, end, ARTICLE, 1, word))
            elif word in lex.connectors:
                pieces.append(Piece(start, end, CONNECTOR, 0, word))
            i += 1
            continue
        if found.fraction is not None:  # "third": an ordinal, or a fraction after a number
            fraction_at[start] = found.fraction
        pieces.append(Piece(start, found.end, found.kind, found.value, low[start : found.end]))
        i += found.size
    return pieces, fraction_at


def _lookup(tokens: list[_Token], i: int, low: str, lex: NumberLexicon,
            sizes: tuple[int, ...]) -> _Found | None:
    """The longest number phrase starting at token `i`, or a compound glued in one word.
    `sizes`: the lengths in words of the phrases the word may start, longest first (none:
    only a glued compound is looked for)."""
    left = len(tokens) - i
    for size in sizes:
        if size > left:
            continue
        chunk = tokens[i : i + size]
        phrase = " ".join([t[2] for t in chunk]) if size > 1 else chunk[0][2]
        end = chunk[-1][1]
        if phrase in lex.halves:
            kind, value = HALF, 0.5
        elif phrase in lex.words:
            kind, value = VALUE, lex.words[phrase]
        elif phrase in lex.multipliers:
            kind, value = MULT, lex.multipliers[phrase]
        elif phrase in lex.ordinals and not (phrase in lex.date_only
                                             and phrase in lex.fractions_alone):
            # an ordinal the language declares no number word that is also a fraction
            # alone ("חמישית": a fifth) is the fraction
            kind, value = ORDINAL, lex.ordinals[phrase]
        elif phrase in lex.fractions:
            kind, value = FRACTION, lex.fractions[phrase]
        else:
            continue
        # the words of a phrase stand apart by spaces or hyphens only (looked at once the
        # phrase is known: most are not)
        if size > 1 and any(not GAP_WORDS.match(low[a[1] : b[0]]) for a, b in pairwise(chunk)):
            continue
        fraction = FractionWord(lex.fractions[phrase], phrase) if phrase in lex.fractions else None
        return _Found(kind, value, end, size, fraction)
    _, end, word = tokens[i]
    if lex.glued is not None and len(word) > 4:
        glued = _glued_value(word, lex)
        if glued is not None:
            return _Found(VALUE, glued, end, 1, None)
    return None


def _glued_value(word: str, lex: NumberLexicon) -> int | None:
    """`parse_glued`, cached per word: a glued language reads every long word of a
    sentence that says a multiplier."""
    values = _glued_values(Held(lex))
    try:
        return values[word]
    except KeyError:
        pass
    if len(values) > 100_000:  # bounded: a long run reads many words
        values.clear()
    value = values[word] = parse_glued(word, lex)
    return value


@lru_cache(maxsize=64)
def _glued_values(_lex: Held) -> dict[str, int | None]:
    """The values of the words of one lexicon read so far (filled by `_glued_value`)."""
    return {}


_DOTTED_ON = re.compile(r"\.[^\W\d_]")


def _digits_times_multipliers(
    items: list[Piece], k: int, low: str, lex: NumberLexicon
) -> tuple[Num, int]:
    """The digit number at `k`, times the multiplier words right after it ("1,4 millones",
    "417.6 million"), and the index of the next item."""
    first = items[k]
    num = first.num
    assert num is not None  # every DIGITS piece carries its number
    total = first.value
    stop = first.end
    j = k + 1
    scale = 1
    while (
        j < len(items)
        and (items[j].kind is MULT or items[j].text in lex.multipliers)
        and (not num.suffix or _hyphened_scale(num.suffix, lex))
        and items[j].start >= stop  # not a scale glued on already ("2.8bn")
        and GAP_WORDS.match(low[stop : items[j].start])
        and items[j].value >= 1000
        # a scale's short form is no scale inside a dotted abbreviation: "150 ಮಿ.ಮೀ" (mm)
        and not _DOTTED_ON.match(low, items[j].end)
        # plain digits as large as the scale word are no multiple of it: "1970 thousands"
        # is a year before a vague "thousands" (a writer gives 1.97 million)
        and not (j == k + 1 and num.raw.isdigit() and total >= items[j].value)
    ):
        total = total * items[j].value
        scale = items[j].value
        stop = items[j].end
        j += 1
    if j == k + 1:
        return num, j
    total, stop, j = _rest_after_scale(items, j, low, lex, (total, stop, scale))
    total = round(total, 6)
    total = int(total) if float(total).is_integer() else total
    suffix = SUFFIX.match(low, stop)
    merged = Num(
        first.start, stop, total, "mixed", raw=num.raw, suffix=suffix.group(0) if suffix else ""
    )
    return merged, j


def _hyphened_scale(suffix: str, lex: NumberLexicon) -> bool:
    """A scale word after a hyphen is no suffix of the digits but their multiple:
    "100-tisíc" is 100,000, "$100-million" 100 million."""
    return suffix[:1] in "-\u2010\u2011" and suffix[1:].lower() in lex.multipliers


def _rest_after_scale(
    items: list[Piece], j: int, low: str, lex: NumberLexicon, read: tuple[float, int, float]
) -> tuple[float, int, int]:
    """Digits and a scale word, then half the scale or a smaller part after "and": "2
    milhões e meio" (2.5 million), "1 milhão e 200 mil" (1.2 million). `read` is (value,
    end, scale) so far; returns them and the index of the next item."""
    total, stop, scale = read
    if j < len(items) and items[j].kind is HALF and GAP_WORDS.match(low[stop : items[j].start]):
        return total + scale / 2, items[j].end, j + 1
    if not (j + 1 < len(items) and items[j].kind is CONNECTOR and items[j + 1].kind is DIGITS):
        return total, stop, j
    if not (GAP_WORDS.match(low[stop : items[j].start])
            and GAP_WORDS.match(low[items[j].end : items[j + 1].start])):
        return total, stop, j
    part, after = _digits_times_multipliers(items, j + 1, low, lex)
    digits = items[j + 1].value
    if after > j + 2 and 0 < digits < scale and part.value / digits >= scale * 1000:
        # "3 mil e 200 milhões": the larger scale multiplies the whole, 3,200 million
        return (total + digits) * (part.value / digits), part.end, after
    if after == j + 2 and scale == 1000 and part.raw.isdigit() and 0 < part.value < 1000:
        return total + part.value, part.end, after  # "14 mil e 500": 14,500
    if after == j + 2 or not 0 < part.value < scale:
        return total, stop, j  # "and 200" alone, or a larger number: two numbers
    return total + part.value, part.end, after


def _first_of_compound(items: list[Piece], k: int, low: str) -> bool:
    """The word at `k` is hyphenated to a following word that is no number ("half-time");
    "half-million" stays a number."""
    end = items[k].end
    if not re.match(r"[-\u2010\u2011]\w", low[end : end + 2]):
        return False
    return not (k + 1 < len(items) and items[k + 1].start == end + 1)


def _tens_then_ordinal(items: list[Piece], k: int, low: str) -> int | None:
    """A tens word before an ordinal of the units: "dvadeset petog", "двадцять п'ятого"
    (the 25th), where only the last word of a compound ordinal is an ordinal; also with the
    language's "and" between them ("dvadeset i petog"). The index of the units' ordinal."""
    tens = items[k]
    if tens.kind is not VALUE or tens.value not in _TENS:
        return None
    at = k + 1
    if at + 1 < len(items) and items[at].kind is CONNECTOR and GAP_WORDS.match(
            low[tens.end : items[at].start]):
        tens, at = items[at], at + 1
    if at >= len(items):
        return None
    unit = items[at]
    if unit.kind is ORDINAL and 0 < unit.value < 10 and GAP_WORDS.match(
            low[tens.end : unit.start]):
        return at
    return None


def _ordinal(items: list[Piece], k: int, low: str, lex: NumberLexicon) -> tuple[Num, int]:
    """An ordinal word ("twentieth"), with the tens after a unit ordinal where the language
    puts the unit first ("الخامسة والعشرين": the 25th; "الثالثة عشرة": the 13th)."""
    start, end, _, value, _, _ = items[k]
    tens = items[k + 1] if k + 1 < len(items) else None
    if tens is not None and GAP_WORDS.match(low[end : tens.start]) and (
        (
            lex.units_before_tens
            and tens.kind is VALUE
            and (tens.value in _TENS or tens.value == 10)  # "التاسع عشر": the 19th
            and 0 < value < 10
        )
        # "εικοστού δεύτερου", "trigésima quinta": the 22nd, the 35th, in two ordinals
        or (tens.kind is ORDINAL and value in _TENS and 0 < tens.value < 10)
    ):
        value, end = value + tens.value, tens.end
        k += 1
    # "first", "second": days only, unless a determiner and a noun make "second" an ordinal
    weak = value < 2 or (low[start:end] in lex.date_only
                         and not _determined_ordinal(low, start, end, lex))
    num = Num(start, end, int(value), "words", kind="ordinal", ordinal_word=True, weak=weak)
    return num, k + 1


_NEXT_WORD = re.compile(r"[\s\u00a0]+([^\W\d_]+)")


def _determined_ordinal(low: str, start: int, end: int, lex: NumberLexicon) -> bool:
    """ "the second quarter": an ordinal that is also another word, after a determiner
    (`lex_attrs.ORDINAL_DETERMINERS`) and before a word that is no partitive ("the second
    of May" is a day)."""
    before = low[max(0, start - 12) : start].split()
    nxt = _NEXT_WORD.match(low, end)
    return (bool(before) and before[-1] in lex.ordinal_determiners and nxt is not None
            and nxt.group(1) not in lex.partitives)


def _count(
    items: list[Piece],
    k: int,
    low: str,
    lex: NumberLexicon,
    fraction_at: dict[int, FractionWord],
) -> tuple[Num | None, int]:
    """The number in words that begins at item `k` (a value, a multiplier, a half or an
    article before a multiplier), or None; and the index of the next item to read."""
    first = items[k]
    acc = WordNumber(lex.units_before_tens)
    j = k
    article = first.kind is ARTICLE
    if article:
        j += 1
        fraction = _fraction_after(low, items, j, first.end, fraction_at, lex, times=1)
        if fraction is not None:  # "a third of", "a quarter"
            return _fraction_num(first.start, fraction, items, j + 1, low, lex)
        if not (
            j < len(items)
            and items[j].kind is MULT
            and GAP_WORDS.match(low[first.end : items[j].start])
        ):
            return None, k + 1
        acc.add_value(1)
    j, stop = _add_pieces(acc, items, k, j, first.end, article, low, lex)
    if acc.pieces == 0 or any(_digits_after_partitive(low, end, lex)
                              for end in (first.end, stop)):
        return None, k + 1  # "a score of 85", "by a score of 3-1": a result, not twenty
    if not acc.has_multiplier and float(acc.value).is_integer() and 1 <= acc.value <= 20:
        fraction = _fraction_after(low, items, j, stop, fraction_at, lex, times=acc.value)
        if fraction is not None:  # "two thirds", "due terzi", "dos tercios"
            return _fraction_num(first.start, fraction, items, j + 1, low, lex)
    value = acc.value
    phrase = low[first.start : stop]
    single = acc.pieces == 1 and not article
    # a lone "one" is an article in most languages; a lone ambiguous word is no number
    if single and (value == 1 or (phrase in lex.not_alone and not _after_percent(low, first, lex)
                                  and not _counted(low, first, stop, phrase, lex))):
        return None, max(j, k + 1)
    if single and acc.has_multiplier and phrase not in lex.words:
        if phrase in lex.alone_values:  # Arabic dual "ألفا": two thousand
            return Num(first.start, stop, lex.alone_values[phrase], "words"), max(j, k + 1)
        if phrase in lex.ordinals:  # "décimas" alone: the tenth ones, no count of tenths
            return Num(first.start, stop, int(lex.ordinals[phrase]), "words", kind="ordinal",
                       ordinal_word=True), max(j, k + 1)
        if phrase in lex.singular_scale and _after_word(low, first, lex.singular_scale_after):
            return Num(first.start, stop, lex.singular_scale[phrase], "words"), max(j, k + 1)
        return None, max(j, k + 1)  # "thousands", "hundreds" alone are vague, not a count
    if not article and first.text not in lex.words and all(
        p.kind in (MULT, CONNECTOR) for p in items[k:j]
    ):
        return None, max(j, k + 1)  # scale words only: "сотни тысяч", "δεκάδες χιλιάδες"
    value = int(value) if float(value).is_integer() else value
    return Num(first.start, stop, value, "words"), max(j, k + 1)


def _digits_after_partitive(low: str, stop: int, lex: NumberLexicon) -> bool:
    """A number right after a number phrase that ends in a partitive ("a score of 85",
    "by a score of three to one"): the words before are no count of what follows."""
    words = low[max(0, stop - 16) : stop].split()
    if not words or words[-1] not in lex.partitives or low[stop : stop + 1] != " ":
        return False
    after = low[stop + 1 : stop + 24].split()
    return low[stop + 1 : stop + 2].isdigit() or (bool(after) and after[0] in lex.words)


def _fraction_num(start: int, fraction: _Fraction, items: list[Piece], j: int, low: str,
                  lex: NumberLexicon) -> tuple[Num, int]:
    """A fraction in words, or the count it makes of a scale word after a partitive: "um
    quarto de milhão" and "a quarter of a million" are 250,000; the index of the next item."""
    k = j + 1 if j < len(items) and items[j].kind is ARTICLE else j
    if k < len(items) and items[k].kind is MULT and items[k].value >= 1000:
        between = low[fraction.end : items[k].start].split()
        if k > j:
            between = between[:-1]  # the article before the scale word ("of a million")
        if len(between) == 1 and between[0] in lex.partitives:
            value = round(fraction.value * items[k].value, 6)
            value = int(value) if float(value).is_integer() else value
            return Num(start, items[k].end, value, "words"), k + 1
    return Num(start, fraction.end, fraction.value, "words", kind="fraction"), j


def _after_percent(low: str, first: Piece, lex: NumberLexicon) -> bool:
    """The word right after a percent word ("yüzde yüz": a hundred percent)."""
    return _after_word(low, first, lex.percent_before)


def _counted(low: str, first: Piece, stop: int, phrase: str, lex: NumberLexicon) -> bool:
    """A `counted_only` word right before a counted noun ("نه نفر", nine people), or right
    after the hour word of a clock time ("ساعت نه", at nine)."""
    if phrase not in lex.counted_only:
        return False
    after = low[stop : stop + 24].split()  # the counted word, without the sentence's stop
    counted = bool(after) and after[0].rstrip(".,;:!?)»\"'") in lex.counted_words
    return counted or _after_word(low, first, lex.hour_words)


def _after_word(low: str, first: Piece, words: frozenset[str]) -> bool:
    """Whether the word right before `first` is one of `words`."""
    before = low[max(0, first.start - 20) : first.start].split()
    return bool(before) and before[-1] in words


def _add_pieces(
    acc: WordNumber,
    items: list[Piece],
    k: int,
    j: int,
    stop: int,
    article: bool,
    low: str,
    lex: NumberLexicon,
) -> tuple[int, int]:
    """Adds the pieces from `j` on to `acc` while they make one number; returns the index
    of the first piece not taken and the end of the last one taken."""
    while j < len(items):
        piece = items[j]
        if piece.kind is CONNECTOR:
            j += 1
            continue
        if j > k and not (article and j == k + 1):
            gap = low[stop : piece.start]
            after_scale = acc.current is None and acc.last_scale < float("inf")
            if not GAP_WORDS.match(gap) and not (after_scale and GAP_AFTER_SCALE.match(gap)):
                # a connector word between pieces: "hundred and five", "treinta y dos"
                words = gap.split()
                if not (len(words) == 1 and words[0] in lex.connectors):
                    break
        if piece.kind is VALUE:
            if not acc.add_value(piece.value):
                break
        elif piece.kind is MULT:
            if not acc.add_multiplier(piece.value):
                break
        elif piece.kind is HALF:
            if not acc.add_half():
                break
        else:
            break
        stop = piece.end
        j += 1
    return j, stop


def _fraction_after(
    low: str,
    items: list[Piece],
    j: int,
    stop: int,
    fraction_at: dict[int, FractionWord],
    lex: NumberLexicon,
    times: float,
) -> _Fraction | None:
    """The fraction when the item at `j` is a fraction word right after a count: "two
    thirds" is 2/3. A word that is also an ordinal ("third", "terzo") after "a"/"one" is a
    fraction only before a partitive ("a third of"): "a third term" is an ordinal. Languages
    without partitive words (a genitive instead: "jedna trzecia") read it as a fraction."""
    if j >= len(items) or items[j].start not in fraction_at:
        return None
    start, end = items[j].start, items[j].end
    if not GAP_WORDS.match(low[stop:start]) or _first_of_compound(items, j, low):
        return None  # "a half-time show": a noun
    fraction, phrase = fraction_at[start]
    if times == 1 and phrase in lex.ordinals and lex.partitives:
        following = WORD.match(low, end + 1) if low[end : end + 1] == " " else None
        if following is None or following.group(0) not in lex.partitives:
            return None
    return _Fraction(end, round(times * fraction, 6))
