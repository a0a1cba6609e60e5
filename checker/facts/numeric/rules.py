"""The compiled per-language patterns of the number and date reader, built once per
language. Every language data read of this package happens in `rules`, through the
language's declared profile (`checker/lang/profile.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, partial

from checker.compiled_cache import cached_on_disk
from checker.facts.dates import DateLexicon, date_lexicon
from checker.facts.digits import separators
from checker.facts.number_words import NumberLexicon, lexicon
from checker.facts.numeric.day_periods import afternoon_marks, morning_marks_before
from checker.facts.numeric.measures import (
    cldr_glued_symbols,
    cldr_square_words,
    cldr_unit_stems,
    cldr_unit_words,
)
from checker.lang.profile import LanguageProfile, profile
from checker.language import babel_locales

TIME_ZONES = ("gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "msk", "мск", "bst")


@dataclass(frozen=True)
class LangRules:
    """Compiled per-language patterns (built once per language)."""

    lex: NumberLexicon
    first_words: frozenset[str]  # first words of every number phrase
    dates: DateLexicon
    digits: re.Pattern
    qualifier_before: re.Pattern | None
    qualifier_before_keys: dict[str, str]
    qualifier_after: re.Pattern | None
    qualifier_after_keys: dict[str, str]
    percent_after: re.Pattern | None
    percent_before: re.Pattern | None
    basis_point_after: re.Pattern | None  # "50 basis points": hundredths of a point
    point_after: re.Pattern | None  # "0,5 ponto": points of a rate, a hundred basis points
    second_half_after: re.Pattern | None  # "aos 36 do segundo tempo": the 81st minute
    year_before: re.Pattern | None
    year_after: re.Pattern | None
    time_after: re.Pattern | None
    time_before: re.Pattern | None
    range_between: re.Pattern | None
    decimal_comma: bool  # CLDR's decimal mark is a comma: "9.30" is no decimal of the language
    day_pair_between: re.Pattern  # range words and "and": "12 to 15 June", "12 and 13 June"
    date_filler: re.Pattern
    units: tuple[tuple[str, str], ...]  # word starts -> counted thing, longest first
    unit_symbols: tuple[tuple[str, str], ...]  # CLDR short unit names: "km/h", "°C"
    glued_symbols: dict[str, str]  # CLDR symbols read only glued to a number: "6ft", "2in"
    approximate_endings: tuple[str, ...]  # "dvadesetak": about twenty
    approximate_words: frozenset[str]  # "quarantaine": about forty
    age_compound: re.Pattern | None  # "dvadesetpetogodišnji": a number word glued to "-godišnji"
    compound_forms: dict[str, int]  # "dvo": 2, first in a compound word
    age_units: dict[str, str]  # "godišnj": "year": what a compound counts
    month_spans: tuple[tuple[str, int, str], ...]  # "semestre": 6, "month"; longest first
    share_between: re.Pattern | None  # "one in five": the words before the larger count
    share_every: re.Pattern | None  # "jeder Fünfte": the words before the ordinal
    share_one_after: re.Pattern | None  # "beş kişiden biri": "one of them" after the count
    square_words: tuple[str, ...]  # starts of the words that make a length an area (CLDR)
    unit_before: bool
    ordinal_suffixes: frozenset[str]
    ordinal_dot: bool
    age_before_ordinal: frozenset[str]  # "سن": "في سن السابعة" is aged seven
    vague_quantities: frozenset[str]  # "several", "nekoliko": more than one, no number
    ordinal_article: tuple[str, ...]  # "ال", "بال": "الذكرى الستون" is the sixtieth
    ordinal_before: re.Pattern | None
    century_words: re.Pattern | None
    century_before: re.Pattern | None
    decade_before: re.Pattern | None
    decade_after: re.Pattern | None
    decade_suffixes: frozenset[str]
    articles_one: frozenset[str]
    spaceless: bool
    cjk_run: re.Pattern | None
    cjk_stop: re.Pattern | None
    counters: frozenset[str]
    fraction_infixes: tuple[str, ...]
    tenths_marks: tuple[str, ...]
    day_marks: tuple[str, ...]
    year_marks: tuple[str, ...]
    hour_marks: tuple[str, ...]
    hour_before: re.Pattern | None
    half_hour_before: re.Pattern | None
    split_hour_before: re.Pattern | None
    minutes_before_hour: re.Pattern | None
    hour_minutes: dict[str, int]
    minutes_after_hour: re.Pattern | None
    minutes_after_clock_at: re.Pattern | None
    clock_at: re.Pattern | None
    ordinal_hours: bool
    minute_marks: tuple[str, ...]
    quarter_marks: tuple[str, ...]
    half_marks: tuple[str, ...]
    pm_words: re.Pattern | None
    am_words: re.Pattern | None
    pm_before: re.Pattern | None
    span_before: re.Pattern | None
    span_hour_words: frozenset[str]
    decimal_words: re.Pattern | None  # "point": between a whole number and its decimals
    month_part_before: re.Pattern | None = None  # "early" October, "krajem" juna
    month_part_after: re.Pattern | None = None  # Ekim "sonunda", 10月"底"
    month_parts: Mapping[str, str] = field(default_factory=dict)  # word -> early, mid, late
    am_before: re.Pattern | None = None  # CLDR's before-noon marks before the hour: "오전"
    # "۲۸ آبان ۱۴۰۳": a month of another calendar after its day, and before its year
    other_calendar: tuple[re.Pattern | None, re.Pattern | None] = (None, None)
    times_words: frozenset[str] = frozenset()  # "kétszer" (twice): counts nothing after it
    # unit stems read only with one of their endings: "gad" in "gadiem", not "gadījumi"
    unit_endings: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # a decade's endings the ordinal shares, longest first, with the endings of the nouns the
    # ordinal agrees with ("e": "obljetnice"); the function words a decade may stand before
    decade_ordinal_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    function_words: frozenset[str] = frozenset()
    verb_lemma_endings: tuple[str, ...] = ()  # "pamtiti": a verb after a decade, no noun
    # the words for "and" (CLDR's list pattern, `lex_attrs.CONNECTORS`): "dva dana i 6 sati"
    and_words: frozenset[str] = frozenset()
    day_before: re.Pattern | None = None  # "no dia 27": a day of the month said alone

    def half_day_word_at(self, text: str) -> bool:
        """A word for the morning or the afternoon opens `text` ("de la tarde", "a.m.")."""
        return any(words is not None and words.match(text)
                   for words in (self.am_words, self.pm_words))


def _unit_tables(lang_profile: LanguageProfile) -> tuple[dict, dict, set[str]]:
    """The language's unit words, unit symbols and square words: its own data, then CLDR's
    unit names, in both scripts where it is written in two."""
    unit_words, cldr_symbols = cldr_unit_words(lang_profile.cldr_locales or (lang_profile.code,))
    unit_symbols = dict(cldr_symbols)  # cldr_unit_words is cached: never changed in place
    _add_symbol_variants(unit_symbols)
    # a letter of the language's own script that is also its abbreviation (Russian "г.": a
    # year, or grams) is not sure; Latin SI symbols are read everywhere (French "m", "M.")
    for symbol in [s for s in unit_symbols if s.isalpha() and (
            (len(s) == 1 and not s.isascii()) or (len(s) == 2 and s.isascii()))]:
        if symbol in lang_profile.segmentation.abbreviations:
            del unit_symbols[symbol]
    units = {k.lower(): v for k, v in lang_profile.numbers.units.items()}
    for word, key in unit_words.items():  # CLDR's unit names, after the language's own data
        units.setdefault(word, key)
    # the starts of their case forms ("stupni", "kilometrech", "טונות"); not one that starts
    # a number word ("мил" of "миля" starts "миллион", "mille" is a thousand)
    numbers_words = lexicon(lang_profile.code)
    number_words = [w for table in (numbers_words.words, numbers_words.multipliers)
                    for w in table]
    for word, key in cldr_unit_stems(lang_profile.cldr_locales or (lang_profile.code,)).items():
        if word not in units and not any(w.startswith(word) for w in number_words):
            units[word] = key
    square_words = set(cldr_square_words(lang_profile.cldr_locales or (lang_profile.code,)))
    script = lang_profile.writing.transliterate
    if script:  # one language, two scripts: "cm" is also "цм", "километара" "kilometara"
        from checker.facts.date_names import add_transliterations, transliterations

        for table in (units, unit_symbols):
            add_transliterations(table, script)
        for word in list(square_words):
            square_words.update(transliterations(word, script))
    return units, unit_symbols, square_words


def _glued_symbols(lang_profile: LanguageProfile, symbols: dict[str, str],
                   ordinal_suffixes) -> dict[str, str]:
    """CLDR's symbols read only glued to a number, less those read anywhere and the
    language's ordinal suffixes ("21st" is no stone)."""
    glued = cldr_glued_symbols(lang_profile.cldr_locales or (lang_profile.code,))
    skip = {s.lower() for s in ordinal_suffixes}
    return {s: key for s, key in glued.items() if s not in symbols and s not in skip}


@cache
@cached_on_disk("number-rules")
def rules(lang: str) -> LangRules:
    lang_profile = profile(lang)
    numbers, dates = lang_profile.numbers, lang_profile.dates
    spaceless = not lang_profile.writing.spaced
    before = partial(_alternation, spaceless=spaceless, before=True)
    after = partial(_alternation, spaceless=spaceless, before=False)
    qb = {k.lower(): v for k, v in numbers.qualifiers_before.items()}
    qa = {k.lower(): v for k, v in numbers.qualifiers_after.items()}
    lex = lexicon(lang)
    units, unit_symbols, square_words = _unit_tables(lang_profile)
    pm_after, pm_before = afternoon_marks(lang_profile.cldr_locales or (lang_profile.code,))
    script = lang_profile.writing.transliterate
    return LangRules(
        lex=lex,
        first_words=_first_words(lex),
        dates=date_lexicon(lang),
        digits=_digits(lang),
        qualifier_before=before(qb),
        qualifier_before_keys=qb,
        qualifier_after=after(qa),
        qualifier_after_keys=qa,
        percent_after=_alternation(["%", *numbers.percent_after], spaceless=True, before=False),
        percent_before=before(["%", *numbers.percent_before]),
        basis_point_after=after(numbers.basis_point_after),
        point_after=after(numbers.point_after),
        second_half_after=after(numbers.second_half_after),
        year_before=before(numbers.year_before),
        year_after=after(numbers.year_after),
        time_after=after([*numbers.time_after, *TIME_ZONES]),
        time_before=before(numbers.time_before),
        range_between=_range_between(numbers.range_words, spaceless),
        decimal_comma=separators(lang)[0] == ",",
        day_pair_between=_range_between((*numbers.range_words, *dates.day_pair_words), spaceless),
        date_filler=_date_filler(dates.date_fillers),
        units=tuple(sorted(units.items(), key=lambda kv: len(kv[0]), reverse=True)),
        unit_symbols=tuple(sorted(unit_symbols.items(), key=lambda kv: len(kv[0]), reverse=True)),
        glued_symbols=_glued_symbols(lang_profile, unit_symbols, numbers.ordinal_suffixes),
        square_words=tuple(sorted(square_words)),
        approximate_endings=_with_transliterations(numbers.approximate_endings, script),
        approximate_words=frozenset(
            _with_transliterations(tuple(w.lower() for w in numbers.approximate_words), script)
        ),
        age_compound=_age_compound(_with_transliterations(tuple(numbers.age_compounds), script)),
        age_units=_age_units(numbers.age_compounds, script),
        share_between=_words_before_next(numbers.share_between),
        share_every=_words_before_next(numbers.share_every),
        share_one_after=_one_after_count(numbers.share_one_after),
        month_spans=_month_spans(numbers),
        compound_forms={k.lower(): v for k, v in numbers.compound_forms.items()},
        unit_before=numbers.unit_before,
        ordinal_suffixes=frozenset(
            form for s in numbers.ordinal_suffixes for form in (s.lower(), "." + s.lower())
        ),
        ordinal_dot=numbers.ordinal_dot,
        age_before_ordinal=frozenset(w.lower() for w in numbers.age_before_ordinal),
        vague_quantities=frozenset(w.lower() for w in numbers.vague_quantities),
        ordinal_article=_definite_starts(numbers.ordinal_article, lang_profile.proclitics),
        ordinal_before=before(numbers.ordinal_before),
        century_words=after(numbers.century_words),
        century_before=before(numbers.century_words),
        decade_before=before(numbers.decade_before),
        decade_after=after(numbers.decade_after),
        decade_suffixes=frozenset(s.lower() for s in numbers.decade_suffixes),
        articles_one=frozenset(w.lower() for w in numbers.articles_one),
        spaceless=spaceless,
        cjk_run=_cjk_run(lex),
        cjk_stop=_any_of(numbers.not_numbers),
        counters=frozenset(numbers.counters),
        fraction_infixes=numbers.fraction_infixes,
        tenths_marks=numbers.tenths_marks,
        day_marks=dates.day_marks,
        year_marks=dates.year_marks,
        hour_marks=dates.hour_marks,
        hour_before=before(dates.hour_before),
        half_hour_before=before(dates.half_hour_before),
        split_hour_before=before(dates.split_hour_before),
        minutes_before_hour=before(tuple(dates.minutes_before_hour)),
        hour_minutes=_hour_minutes(dates),
        minutes_after_hour=after(tuple(dates.minutes_after_hour)),
        minutes_after_clock_at=after(tuple(dates.minutes_after_clock_at)),
        clock_at=before(dates.clock_at),
        ordinal_hours=dates.ordinal_hours,
        minute_marks=dates.minute_marks,
        quarter_marks=dates.quarter_marks,
        half_marks=dates.half_marks,
        pm_words=after((*dates.pm_words, *pm_after)),
        am_words=after(dates.am_words),
        pm_before=before((*dates.pm_before, *pm_before)),
        am_before=before(morning_marks_before(lang_profile.cldr_locales or (lang_profile.code,))),
        span_before=before(dates.span_before),
        span_hour_words=frozenset(w.lower() for w in dates.span_hour_words),
        decimal_words=_decimal_words(numbers.decimal_words, lex.fold),
        month_part_before=before(dates.month_parts_before),
        month_part_after=after(dates.month_parts_after),
        **_word_tables(numbers, dates, lang_profile.names),
        other_calendar=(after(dates.other_calendar_months), before(dates.other_calendar_months)),
        day_before=before(dates.day_before),
        and_words=_and_words(lang_profile, lex),
    )


def _and_words(lang_profile: LanguageProfile, lex: NumberLexicon) -> frozenset[str]:
    """The language's words for "and": the one of CLDR's list pattern ("{0} и {1}") in each
    of its locales, and its number connectors."""
    words = set(lex.connectors)
    for locale in babel_locales(lang_profile.cldr_locales or (lang_profile.code,)):
        end = locale.list_patterns.get("standard", {}).get("end", "")
        middle = end.replace("{0}", "").replace("{1}", "").strip()
        if middle and " " not in middle and middle.isalpha():
            words.add(middle.lower())
    return frozenset(words)


def _month_spans(numbers) -> tuple[tuple[str, int, str], ...]:
    """Words of a span of months or weeks ("semestre": 6 months), longest first."""
    return tuple(sorted(
        [*((k.lower(), v, "month") for k, v in numbers.month_span_words.items()),
         *((k.lower(), v, "week") for k, v in numbers.week_span_words.items())],
        key=lambda kv: len(kv[0]), reverse=True))


def _word_tables(numbers, dates, names) -> dict[str, object]:
    """The words of parts of a month ("early", "krajem"), the words that say how many times
    ("kétszer"), the unit stems read only with their endings ("gad": "gadiem"), and what
    tells a decade from the ordinal of its tens ("dvadesete obljetnice")."""
    return {
        "month_parts": {" ".join(w.lower().split()): part for w, part in
                        (*dates.month_parts_before.items(), *dates.month_parts_after.items())},
        "times_words": frozenset(w.lower() for w in numbers.times_words),
        "unit_endings": {k.lower(): frozenset(e.lower() for e in v)
                         for k, v in numbers.unit_endings.items()},
        "decade_ordinal_endings": tuple(sorted(
            ((k.lower(), tuple(v)) for k, v in numbers.decade_ordinal_endings.items()),
            key=lambda kv: -len(kv[0]))),
        "function_words": frozenset(w.lower() for w in names.function_words)
        if numbers.decade_ordinal_endings else frozenset(),
        "verb_lemma_endings": tuple(e.lower() for e in numbers.verb_lemma_endings),
    }


def _hour_minutes(dates) -> dict[str, int]:
    """The minutes each phrase before or after an hour says ("quarter past": 15)."""
    return {" ".join(k.lower().split()): v
            for k, v in (*dates.minutes_before_hour.items(), *dates.minutes_after_hour.items(),
                         *dates.minutes_after_clock_at.items())}


def _decimal_words(words: tuple[str, ...], fold: bool) -> re.Pattern | None:
    """The gap between a whole number and its decimals: the decimal word between spaces."""
    from checker.facts.date_names import fold_accents

    items = sorted({fold_accents(w.lower()) if fold else w.lower() for w in words},
                   key=len, reverse=True)
    if not items:
        return None
    return re.compile(r"[\s\u00a0]+(?:" + "|".join(map(re.escape, items)) + r")[\s\u00a0]+")


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


def _digits(lang: str) -> re.Pattern:
    """A number in digits, with the language's group separator: "1,000", "1.000", "1 000",
    Indian "1,00,000"."""
    decimal, group = separators(lang)
    groups = ".,'\u00a0\u202f\u2009\u060c" + (" " if group == " " else "")  # "30،000"
    group_class = "[" + re.escape(groups) + "]"
    # Where the decimal mark is a comma, a plain space also groups (ISO's "85 000", written
    # whatever CLDR's group mark is), when each group after it has three digits and the
    # number does not follow another ("0800 555 111" is a telephone number).
    spaced = (r"|(?<!\d )\d{1,3}(?: \d{3}(?!\d)(?![\u00a0\u202f\u2009']\d))+"
              r"(?![.,]\d{3}(?!\d))(?:,\d+)?")
    return re.compile(
        r"(?<![\d])(?<![\d][.,])(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?"  # Indian: 1,00,000
        r"|\d{1,3}(?:" + group_class + r"\d{3}(?!\d))+(?:[.,]\d+)?"
        + (spaced if decimal == "," and group != " " else "")
        + r"|\d+(?:[.,]\d+)?)"
    )


def _cjk_run(lex: NumberLexicon) -> re.Pattern | None:
    """A run of numeral characters: "417.6万", "二十三", and mixed myriad forms "1万2000",
    "3億5000万", "2万5千" (digits may follow a numeral character inside one run)."""
    cjk_chars = "".join(lex.cjk_digits) + "".join(lex.cjk_small) + "".join(lex.cjk_large)
    if not cjk_chars:
        return None
    cjk_class = "[" + re.escape(cjk_chars) + "]"
    point = ""
    if lex.cjk_point:  # "三点五亿": the decimals, then the large unit they multiply
        digits = "[" + re.escape("".join(lex.cjk_digits)) + "]"
        large = "[" + re.escape("".join(lex.cjk_large)) + "]" if lex.cjk_large else "(?!)"
        point = "(?:" + re.escape(lex.cjk_point) + digits + "+" + large + "?)?"
    return re.compile(
        r"(?:\d+(?:\.\d+)?)?" + cjk_class + r"+(?:\d+" + cjk_class + r"*)*" + point
    )


def _range_between(range_words: Iterable[str], spaceless: bool = False) -> re.Pattern:
    """What stands between the two numbers of a range: a dash, or "to", "do", "bis"."""
    body = "|".join(re.escape(w.lower()) for w in sorted(range_words, key=len, reverse=True))
    return re.compile(
        r"^\s*(?:[-\u2013\u2014~\uff5e]"
        + (r"|(?:" + body + r")" + ("" if spaceless else r"(?!\w)") if body else "")
        + r")\s*$"
    )


def _date_filler(fillers: Iterable[str]) -> re.Pattern:
    """What may stand between the day, month and year of one date: "24 of February"."""
    body = "|".join(re.escape(f.lower()) for f in sorted(fillers, key=len, reverse=True))
    return re.compile(
        r"^[\s,.\u00a0/]*(?:(?:" + body + r")[\s,.\u00a0]*)*$" if body else r"^[\s,.\u00a0/]*$"
    )


def _any_of(words: Iterable[str]) -> re.Pattern | None:
    """Any of the words, longest first; None for none."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


# metric units whose Latin symbols ("km", "kg", "km/h") text in any script writes too
_METRIC_KEYS = frozenset({"km", "cm", "mm", "kg", "km2", "m2", "hectare"})


# abbreviation marks that keyboards type as ASCII quotes: the gershayim and geresh
_TYPED_MARKS = str.maketrans({"\u05f4": '"', "\u05f3": "'"})


def _add_symbol_variants(symbols: dict[str, str]) -> None:
    """The Latin metric symbols of two letters or more ("km/h" in a Greek text), and each
    symbol CLDR writes with an abbreviation dot also without it ("χλμ/ώρα", "χλμ"), in
    place; a symbol the language has keeps its key."""
    for symbol, key in cldr_unit_words(("en",))[1].items():
        if key in _METRIC_KEYS and len(symbol) >= 2 and symbol.isascii():
            symbols.setdefault(symbol, key)
    for symbol, key in list(symbols.items()):  # "קמ״ש" typed with ASCII quotes: 'קמ"ש'
        typed = symbol.translate(_TYPED_MARKS)
        if typed != symbol:
            symbols.setdefault(typed, key)
    for symbol, key in list(symbols.items()):
        bare = symbol.replace(".", "")
        if bare != symbol and len(bare.split("/")[0]) >= 2:
            symbols.setdefault(bare, key)


def _first_words(lex: NumberLexicon) -> frozenset[str]:
    """First words of every phrase: most tokens are rejected by one set lookup."""
    words: set[str] = set()
    for table in (lex.words, lex.multipliers, lex.ordinals, lex.fractions, lex.halves):
        words.update(phrase.split(" ")[0] for phrase in table)
    return frozenset(words)


def _definite_starts(article: str, proclitics: tuple[str, ...]) -> tuple[str, ...]:
    """The article, and the article after a proclitic of one letter ("بال": with the)."""
    if not article:
        return ()
    return (article, *(p + article for p in proclitics if len(p) == 1))


def _with_transliterations(words: tuple[str, ...], script: str | None) -> tuple[str, ...]:
    """`words` and, in a language written in two scripts, their other spellings."""
    if not script or not words:
        return tuple(words)
    from checker.facts.date_names import transliterations

    return tuple(dict.fromkeys([*words, *(v for w in words for v in transliterations(w, script))]))


def _age_compound(ends: tuple[str, ...]) -> re.Pattern | None:
    """A word of letters with one of `ends` after its first part, and case endings after;
    an apostrophe between letters belongs to the word ("п'ятирічний", "дев’ятимісячне")."""
    if not ends:
        return None
    return re.compile(
        r"(?<!\w)([^\W\d_](?:[^\W\d_]|['’ʼ](?=[^\W\d_]))+?)("
        + "|".join(map(re.escape, ends)) + r")\w*"
    )


def _words_before_next(words: Iterable[str]) -> re.Pattern | None:
    """Any of `words` as whole words, then the spaces up to the word after them."""
    words = sorted({w.lower() for w in words}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\s+$")


def _one_after_count(words: Iterable[str]) -> re.Pattern | None:
    """Any of `words` after the spaces that follow a count, at most one word between."""
    if not words:
        return None
    return re.compile(r"\s+(?:\w+\s+)?(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _age_units(table: Mapping[str, str], script: str | None) -> dict[str, str]:
    out = {}
    for part, unit in table.items():
        for form in _with_transliterations((part,), script):
            out[form] = unit
    return out
