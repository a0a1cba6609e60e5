"""The compiled per-language patterns of the number and date reader, built once per
language from `checker.lang` data: every data read of this package happens here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.facts.dates import DateLexicon, date_lexicon
from checker.facts.digits import separators
from checker.facts.number_words import NumberLexicon, lexicon
from checker.lang import base_language, data

TIME_ZONES = ("gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "msk", "мск", "bst")


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
