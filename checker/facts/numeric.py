"""One pass over a sentence that finds its numbers, dates and times together, so
that a span is read once: "2022" next to "February" is a year (a date fact),
never also a count; "20" in "20 juin" is a day, not a number.

`analyse(text, lang)` returns both kinds of facts; `checker.facts.numbers` and
`checker.facts.dates` each hand out their category. Everything that differs by
language is data read through `checker.lang.data`; this module never names a
language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from checker.facts.dates import DateLexicon, date_lexicon
from checker.facts.digits import lower_same_length, normalise, parse_digits, separators
from checker.facts.number_words import NumberLexicon, WordNumber, lexicon, parse_glued
from checker.lang import base_language, data
from checker.model import Fact

# Currency signs are the same in every language.
CURRENCY_SIGNS = {
    "$": "dollar",
    "€": "euro",
    "£": "pound",
    "¥": "yen",
    "₺": "lira",
    "₽": "ruble",
    "₹": "rupee",
    "₴": "hryvnia",
    "₩": "won",
    "CHF": "franc",
}
TIME_ZONES = ("gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "msk", "мск", "bst")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_LETTERS = r"A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u052F\u0590-\u06FF\u0900-\u097F"


@dataclass
class Num:
    """A number found in the sentence, before it becomes a fact."""

    start: int
    end: int
    value: int | float
    written: str  # "digits", "words", "mixed"
    raw: str = ""  # the digit string, for digit numbers
    suffix: str = ""  # glued letters: "th", "'ten", "-jährige"
    kind: str = "cardinal"
    ordinal_word: bool = False
    used: bool = False
    weak: bool = False  # "first": a day in a date, never a number fact on its own

    @property
    def is_int(self) -> bool:
        return isinstance(self.value, int) or float(self.value).is_integer()


@dataclass
class LangRules:
    """Compiled per-language patterns (built once per language)."""

    lex: NumberLexicon
    dates: DateLexicon
    digits: re.Pattern
    qualifier_before: re.Pattern | None
    qualifier_before_keys: dict[str, str]
    qualifier_after: re.Pattern | None
    qualifier_after_keys: dict[str, str]
    percent_after: re.Pattern | None
    percent_before: re.Pattern | None
    year_before: re.Pattern | None
    year_after: re.Pattern | None
    time_after: re.Pattern | None
    time_before: re.Pattern | None
    range_between: re.Pattern | None
    date_filler: re.Pattern
    units: tuple[tuple[str, str], ...]
    unit_before: bool
    ordinal_suffixes: frozenset[str]
    ordinal_dot: bool
    ordinal_before: re.Pattern | None
    century_words: re.Pattern | None
    century_before: re.Pattern | None
    decade_before: re.Pattern | None
    decade_suffixes: frozenset[str]
    articles_one: frozenset[str]
    spaceless: bool
    cjk_run: re.Pattern | None
    cjk_stop: re.Pattern | None
    counters: frozenset[str]
    fraction_infixes: tuple[str, ...]
    day_marks: tuple[str, ...]
    year_marks: tuple[str, ...]
    hour_marks: tuple[str, ...]
    minute_marks: tuple[str, ...]
    half_marks: tuple[str, ...]
    pm_words: re.Pattern | None
    pm_before: re.Pattern | None


def _alternation(phrases, *, spaceless: bool, before: bool) -> re.Pattern | None:
    """A pattern matching any phrase at the end (`before`) or start of a window."""
    items = sorted({p.lower() for p in phrases if p}, key=len, reverse=True)
    if not items:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)
    if before:
        edge = "" if spaceless else r"(?:^|(?<=[^\w]))"
        return re.compile(edge + r"(" + body + r")[\s\u00a0]*$")
    edge = "" if spaceless else r"(?!\w)"
    return re.compile(r"^[\s\u00a0]*(" + body + r")" + edge)


def _lang_data(base: str, name: str, default):
    return data(base, "lex_attrs", name, default)


@cache
def rules(lang: str) -> LangRules:
    base = base_language(lang)
    _, group = separators(lang)
    groups = ".,'\u00a0\u202f\u2009" + (" " if group == " " else "")
    group_class = "[" + re.escape(groups) + "]"
    digits = re.compile(
        r"(?<![\d])(?<![\d][.,])(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?"  # Indian: 1,00,000
        r"|\d{1,3}(?:" + group_class + r"\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    )
    spaceless = bool(_lang_data(base, "SPACELESS", False))
    qb = {k.lower(): v for k, v in _lang_data(base, "QUALIFIERS_BEFORE", {}).items()}
    qa = {k.lower(): v for k, v in _lang_data(base, "QUALIFIERS_AFTER", {}).items()}
    lex = lexicon(lang)
    cjk_chars = "".join(lex.cjk_digits) + "".join(lex.cjk_small) + "".join(lex.cjk_large)
    # "417.6万", "二十三", and mixed myriad forms "1万2000", "3億5000万", "2万5千": digits may
    # follow a numeral character inside one run
    cjk_class = "[" + re.escape(cjk_chars) + "]"
    cjk_run = (
        re.compile(r"(?:\d+(?:\.\d+)?)?" + cjk_class + r"+(?:\d+" + cjk_class + r"*)*")
        if cjk_chars
        else None
    )
    stop = _lang_data(base, "NOT_NUMBERS", ())
    range_words = _lang_data(base, "RANGE_WORDS", ())
    range_body = "|".join(re.escape(w.lower()) for w in sorted(range_words, key=len, reverse=True))
    range_between = re.compile(
        r"^\s*(?:[-\u2013\u2014~]"
        + (r"|(?:" + range_body + r")(?!\w)" if range_body else "")
        + r")\s*$"
    )
    fillers = _lang_data(base, "DATE_FILLERS", ()) + data(base, "dates", "DATE_FILLERS", ())
    filler_body = "|".join(re.escape(f.lower()) for f in sorted(fillers, key=len, reverse=True))
    date_filler = re.compile(
        r"^[\s,.\u00a0/]*(?:(?:" + filler_body + r")[\s,.\u00a0]*)*$"
        if filler_body
        else r"^[\s,.\u00a0/]*$"
    )
    return LangRules(
        lex=lex,
        dates=date_lexicon(lang),
        digits=digits,
        qualifier_before=_alternation(qb, spaceless=spaceless, before=True),
        qualifier_before_keys=qb,
        qualifier_after=_alternation(qa, spaceless=spaceless, before=False),
        qualifier_after_keys=qa,
        percent_after=_alternation(
            ["%", *_lang_data(base, "PERCENT_AFTER", ())], spaceless=True, before=False
        ),
        percent_before=_alternation(
            ["%", *_lang_data(base, "PERCENT_BEFORE", ())], spaceless=spaceless, before=True
        ),
        year_before=_alternation(
            _lang_data(base, "YEAR_BEFORE", ()), spaceless=spaceless, before=True
        ),
        year_after=_alternation(
            _lang_data(base, "YEAR_AFTER", ()), spaceless=spaceless, before=False
        ),
        time_after=_alternation(
            [*_lang_data(base, "TIME_AFTER", ()), *TIME_ZONES], spaceless=spaceless, before=False
        ),
        time_before=_alternation(
            _lang_data(base, "TIME_BEFORE", ()), spaceless=spaceless, before=True
        ),
        range_between=range_between,
        date_filler=date_filler,
        units=tuple(
            sorted(
                ((k.lower(), v) for k, v in _lang_data(base, "UNITS", {}).items()),
                key=lambda kv: len(kv[0]),
                reverse=True,
            )
        ),
        unit_before=bool(_lang_data(base, "UNIT_BEFORE", False)),
        ordinal_suffixes=frozenset(s.lower() for s in _lang_data(base, "ORDINAL_SUFFIXES", ())),
        ordinal_dot=bool(_lang_data(base, "ORDINAL_DOT", False)),
        ordinal_before=_alternation(
            _lang_data(base, "ORDINAL_BEFORE", ()), spaceless=spaceless, before=True
        ),
        century_words=_alternation(
            _lang_data(base, "CENTURY_WORDS", ()), spaceless=spaceless, before=False
        ),
        century_before=_alternation(
            _lang_data(base, "CENTURY_WORDS", ()), spaceless=spaceless, before=True
        ),
        decade_before=_alternation(
            _lang_data(base, "DECADE_BEFORE", ()), spaceless=spaceless, before=True
        ),
        decade_suffixes=frozenset(s.lower() for s in _lang_data(base, "DECADE_SUFFIXES", ())),
        articles_one=frozenset(w.lower() for w in _lang_data(base, "ARTICLES_ONE", ())),
        spaceless=spaceless,
        cjk_run=cjk_run,
        cjk_stop=re.compile("|".join(map(re.escape, sorted(stop, key=len, reverse=True))))
        if stop
        else None,
        counters=frozenset(_lang_data(base, "COUNTERS", ())),
        fraction_infixes=tuple(_lang_data(base, "FRACTION_INFIXES", ())),
        day_marks=tuple(data(base, "dates", "DAY_MARKS", ())),
        year_marks=tuple(data(base, "dates", "YEAR_MARKS", ())),
        hour_marks=tuple(data(base, "dates", "HOUR_MARKS", ())),
        minute_marks=tuple(data(base, "dates", "MINUTE_MARKS", ())),
        half_marks=tuple(data(base, "dates", "HALF_MARKS", ())),
        pm_words=_alternation(
            data(base, "dates", "PM_WORDS", ()), spaceless=spaceless, before=False
        ),
        pm_before=_alternation(
            data(base, "dates", "PM_BEFORE", ()), spaceless=spaceless, before=True
        ),
    )


_CODE_BEFORE = re.compile(r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u052F]-?$")
_ROMAN_NEXT = re.compile(r"^\s*[-\u2013\u2014]\s*[ivxl]{1,6}(?:e|er|ème)?")
_SUFFIX = re.compile(r"(?:['\-]?[" + _LETTERS + r"]+)+")


def _combining_marks() -> str:
    """A character class body of every combining mark (Unicode M*) in the BMP: Devanagari
    vowel signs, Arabic short vowels and the like are not \\w, yet they are inside words."""
    import unicodedata

    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    )


_MARK_CLASS = _combining_marks()
# Arabic short vowels and tanween: kept inside a word, dropped for lookup (the data has none).
_MARKS = re.compile(r"[\u064b-\u065f\u0670]")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[" + _MARK_CLASS + r"])*")
_WORD_APOSTROPHE = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[" + _MARK_CLASS + r"])*(?:'[^\W\d_][^\W\d_" + _MARK_CLASS + r"]*)*"
)
_GAP_AFTER_SCALE = re.compile(r"^[\s\u00a0,\-]*$")
_GAP_WORDS = re.compile(r"^[\s\u00a0\-\u2010\u2011]*$")


def _cjk_value(run: str, lex: NumberLexicon) -> float | None:
    """Value of a Chinese/Japanese numeral run, digits allowed for any digit place:
    "417.6万", "二十三", "1万2000", "3億5000万", "2万5千"."""
    if len(run) > 30:
        return None  # no count is written with thirty numeral characters
    total: float = 0
    section: float = 0
    number: float = 0
    seen = False  # a digit (either script) waits for its place
    for token in re.findall(r"\d+(?:\.\d+)?|.", run):
        if token[0].isdigit():
            if seen:
                return None  # "2二", two digit groups in a row: not one number
            number = float(token) if "." in token else int(token)
            seen = True
        elif token in lex.cjk_digits:
            if seen and number:  # "零" only holds a place: "一百零五"
                return None
            number = lex.cjk_digits[token]
            seen = True
        elif token in lex.cjk_small:
            if number >= 10:
                return None  # "20十": a digit group may not multiply a small place
            section += (number if seen else 1) * lex.cjk_small[token]
            number, seen = 0, False
        elif token in lex.cjk_large:
            large = lex.cjk_large[token]
            section += number
            if section == 0:
                section = 1
            if total and total < section * large:
                return None  # "1万2億": a larger unit after a smaller one
            total += section * large
            section, number, seen = 0, 0, False
        else:
            return None
    value = total + section + number
    return int(value) if float(value).is_integer() else value


def _roman(word: str) -> int | None:
    word = word.lower()
    if not word or any(c not in _ROMAN for c in word) or len(word) > 7:
        return None
    total = 0
    for i, c in enumerate(word):
        v = _ROMAN[c]
        total += -v if i + 1 < len(word) and _ROMAN[word[i + 1]] > v else v
    return total if 0 < total < 40 else None


@lru_cache(maxsize=4096)
def analyse(text: str, lang: str) -> tuple[Fact, ...]:
    """All number and date facts of one sentence (cached: both extractors ask)."""
    try:
        return tuple(_analyse(text, lang))
    except (RecursionError, OverflowError):  # pathological input: no facts, not a crash
        return ()


def _analyse(text: str, lang: str) -> list[Fact]:
    r = rules(lang)
    norm = normalise(text)
    low = lower_same_length(norm)
    masked = [False] * len(text)

    # 1. Date words (months, weekdays) and times come first: their digits are not counts.
    date_words = r.dates.find(low, norm)
    for dw in date_words:
        for k in range(dw.start, dw.end):
            masked[k] = True
    if r.cjk_stop is not None:
        for m in r.cjk_stop.finditer(low):
            for k in range(m.start(), m.end()):
                masked[k] = True

    facts: list[Fact] = []
    for fact in _numeric_dates(text, norm, lang):  # 24.02.2022, 2/24/2022, 2022-02-24
        facts.append(fact)
        for k in range(fact.start, fact.end):
            masked[k] = True
    nums = _find_numbers(text, norm, low, r, masked, lang)
    facts.extend(_times(norm, low, nums, r))
    facts.extend(_dates(text, low, nums, date_words, r))
    facts.extend(_numbers(text, norm, low, nums, r))
    return facts


_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(\d{1,4})[\u200e\u200f]?([./-])(\d{1,2})[\u200e\u200f]?\2(\d{4}|\d{2})(?![\d]|[.,]\d)"
    r"|(?<![\d.,/-])(\d{1,2})(\.) (\d{1,2})\. (\d{4})(?!\d)"  # "25. 6. 2016." (sr, cs)
    r"|(?<![\d.,/-])(\d{4})(\.) (\d{1,2})\. (\d{1,2})(?!\d)"  # "2010. 5. 5." (ko, hu)
)


@cache
def _date_order(lang: str) -> str:
    """ "dmy", "mdy" or "ymd": the order of the language's CLDR short date pattern."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", Locale.parse(lang.replace("-", "_"))).pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return "dmy"
    order = ""
    for char in pattern:
        key = {"d": "d", "M": "m", "L": "m", "y": "y"}.get(char)
        if key and key not in order:
            order += key
    return order if len(order) == 3 else "dmy"


# "9/11", "7/7": a day and month without a year (a name of an event as often as a
# date), read in the language's CLDR order; kind "numeric_day", compared softly.
_DAY_MONTH = re.compile(r"(?<![\d.,/])(?<!\d-)(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")


def _numeric_dates(text: str, norm: str, lang: str) -> list[Fact]:
    out = _day_month_dates(text, norm, lang)
    for m in _NUMERIC_DATE.finditer(norm):
        groups = m.groups()
        start = next(k for k in range(0, len(groups), 4) if groups[k])
        first, sep, second, third = groups[start : start + 4]
        if len(first) == 4:
            year, month, day = int(first), int(second), int(third)
            if len(third) > 2:
                continue
        else:
            if len(first) > 2:
                continue
            order = _date_order(lang)
            if order.startswith("y"):
                order = "dmy" if sep == "." else "mdy"
            parts = dict(zip(order, (int(first), int(second), int(third)), strict=True))
            day, month, year = parts["d"], parts["m"], parts["y"]
            if len(third) == 2:
                year += 2000 if year <= 40 else 1900
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2100):
            continue
        out.append(
            Fact(
                "date",
                text[m.start() : m.end()],
                f"{year:04d}-{month:02d}-{day:02d}",
                m.start(),
                m.end(),
                kind="date",
            )
        )
    return out


def _day_month_dates(text: str, norm: str, lang: str) -> list[Fact]:
    out = []
    order = _date_order(lang).replace("y", "")
    for m in _DAY_MONTH.finditer(norm):
        parts = dict(zip(order, (int(m.group(1)), int(m.group(2))), strict=True))
        day, month = parts["d"], parts["m"]
        if not (1 <= month <= 12 and 1 <= day <= 12):
            # both parts a month, so every language reads the same pair as a date:
            # "24/7" stays two numbers in day-first and month-first languages alike
            continue
        out.append(
            Fact(
                "date",
                text[m.start() : m.end()],
                f"--{month:02d}-{day:02d}",
                m.start(),
                m.end(),
                kind="numeric_day",
            )
        )
    return out


def _find_numbers(
    text: str, norm: str, low: str, r: LangRules, masked: list[bool], lang: str
) -> list[Num]:
    nums: list[Num] = []
    for m in r.digits.finditer(norm):
        if masked[m.start()]:
            # digits inside a date word ("2月"): keep them for the date, not as a count
            continue
        raw = m.group(1)
        value = parse_digits(raw, lang)
        if value is None:
            continue
        num = Num(m.start(), m.end(), value, "digits", raw=raw)
        month_next = re.match(r"[ \u00a0]{1,2}", norm[m.end() : m.end() + 2])
        if _CODE_BEFORE.search(norm, max(0, m.start() - 2), m.start()) and not (
            month_next and masked[m.end() + month_next.end()]
        ):
            # Covid-19, F-16, iPhone6: part of a name, not a count ("après-11 septembre" is
            # a day: a month follows)
            num.kind = "code"
        suffix = _SUFFIX.match(norm, m.end())
        if suffix and not r.spaceless:
            num.suffix = suffix.group(0)
        nums.append(num)
    if r.spaceless and r.cjk_run is not None:
        nums = _cjk_numbers(norm, low, r, masked, nums)
    else:
        nums = _word_numbers(low, r, masked, nums)
    return sorted(nums, key=lambda n: n.start)


def _cjk_numbers(
    norm: str, low: str, r: LangRules, masked: list[bool], nums: list[Num]
) -> list[Num]:
    lex = r.lex
    out = [n for n in nums]
    for m in r.cjk_run.finditer(norm):
        start, end = m.start(), m.end()
        while start < end and masked[start]:
            start += 1
        stop = start
        while stop < end and not masked[stop]:
            stop += 1
        end = stop
        if start >= end:
            continue
        run = norm[start:end]
        if run.replace(".", "").isdigit():
            continue  # plain digits, already found
        value = _cjk_value(run, lex)
        if value is None:
            continue
        digit_led = run[0].isdigit()
        fraction_edge = any(
            norm.startswith(infix, end) or norm.endswith(infix, 0, start)
            for infix in r.fraction_infixes
        )
        if not digit_led and not fraction_edge:
            after = norm[end : end + 1]
            before = norm[start - 1 : start] if start else ""
            counted = after in r.counters or (
                r.ordinal_before is not None
                and r.ordinal_before.search(norm[max(0, start - 4) : start])
            )
            if value == 1:
                continue  # "一" alone is an article as often as a number
            if len(run) == 1 and not counted and before not in r.counters:
                continue
        # digit groups inside the run ("1", "2000" in "1万2000") are part of this number
        out = [n for n in out if not (start <= n.start < end)]
        out.append(Num(start, end, value, "mixed" if digit_led else "words"))
    return _cjk_fractions(norm, out, r)


def _cjk_fractions(norm: str, nums: list[Num], r: LangRules) -> list[Num]:
    """ "三分之一", "3分の1": denominator, infix, numerator make one fraction. The numerator
    is read here from the text: "之一" alone is "one of", masked as no number."""
    if not r.fraction_infixes:
        return nums
    out: list[Num] = []
    taken_until = -1
    for n in sorted(nums, key=lambda n: n.start):
        if n.start < taken_until:
            continue  # the numerator of the fraction just made
        infix = next((i for i in r.fraction_infixes if norm.startswith(i, n.end)), None)
        top = None
        if infix and n.value:
            at = n.end + len(infix)
            digits = re.match(r"\d+", norm[at:])
            run = digits or (r.cjk_run.match(norm, at) if r.cjk_run is not None else None)
            if run is not None:
                text = run.group(0)
                top = int(text) if text.isdigit() else _cjk_value(text, r.lex)
                end = at + len(text)
        if top:
            out.append(Num(n.start, end, round(top / n.value, 6), "mixed", kind="fraction"))
            taken_until = end
            continue
        out.append(n)
    return out


def _word_numbers(low: str, r: LangRules, masked: list[bool], nums: list[Num]) -> list[Num]:
    """Numbers in words, and digits followed by a multiplier word ("1,4 millones")."""
    lex = r.lex
    word_re = _WORD_APOSTROPHE if lex.apostrophes else _WORD
    tokens = [(m.start(), m.end(), _MARKS.sub("", m.group(0))) for m in word_re.finditer(low)]
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
            if any(not _GAP_WORDS.match(low[a[1] : b[0]]) for a, b in pairwise(chunk)):
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
                and _GAP_WORDS.match(low[stop : items[j][0]])
                and items[j][3] >= 1000
            ):
                total = total * items[j][3]
                stop = items[j][1]
                j += 1
            if j > k + 1:
                total = round(total, 6)
                total = int(total) if float(total).is_integer() else total
                merged = Num(start, stop, total, "mixed", raw=num.raw)
                suffix = _SUFFIX.match(low, stop)
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
                    and _GAP_WORDS.match(low[end : tens[0]])
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
            if (
                j < len(items)
                and items[j][2] == "mult"
                and _GAP_WORDS.match(low[end : items[j][0]])
            ):
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
                if not _GAP_WORDS.match(gap) and not (after_scale and _GAP_AFTER_SCALE.match(gap)):
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
    if not _GAP_WORDS.match(low[stop:start]):
        return None
    fraction, phrase = fraction_at[start]
    if times == 1 and phrase in lex.ordinals and lex.partitives:
        following = _WORD.match(low, end + 1) if low[end : end + 1] == " " else None
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


def _times(norm: str, low: str, nums: list[Num], r: LangRules) -> list[Fact]:
    """Clock times: 14:30, 14.30 Uhr, 14h30, 12 h GMT, 1200 GMT, 15时50分."""
    facts: list[Fact] = []
    by_start = {n.start: n for n in nums if n.written == "digits"}
    ordered = sorted(by_start.values(), key=lambda n: n.start)
    for idx, n in enumerate(ordered):
        if n.used:
            continue
        raw = n.raw
        hour = minute = None
        end = n.end
        after = low[n.end : n.end + 30]
        m = re.match(r"^(\d{1,2})[:.](\d{2})$", raw)
        colon = (
            re.match(r"^:(\d{2})(?!\d)", norm[n.end : n.end + 4])
            if raw.isdigit() and len(raw) <= 2
            else None
        )
        if colon:
            hour, minute = int(raw), int(colon.group(1))
            end = n.end + colon.end()
            if idx + 1 < len(ordered) and ordered[idx + 1].start < end:
                ordered[idx + 1].used = True
        elif m and r.time_after is not None and r.time_after.match(after):
            hour, minute = int(m.group(1)), int(m.group(2))
            end = n.end + r.time_after.match(after).end()
        elif (
            m
            and r.time_before is not None
            and r.time_before.search(low[max(0, n.start - 15) : n.start])
        ):
            hour, minute = int(m.group(1)), int(m.group(2))  # "saat 10.00", "alle 10.30"
            end = n.end + len(n.suffix)
        elif (
            re.match(r"^\d{4}$", raw)
            and r.time_after is not None
            and r.time_after.match(after)
            and any(low[n.end :].lstrip().startswith(z) for z in TIME_ZONES)
        ):
            hour, minute = int(raw[:2]), int(raw[2:])
        elif re.match(r"^\d{1,2}$", raw):
            hm = re.match(r"^\s?h\s?(\d{2})?(?!\w)", low[n.end : n.end + 8])
            if hm and (
                hm.group(1)
                or any(low[n.end + hm.end() :].lstrip().startswith(z) for z in TIME_ZONES)
            ):
                hour, minute = int(raw), int(hm.group(1) or 0)
                end = n.end + hm.end()
                if hm.group(1) and idx + 1 < len(ordered) and ordered[idx + 1].start < end:
                    ordered[idx + 1].used = True
            elif r.hour_marks and norm[n.end : n.end + 1] in r.hour_marks:
                hour, minute = int(raw), 0
                end = n.end + 1
                nxt = ordered[idx + 1] if idx + 1 < len(ordered) else None
                if nxt and nxt.start == end and norm[nxt.end : nxt.end + 1] in r.minute_marks:
                    minute = int(nxt.value)
                    nxt.used = True
                    end = nxt.end + 1
                elif norm[end : end + 1] in r.half_marks:
                    minute = 30
                    end += 1
            elif (
                r.time_after is not None
                and r.time_after.match(after)
                and not any(after.lstrip().startswith(z) for z in TIME_ZONES)
            ):
                hour, minute = int(raw), 0
                end = n.end + r.time_after.match(after).end()
        if hour is None or minute is None or hour > 24 or minute > 59:
            continue
        if r.pm_words is not None and hour < 12:
            # "3 p.m.": the time-after branch may already have stepped over the pm word
            pm = r.pm_words.match(low[end : end + 10]) or r.pm_words.match(
                low[n.end : n.end + 10]
            )
            if pm:
                hour += 12
        if (  # "午後4時": the afternoon word comes first
            r.pm_before is not None
            and hour < 12
            and r.pm_before.search(low[max(0, n.start - 6) : n.start])
        ):
            hour += 12
        n.used = True
        facts.append(
            Fact(
                "date",
                norm[n.start : end].strip(),
                f"T{hour:02d}:{minute:02d}",
                n.start,
                end,
                kind="time",
            )
        )
    return facts


def _is_year_value(n: Num) -> bool:
    return (
        n.written == "digits"
        and isinstance(n.value, int)
        and 1000 <= n.value <= 2100
        and n.raw.isdigit()
        and len(n.raw) == 4
    )


def _dates(text: str, low: str, nums: list[Num], date_words, r: LangRules) -> list[Fact]:
    """Day-month-year groups around month names; weekdays; years by context."""
    facts: list[Fact] = []
    free = [n for n in nums if not n.used and n.kind != "code"]

    def before(pos: int) -> Num | None:
        cands = [n for n in free if not n.used and n.end <= pos]
        return cands[-1] if cands else None

    def after(pos: int) -> Num | None:
        cands = [n for n in free if not n.used and n.start >= pos]
        return cands[0] if cands else None

    merged = []
    for dw in date_words:  # "فبراير/ شباط": one month written twice
        if (
            merged
            and merged[-1].what == dw.what == "month"
            and merged[-1].value == dw.value
            and re.match(r"^[\s/(\-]*$", low[merged[-1].end : dw.start])
        ):
            merged[-1] = merged[-1].extend(dw.end)
        else:
            merged.append(dw)
    for dw in merged:
        if dw.what == "weekday":
            if dw.needs_context and not re.match(r"^[\s,]*\d", low[dw.end : dw.end + 6]):
                continue
            facts.append(
                Fact("date", text[dw.start : dw.end], dw.value, dw.start, dw.end, kind="weekday")
            )
            continue
        if dw.what == "relative":
            facts.append(
                Fact("date", text[dw.start : dw.end], dw.value, dw.start, dw.end, kind="relative")
            )
            continue
        month = int(dw.value)
        start, end = dw.start, dw.end
        day = year = None
        prev = before(dw.start)
        if (
            prev
            and prev.is_int
            and 1 <= prev.value <= 31
            and not _is_year_value(prev)
            and r.date_filler.match(low[prev.end + len(prev.suffix) : dw.start])
            and dw.start - prev.end <= 12
        ):
            day = int(prev.value)
            prev.used = True
            start = prev.start
            prev2 = before(prev.start)  # "1973. gada 26. aprīlis": a year before the day
            gap = low[prev2.end : prev.start].strip(" .,\u00a0\u202f") if prev2 else ""
            if prev2 and _is_year_value(prev2) and (gap == "" or gap in r.year_marks):
                year = prev2.value
                prev2.used = True
                start = prev2.start
        if (
            prev
            and day is None
            and _is_year_value(prev)
            and (
                (r.year_marks and low[prev.end : dw.start].strip(" .,\u00a0\u202f") in r.year_marks)
                or re.match(r"^\.?[\s,]{1,2}$", low[prev.end : dw.start])
            )
        ):
            year = prev.value  # 2022年2月, "1960. november 9."
            prev.used = True
            start = prev.start
        nxt = after(dw.end)
        if (
            nxt
            and day is None
            and not dw.inflected
            and nxt.is_int
            and 1 <= nxt.value <= 31
            and not _is_year_value(nxt)
            and re.match(r"^[\s\u00a0]*(?:the\s+)?$", low[dw.end : nxt.start])
            and not re.match(r"^\s*[:%]", low[nxt.end : nxt.end + 2])
        ):
            day = int(nxt.value)
            nxt.used = True
            end = nxt.end + len(nxt.suffix)
            if r.day_marks and low[end : end + 1] in r.day_marks:
                end += 1
            nxt = after(end)
        if (
            nxt
            and year is None
            and _is_year_value(nxt)
            and r.date_filler.match(low[end : nxt.start])
            and nxt.start - end <= 16
        ):
            year = nxt.value
            nxt.used = True
            end = nxt.end
            if r.year_after is not None:
                ya = r.year_after.match(low[end + len(nxt.suffix) : end + len(nxt.suffix) + 20])
                if ya:
                    end = end + len(nxt.suffix) + ya.end()
        if dw.needs_context and not (year or day):
            continue  # "May" the verb, "mar" the abbreviation: a month only beside a day or year
        if year and day:
            value = f"{year:04d}-{month:02d}-{day:02d}"
        elif year:
            value = f"{year:04d}-{month:02d}"
        elif day:
            value = f"--{month:02d}-{day:02d}"
        else:
            value = f"--{month:02d}"
        kind = "date" if day else "month"
        facts.append(Fact("date", text[start:end].strip(), value, start, end, kind=kind))
    # numeric dates: 24.02.2022, 2022-02-24, 24/02/2022
    for n in free:
        if n.used or not _is_year_value(n):
            if not n.used and _decade(low, n, r):
                n.used = True
                facts.append(
                    Fact(
                        "date",
                        text[n.start : n.end + len(n.suffix)],
                        f"19{int(n.value):02d}",
                        n.start,
                        n.end + len(n.suffix),
                        kind="decade",
                    )
                )
            continue
        year_ctx = False
        window_before = low[max(0, n.start - 25) : n.start]
        window_after = low[n.end : n.end + 25]
        if r.year_before is not None and r.year_before.search(window_before):
            year_ctx = True
        suffix_after = low[n.end + len(n.suffix) : n.end + len(n.suffix) + 25]
        if r.year_after is not None and (
            r.year_after.match(window_after.lstrip("."))
            or r.year_after.match(suffix_after)
            or (n.suffix and r.year_after.match(n.suffix.lstrip("'-")))
        ):
            year_ctx = True
        if r.year_marks and window_after[:1] in r.year_marks:
            year_ctx = True
        if not year_ctx:
            # a bare four-digit number with no counted thing, percent or multiplier after it
            if _unit_after(low, n, r) or (r.percent_after and r.percent_after.match(window_after)):
                continue
            if r.qualifier_before is not None and r.qualifier_before.search(window_before):
                continue
            if re.match(r"^\s*[-\u2013]\s*\d", window_after) and not re.match(
                r"^\s*[-\u2013]\s*\d{4}", window_after
            ):
                continue
        n.used = True
        decade = n.suffix.lstrip("'-").lower() in ("s", "er", "ern", "erjahre", "ies", "x")
        facts.append(
            Fact(
                "date",
                text[n.start : n.end + len(n.suffix)],
                f"{n.value:04d}",
                n.start,
                n.end + len(n.suffix),
                kind="decade" if decade else "year",
            )
        )
    return facts


def _decade(low: str, n: Num, r: LangRules) -> bool:
    """ "the 70s", "années 70", "70er", "70-х": a two-digit decade of the 1900s."""
    if not (
        n.written == "digits"
        and n.raw.isdigit()
        and len(n.raw) == 2
        and n.value % 10 == 0
        and n.value >= 20
    ):
        return False
    if n.suffix.lstrip("'-").lower() in r.decade_suffixes:
        return True
    if r.decade_before is None:
        return False
    window = low[max(0, n.start - 30) : n.start]
    if r.decade_before.search(window):
        return True
    # "années 70 et 80": a second decade joined to the first
    chained = re.search(r"(\d0)\s+\w{1,3}\s+$", window)
    return bool(chained) and bool(r.decade_before.search(window[: chained.start()]))


def _unit_after(
    low: str, n: Num, r: LangRules, words: int = 3, counters: bool = True
) -> str | None:
    """The counted thing right after a number: "700 NATO troops" -> "soldier". With
    `counters` False a bare measure word ("人") does not count: it says little."""
    if n.suffix:
        word = n.suffix.lstrip("'-").lower()
        for stem, key in r.units:
            if word.startswith(stem):
                return key
    if r.spaceless:
        tail = low[n.end : n.end + 6]
        for stem, key in r.units:
            if not counters and stem in r.counters:
                continue
            if tail.startswith(stem) or tail[1:].startswith(stem):
                return key
        return None
    tail = low[n.end + len(n.suffix) : n.end + len(n.suffix) + 60]
    for k, m in enumerate(_WORD.finditer(tail)):
        if k >= words or re.search(r"[.,;:!?]", tail[: m.start()]):
            break
        word = m.group(0)
        for stem, key in r.units:
            if word.startswith(stem):
                return key
    return None


def _unit_before(low: str, start: int, r: LangRules) -> str | None:
    """The counted thing right before a number, where the language puts it there:
    "askerlerden 30'u" (30 of the soldiers), "兵士30人"."""
    if r.spaceless:
        head = low[max(0, start - 8) : start]
        for stem, key in r.units:
            if head.endswith(stem):
                return key
        return None
    head = re.search(r"(" + _WORD.pattern + r")[ \u00a0]+$", low[max(0, start - 40) : start])
    if head is None:
        return None
    for stem, key in r.units:
        if head.group(1).startswith(stem):
            return key
    return None


def _numbers(text: str, norm: str, low: str, nums: list[Num], r: LangRules) -> list[Fact]:
    facts: list[Fact] = []
    free = [n for n in nums if not n.used and not n.weak]
    skip_next = False
    for idx, n in enumerate(free):
        if skip_next:
            skip_next = False
            continue
        start, end = n.start, n.end + len(n.suffix)
        kind = n.kind
        value: int | float | tuple = n.value
        suffix = n.suffix.lstrip("'-").lower()
        unit = None
        # ordinals: 20th, 20., 20-nci, 第20
        if n.kind == "code":
            facts.append(Fact("number", text[n.start : n.end], value, n.start, n.end, kind="code"))
            continue
        if n.written == "digits":
            if (
                (suffix and suffix in r.ordinal_suffixes)
                or (
                    not suffix
                    and r.ordinal_dot
                    and re.match(r"^\.[\s\u00a0]*(?:[^\W\d_]|\+)", norm[n.end : n.end + 4])
                )
                or (
                    r.ordinal_before is not None
                    and r.ordinal_before.search(low[max(0, start - 6) : start])
                )
            ):
                kind = "ordinal"
            elif isinstance(value, float):
                kind = "decimal"
        # percent
        after = low[end : end + 25]
        pct = r.percent_after.match(after) if r.percent_after else None
        if pct:
            kind = "percent"
            unit = "percent"
            end = end + pct.end()
        elif r.percent_before is not None and r.percent_before.search(
            low[max(0, start - 15) : start]
        ):
            kind = "percent"
            unit = "percent"
            start = start - len(r.percent_before.search(low[max(0, start - 15) : start]).group(0))
        # ranges: 30-60, 30 to 60, od 30 do 60
        nxt = free[idx + 1] if idx + 1 < len(free) else None
        if (
            nxt is not None
            and kind in ("cardinal", "decimal", "percent")
            and nxt.kind == "cardinal"
            and r.range_between is not None
            and r.range_between.match(low[n.end + len(n.suffix) : nxt.start])
            and nxt.start - end < 12
        ):
            gap = low[n.end + len(n.suffix) : nxt.start]
            is_dash = gap.strip() in ("-", "\u2013", "\u2014", "~")
            if not (
                is_dash
                and n.written == "digits"
                and nxt.written == "digits"
                and re.match(r"^\d{4}$", n.raw)
                and re.match(r"^\d{2}$", nxt.raw)
            ):
                value = (n.value, nxt.value)
                kind = "range" if kind != "percent" else "percent"
                end = nxt.end + len(nxt.suffix)
                pct2 = r.percent_after.match(low[end : end + 25]) if r.percent_after else None
                if pct2:
                    kind, unit = "percent", "percent"
                    end += pct2.end()
                skip_next = True
        elif (
            nxt is not None
            and n.written == "digits"
            and nxt.written == "digits"
            and re.match(r"^:$", norm[n.end : nxt.start])
            and isinstance(n.value, int)
        ):
            value = (n.value, nxt.value)  # a score 2:0 that is no clock time
            kind = "score"
            end = nxt.end
            skip_next = True
        # roman numeral centuries ("XIXe siècle", "siglo XV") are found below
        if unit is None:
            if r.unit_before:
                # the word right after wins ("30 asker"), then the one right before
                # ("askerlerden 30'u"), then a word further on
                unit = _unit_after(low, n, r, words=1, counters=False)
                unit = unit or _unit_before(low, n.start, r) or _unit_after(low, n, r)
            else:
                unit = _unit_after(low, n, r)
            if unit is None:
                for sign, key in CURRENCY_SIGNS.items():
                    if norm[max(0, start - 4) : start].rstrip().endswith(sign.lower()) or norm[
                        max(0, start - 4) : start
                    ].rstrip().endswith(sign):
                        unit = key
                        break
            if unit is None and n.ordinal_word is False:
                sign = norm[end : end + 3].strip()[:1]
                if sign in CURRENCY_SIGNS:
                    unit = CURRENCY_SIGNS[sign]
        qualifier = None
        if r.qualifier_before is not None:
            qm = r.qualifier_before.search(low[max(0, start - 30) : start])
            if qm:
                qualifier = r.qualifier_before_keys.get(re.sub(r"\s+", " ", qm.group(1)))
                start = start - (len(low[max(0, start - 30) : start]) - qm.start(1))
        if qualifier is None and r.qualifier_after is not None:
            tail = low[end : end + 40]
            qm = r.qualifier_after.match(tail)
            if qm is None and not r.spaceless:
                skip = re.match(r"^\s*[^\W\d_]+", tail)
                if skip:
                    qm2 = r.qualifier_after.match(tail[skip.end() :])
                    if qm2:
                        qualifier = r.qualifier_after_keys.get(re.sub(r"\s+", " ", qm2.group(1)))
            elif qm is not None:
                qualifier = r.qualifier_after_keys.get(re.sub(r"\s+", " ", qm.group(1)))
                if r.spaceless:
                    end = end + qm.end()
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
        for m in re.finditer(r"(?<![\w])([IVXLivxl]{1,6})(?:e|er|ème|º|-?й|-?го)?(?![\w])", text):
            value = _roman(m.group(1))
            if value is None or not m.group(1).isupper():
                continue
            if (
                r.century_before is not None
                and r.century_before.search(low[max(0, m.start() - 12) : m.start()])
            ) or r.century_words.match(_ROMAN_NEXT.sub("", low[m.end() : m.end() + 24], count=1)):
                facts.append(
                    Fact(
                        "number",
                        m.group(0),
                        value,
                        m.start(),
                        m.end(),
                        kind="ordinal",
                        unit="century",
                    )
                )
    return facts
