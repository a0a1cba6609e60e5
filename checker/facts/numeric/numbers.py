"""Number facts: counts, ordinals, decimals, percentages, ranges and scores, with their
counted thing and qualifier."""

from __future__ import annotations

import re
from typing import NamedTuple

from checker.facts.date_names import fold_accents
from checker.facts.numeric.measures import SUBUNITS, dimension
from checker.facts.numeric.pieces import Num
from checker.facts.numeric.roman import century_facts
from checker.facts.numeric.rules import LangRules
from checker.facts.numeric.units import CURRENCY_SIGNS, unit_after, unit_before
from checker.model import Fact

_ORDINAL_DOT = re.compile(r"^\.[\s\u00a0]*(?:[^\W\d_]|\+)")
_SCORE_COLON = re.compile(r"^:$")
_DASHES = ("-", "\u2013", "\u2014", "~")
_FEET_GAP = re.compile(r"[ \u00a0]+[^\W\d_]+,?[ \u00a0]+")  # "6 feet 6": one word between


class _Pair(NamedTuple):
    """Two numbers read as one value: a range "30-60", "30 to 60" or a score "2:0"."""

    value: tuple[int | float, int | float]
    kind: str
    end: int
    percent: bool  # "20-30%": the percent sign after the second number


def number_facts(
    text: str, norm: str, low: str, nums: list[Num], r: LangRules, taken: frozenset[int]
) -> list[Fact]:
    """Number facts of the numbers no date or time took (`taken`: their starts)."""
    facts: list[Fact] = []
    free = [n for n in nums if n.start not in taken and not n.weak]
    skip_next = False
    for idx, n in enumerate(free):
        if skip_next:  # the second number of a range or score
            skip_next = False
            continue
        if n.kind == "code":
            facts.append(
                Fact("number", text[n.start : n.end], n.value, n.start, n.end, kind="code")
            )
            continue
        start, end = n.start, n.end + len(n.suffix)
        kind = _digit_kind(n, start, norm, low, r) if n.written == "digits" else n.kind
        if _article_ordinal(n, low, r):
            kind = "ordinal"
        elif kind == "ordinal" and n.written == "words" and low[:start].split()[-1:] and (
            low[:start].split()[-1] in r.age_before_ordinal
        ):  # "في سن السابعة": at the age of seven, a count
            kind = "cardinal"
        value: int | float | tuple = n.value
        unit = None
        percent = _percent(start, end, low, r)
        if percent is not None:
            kind, unit = "percent", "percent"
            start, end = percent
        elif r.basis_point_after is not None and r.basis_point_after.match(low[end:end + 25]):
            unit = "basis point"  # "50 basis points": "0.5 percentage points"
        nxt = free[idx + 1] if idx + 1 < len(free) else None
        height = _in_two_units(n, nxt, end, low, r)
        if height is not None:  # "6-foot-6", "8 pounds 3 ounces": one length, one weight
            facts.append(Fact("number", text[start : height[1]], height[0], start, height[1],
                              unit=height[2], kind="in_parts"))
            skip_next = True
            continue
        pair = _pair(n, nxt, kind, end, norm, low, r) if nxt is not None else None
        if pair is not None:
            value, kind, end = pair.value, pair.kind, pair.end
            unit = "percent" if pair.percent else unit
            skip_next = True
        # roman numeral centuries ("XIXe siècle", "siglo XV") are found below
        if unit is None and pair is not None and nxt is not None:
            unit = _unit(nxt, nxt.start, end, norm, low, r)  # "5 à 10 cm": after the range
        if unit is None:  # an ordinal's dot ends nothing: "u 13. minutu" counts minutes
            unit = _unit(n._replace(kind=kind) if kind == "ordinal" else n, start, end, norm,
                         low, r)
        if unit is None and pair is None and nxt is not None and kind in ("cardinal", "decimal"):
            unit = _measure_shared(n, nxt, end, norm, low, r)  # "between 46 and 52 °F"
        if unit is None and kind == "ordinal" and _century_after(end, low, r):
            unit = "century"  # "the 19th century", "του 19ου αιώνα": as "século XIX" is
        if pair is None and isinstance(value, int):
            half = _half_after_noun(end, low, r) if kind != "percent" else _half_at(end, low, r)
            if half is not None:  # "duas horas e meia": 2.5 hours
                value, end = value + 0.5, half
        qualifier, start, end = _qualifier(start, end, low, r)
        if qualifier is None and r.approximate_endings and low[start:end].endswith(
            r.approximate_endings
        ):  # "dvadesetak": about twenty
            qualifier = "about"
        if qualifier is None and isinstance(value, (int, float)):
            qualifier, value, end = _approximate_word(start, end, value, low, r)
        facts.append(
            Fact(
                "number",
                text[start:end].strip(),
                value,
                start,
                end,
                qualifier=qualifier,
                unit=unit,
                kind=kind,
            )
        )
    if r.century_words is not None:
        facts.extend(century_facts(text, low, r))
    return facts


def other_calendar(n: Num, low: str, r: LangRules) -> bool:
    """A day or year of another calendar's date ("۲۸ آبان ۱۴۰۳"): no count."""
    after, before = r.other_calendar
    if after is None or before is None:
        return False
    return bool(after.match(low[n.end : n.end + 24])
                or before.search(low[max(0, n.start - 24) : n.start]))


def _century_after(end: int, low: str, r: LangRules) -> bool:
    """Whether a century word follows an ordinal ("20th century", "19ου αιώνα"), or its
    ordinal dot ("20. stoljeća")."""
    if r.ordinal_dot and low[end : end + 1] == ".":
        end += 1
    return r.century_words is not None and r.century_words.match(low[end : end + 24]) is not None


# a short word or an elision, then a word: "de milliers", "d'habitants"
_LINK_THEN_WORD = re.compile(r"\s+[^\W\d_]{1,3}(?:['’]|\s+)([^\W\d_]+)")


def _approximate_word(
    start: int, end: int, value: int | float, low: str, r: LangRules
) -> tuple[str | None, int | float, int]:
    """A word of an approximate count ("une quarantaine": about 40), and the scale a short
    word joins to it ("une dizaine de milliers": about 10,000): (qualifier, value, end)."""
    words = low[start:end].split()
    if not words or words[-1] not in r.approximate_words:
        return None, value, end
    link = _LINK_THEN_WORD.match(low, end)
    if link is not None:
        word = link.group(1)
        scale = r.lex.multipliers.get(word) or r.lex.multipliers.get(word.rstrip("s"))
        if scale is None and word.rstrip("s") in r.approximate_words:
            scale = r.lex.words.get(word.rstrip("s"))
        if scale is not None and scale >= 1000:
            return "about", value * scale, link.end()
    return "about", value, end


def _article_ordinal(n: Num, low: str, r: LangRules) -> bool:
    """A round tens word with the article right after a word with it, in a language whose
    ordinals of the tens are so written (`ordinal_article`): it follows and qualifies a
    definite noun ("the anniversary the sixty": the sixtieth); a count stands before its noun."""
    articles = r.ordinal_article
    if not articles or n.written != "words" or n.kind != "cardinal" or n.value not in _TENS:
        return False
    before = low[: n.start].split()
    return low.startswith(articles[0], n.start) and bool(before) and before[-1].startswith(articles)


_TENS = frozenset(range(20, 100, 10))
# the counted noun, or a noun and its adjective ("um ponto percentual e meio": 1.5 points)
_NOUN_THEN = (re.compile(r"\s+[^\W\d_]+\s+"), re.compile(r"\s+[^\W\d_]+\s+[^\W\d_]+\s+"))


def _half_at(end: int, low: str, r: LangRules) -> int | None:
    """The end of the language's "and a half" right after a percent word that names the
    points ("dos puntos porcentuales y medio": 2.5 points), or None."""
    for half in r.lex.halves:
        stop = end + 1 + len(half)
        if low[end : end + 1].isspace() and low.startswith(half, end + 1) and not low[
                stop : stop + 1].isalnum():
            return stop
    return None


def _half_after_noun(end: int, low: str, r: LangRules) -> int | None:
    """The end of a half said after the counted noun ("quatro anos e meio", "dos horas y
    media", "deux heures et demie": the language's "and a half" one word after the
    number), or None."""
    if not r.lex.halves:
        return None
    for noun_then in _NOUN_THEN:
        noun = noun_then.match(low, end)
        if noun is None:
            return None
        for half in r.lex.halves:
            stop = noun.end() + len(half)
            if (low.startswith(half, noun.end()) and not low[stop : stop + 1].isalnum()
                    and not _half_starts_a_number(half, stop, low, r)):
                return stop
    return None


_NEXT = re.compile(r"\s+([^\W\d_]+)")


def _half_starts_a_number(half: str, stop: int, low: str, r: LangRules) -> bool:
    """The half begins the next number: "cinco feridos e meia dúzia de detidos" is five and
    six, "e meio milhão" half a million."""
    nxt = _NEXT.match(low, stop)
    if nxt is None:
        return False
    word = nxt.group(1)
    return f"{half.split()[-1]} {word}" in r.lex.words or word in r.lex.multipliers


def _in_two_units(
    n: Num, nxt: Num | None, end: int, low: str, r: LangRules
) -> tuple[float, int, str] | None:
    """ "6-foot-6", "6 feet 6 inches", "6ft 2in", "8 pounds 3 ounces", "15 stone 4 pounds":
    one quantity in a unit and its smaller unit (`measures.SUBUNITS`), as (its value in the
    larger unit, the end of the text, the larger unit)."""
    if nxt is None or nxt.written != "digits" or not nxt.raw.isdigit():
        return None
    if n.suffix and nxt.start == end + 1 and low[end : end + 1] == "-":  # "6-foot-6"
        word = n.suffix.lstrip("'-").lower()
        if next((key for stem, key in r.units if word.startswith(stem)), None) != "foot" or (
            not 0 <= nxt.value < 12
        ):
            return None
        return round(n.value + nxt.value / 12, 4), nxt.end + len(nxt.suffix), "foot"
    # both unit words said, or both symbols glued: "6 feet, 2 inches", "6ft 2in"
    gap = (_GLUED_GAP if n.suffix else _FEET_GAP).fullmatch(low, end, nxt.start)
    major = unit_after(low, n, r, words=1) if gap is not None else None
    if major not in SUBUNITS:
        return None
    minor, parts = SUBUNITS[major]
    if not 0 <= nxt.value < parts or unit_after(low, nxt, r, words=1) != minor:
        return None
    return round(n.value + nxt.value / parts, 4), nxt.end + len(nxt.suffix), major


_GLUED_GAP = re.compile(r"[ \u00a0]+")  # "6ft 2in": the symbols glued, a space between


def _digit_kind(n: Num, start: int, norm: str, low: str, r: LangRules) -> str:
    """ "ordinal" (20th, 20., 20-nci, 第20), "decimal" or the number's own kind."""
    suffix = n.suffix.lstrip("'-").lower().split("-")[0]  # "16th-century": "th"
    if (
        (suffix and suffix in r.ordinal_suffixes)
        or (not suffix and r.ordinal_dot and _ORDINAL_DOT.match(norm[n.end : n.end + 4]))
        or (
            r.ordinal_before is not None and r.ordinal_before.search(low[max(0, start - 6) : start])
        )
    ):
        return "ordinal"
    if isinstance(n.value, float):
        return "decimal"
    return n.kind


def _percent(start: int, end: int, low: str, r: LangRules) -> tuple[int, int] | None:
    """The span of a percentage ("20 %", "20 per cent", "%20"), or None."""
    pct = r.percent_after.match(low[end : end + 25]) if r.percent_after else None
    if pct:
        return start, end + pct.end()
    if r.percent_before is not None:
        sign = r.percent_before.search(low[max(0, start - 15) : start])
        if sign:
            return start - len(sign.group(0)), end
    return None


def _measure_shared(n: Num, nxt: Num, end: int, norm: str, low: str,
                    r: LangRules) -> str | None:
    """The unit of measure of the next number, where the two are joined by "and" or a range
    word and the next is not smaller ("between 46 and 52 °F", "mezi 8 a 11 stupni"): both
    ends of a range said with one unit."""
    between = low[end : nxt.start]
    if (r.day_pair_between is None or not r.day_pair_between.match(between)
            or len(between) > 12 or not n.value <= nxt.value):
        return None
    unit = _unit(nxt, nxt.start, nxt.end + len(nxt.suffix), norm, low, r)
    return unit if dimension(unit) is not None else None


def _pair(n: Num, nxt: Num, kind: str, end: int, norm: str, low: str, r: LangRules) -> _Pair | None:
    """A range ("30-60", "30 to 60", "od 30 do 60") or a score ("2:0") that `n` begins."""
    if (
        kind in ("cardinal", "decimal", "percent")
        and nxt.kind == "cardinal"
        and r.range_between is not None
        and r.range_between.match(low[n.end + len(n.suffix) : nxt.start])
        and nxt.start - end < 12
    ):
        gap = low[n.end + len(n.suffix) : nxt.start]
        if (
            gap.strip() in _DASHES
            and n.written == "digits"
            and nxt.written == "digits"
            and re.match(r"^\d{4}$", n.raw)
            and re.match(r"^\d{2}$", nxt.raw)
        ):
            return None  # "2014-15": a span of years, not a range of counts
        end = nxt.end + len(nxt.suffix)
        pct = r.percent_after.match(low[end : end + 25]) if r.percent_after else None
        if pct:
            return _Pair((n.value, nxt.value), "percent", end + pct.end(), True)
        return _Pair((n.value, nxt.value), "range" if kind != "percent" else "percent", end, False)
    if (
        n.written == "digits"
        and nxt.written == "digits"
        and _SCORE_COLON.match(norm[n.end : nxt.start])
        and isinstance(n.value, int)
    ):
        return _Pair((n.value, nxt.value), "score", nxt.end, False)  # a 2:0 that is no time
    return None


# the last characters of the currency signs, as written and in lower case
_SIGN_ENDS = frozenset(c for sign in CURRENCY_SIGNS for c in (sign[-1], sign.lower()[-1]))


def _unit(n: Num, start: int, end: int, norm: str, low: str, r: LangRules) -> str | None:
    """The counted thing of a number: a unit word, else a currency sign before or after."""
    if r.unit_before:
        # the word right after wins ("30 asker"), then the one right before
        # ("askerlerden 30'u"), then a word further on
        unit = unit_after(low, n, r, words=1, counters=False)
        unit = unit or unit_before(low, n.start, r) or unit_after(low, n, r)
    else:
        unit = unit_after(low, n, r)
    if unit is None:
        head = norm[max(0, start - 4) : start].rstrip()
        # most numbers have no sign before them: the signs are tested only after one's end
        for sign, key in CURRENCY_SIGNS.items() if head[-1:] in _SIGN_ENDS else ():
            if head.endswith(sign.lower()) or head.endswith(sign):
                return key
    if unit is None and n.ordinal_word is False:
        sign = norm[end : end + 3].strip()[:1]
        if sign in CURRENCY_SIGNS:
            return CURRENCY_SIGNS[sign]
    return unit


_ONE_WORD = re.compile(r"^\s*[^\W\d_]+")
# a currency sign between a qualifier and its number, with the letters of its country
# ("US$", "R$"): the qualifier stands before the sign
_SIGN_BEFORE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]{0,3}(?:" + "|".join(re.escape(s.lower()) for s in CURRENCY_SIGNS)
    + r")[\s\u00a0]*$"
)


def _qualifier(start: int, end: int, low: str, r: LangRules) -> tuple[str | None, int, int]:
    """The qualifier key ("at least", "more than") before or after a number, and the span
    widened to take the words before it (or, without spaces, after it)."""
    qualifier = None
    if r.qualifier_before is not None:
        window = low[max(0, start - 30) : start]
        sign = _SIGN_BEFORE.search(window)  # "about $2 billion", "cerca de US$ 2 bilhões"
        qm = r.qualifier_before.search(window[: sign.start()] if sign else window)
        if qm:
            qualifier = r.qualifier_before_keys.get(re.sub(r"\s+", " ", qm.group(1)))
            start = start - (len(window) - qm.start(1))
    if qualifier is None and r.qualifier_after is not None:
        tail = low[end : end + 40]
        qm = r.qualifier_after.match(tail)
        if qm is None and not r.spaceless:
            skip = _ONE_WORD.match(tail)  # one word between: "20 people or more"
            if skip:
                qm2 = r.qualifier_after.match(tail[skip.end() :])
                if qm2:
                    qualifier = r.qualifier_after_keys.get(re.sub(r"\s+", " ", qm2.group(1)))
        elif qm is not None:
            qualifier = r.qualifier_after_keys.get(re.sub(r"\s+", " ", qm.group(1)))
            if r.spaceless:
                end = end + qm.end()
    return qualifier, start, end


_WORD = re.compile(r"[^\W\d_]+")


def says_one(word: str, r: LangRules) -> bool:
    """Whether a lower-case word is the language's "one" or its indefinite article ("um",
    "a"). The number words of a language whose accents are optional are kept folded, so the
    word is folded the same way before it is looked up ("μία" is "μια")."""
    key = fold_accents(word) if r.lex.fold else word
    return r.lex.words.get(key) == 1 or key in r.articles_one


def one_and_a_half_facts(text: str, low: str, r: LangRules, facts: list[Fact]) -> list[Fact]:
    """One and the language's "and a half" after the counted noun: "um dia e meio", "una
    hora y media", "a day and a half" are 1.5 (a lone "one" is no number, so the digits'
    reading of the half, `_half_after_noun`, never sees them)."""
    if not r.lex.halves:
        return []
    out = []
    for m in _WORD.finditer(low):
        if not says_one(m.group(0), r):
            continue
        end = _half_after_noun(m.end(), low, r)
        if end is None or any(f.start < end and m.start() < f.end for f in facts):
            continue
        noun = low[m.end() : end].split()[0]
        unit = next((key for stem, key in r.units if noun.startswith(stem)), None)
        out.append(Fact("number", text[m.start() : end], 1.5, m.start(), end, unit=unit,
                        kind="decimal"))
    return out + _bare_unit_and_a_half(text, low, r, facts + out)


def _bare_unit_and_a_half(text: str, low: str, r: LangRules, facts: list[Fact]) -> list[Fact]:
    """A unit noun with no number before it and the language's "and a half" right after:
    "kilo y medio", "hora e meia" are 1.5 of the unit (the "one" left unsaid)."""
    out = []
    for m in _WORD.finditer(low):
        noun = m.group(0)
        unit = next((key for stem, key in r.units
                     if noun.startswith(stem) and (len(stem) > 2 or noun == stem)), None)
        if unit is None:
            continue
        end = _half_right_after(m.end(), low, r)
        before = _WORD_BEFORE.search(low, 0, m.start())
        if end is None or (before is not None and (
                says_one(before.group(1), r) or before.group(1) in r.lex.words
                or before.group(1) in r.lex.multipliers)):
            continue  # no half, or a count before the noun: read with it
        if any(f.start < end and m.start() - 2 < f.end for f in facts):
            continue
        out.append(Fact("number", text[m.start() : end], 1.5, m.start(), end, unit=unit,
                        kind="decimal"))
    return out


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _half_right_after(end: int, low: str, r: LangRules) -> int | None:
    """The end of the language's "and a half" one space after `end`, or None."""
    if not low[end : end + 1].isspace():
        return None
    for half in r.lex.halves:
        stop = end + 1 + len(half)
        if (low.startswith(half, end + 1) and not low[stop : stop + 1].isalnum()
                and not _half_starts_a_number(half, stop, low, r)):
            return stop
    return None


# the letters a linking vowel can be, in the scripts with compounds of a number and a unit
_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєαεηιουωάέήίόύώ")


def age_compound_facts(text: str, low: str, r: LangRules, facts: list[Fact]) -> list[Fact]:
    """Ages and spans glued to a number word (`lex_attrs.AGE_COMPOUNDS`):
    "dvadesetpetogodišnji" is 25, as "25-year-old" is."""
    if r.age_compound is None:
        return []
    out = []
    for m in r.age_compound.finditer(low):
        if any(f.start < m.end() and m.start() < f.end for f in facts):
            continue
        if any(len(stem) > 3 and m.group(0).startswith(stem) for stem, _ in r.units):
            continue  # a unit word ("δεκαετία": a decade), not a count glued to its unit
        value, end = _compound_number(m.group(1), r), m.group(2)
        if value is None:
            value, end = _later_split(m.group(0), len(m.group(1)), r)
        if value is not None:
            out.append(Fact("number", text[m.start() : m.end()], value, m.start(), m.end(),
                            unit=r.age_units.get(end) or None, kind="cardinal"))
    return out


def _later_split(word: str, first: int, r: LangRules) -> tuple[int | None, str]:
    """The number and unit end of a compound whose first end-like letters belong to the
    number: "τριαντατετράχρονη" is 34 years ("-ετ-" inside "τετρά" is no span of years)."""
    for i in range(first + 1, len(word)):
        for end in r.age_units:
            if word.startswith(end, i):
                value = _compound_number(word[:i], r)
                if value is not None:
                    return value, end
    return None, ""


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def span_word_facts(text: str, low: str, r: LangRules, facts: list[Fact]) -> list[Fact]:
    """Nouns that name a span of months or weeks (`lex_attrs.MONTH_SPAN_WORDS`,
    `WEEK_SPAN_WORDS`) after "one" or the indefinite article: "um semestre" is six months,
    "a fortnight" two weeks. After an ordinal ("o primeiro semestre") the word names a
    part of the year and is no count."""
    out = []
    for stem, value, unit in r.month_spans:
        for m in re.finditer(rf"(?<!\w){re.escape(stem)}\w*", low):
            before = _WORD_BEFORE.search(low, max(0, m.start() - 24), m.start())
            if before is None:
                continue
            if not says_one(before.group(1), r):
                continue
            start = before.start(1)
            if any(f.start < m.end() and start < f.end for f in (*facts, *out)):
                continue
            out.append(Fact("number", text[start : m.end()], value, start, m.end(),
                            unit=unit, kind="cardinal"))
    return out


def _compound_number(head: str, r: LangRules) -> int | None:
    """The number a compound word starts with: a compound form ("dvo"), a number word with
    or without its linking vowel ("peto", "sto"), or tens and units glued ("dvadesetpeto")."""
    words = r.lex.words
    if r.lex.fold:  # the words are kept without accents: "δεκαεννιά" is read as "δεκαεννια"
        head = fold_accents(head)

    def one(part: str) -> int | None:
        if part in r.compound_forms:
            return r.compound_forms[part]
        linked = len(part) > 2 and part[-1] in _VOWELS  # "peto": "pet" and its linking vowel
        for form in (part, part[:-1]) if linked else (part,):
            value = words.get(form)
            if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
                return int(value)
        return None

    value = one(head)
    if value is not None:
        return value
    for k in range(3, len(head) - 1):
        tens, units = words.get(head[:k]), one(head[k:])
        if tens in (20, 30, 40, 50, 60, 70, 80, 90) and units is not None and 0 < units < 10:
            return int(tens) + units
    return None
