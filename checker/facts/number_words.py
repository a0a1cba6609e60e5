"""Number words of every language, built from data: num2words and CLDR where they cover a
language (`number_sources`), plus the language's own `checker/lang/<code>/lex_attrs.py`
(inflected forms, scale abbreviations, languages num2words lacks), into one
`NumberLexicon` per language (`lexicon`).

The parser is language blind (`word_number`): phrases with a value below 1000 add up
("twenty" + "three"), multipliers multiply ("seven" "hundred", "sept cents", "1,4
millones", "417.6万"), and a piece may only add to a larger order ("thirty and
forty" is two numbers, "one hundred and five" is one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from checker.compiled_cache import cached_on_disk
from checker.compiled_patterns import trie_alternation
from checker.lang.mutations import add_mutated_forms
from checker.lang.profile import profile

_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u00ad,]+")


def norm_phrase(text: str) -> str:
    """Lower case, hyphens and spaces as one space: "Vingt-Trois" -> "vingt trois"."""
    from checker.facts.digits import normalise

    return _SEPARATORS.sub(" ", normalise(text).lower()).strip()


@dataclass
class NumberLexicon:
    """Everything one language needs to read its number words."""

    words: dict[str, int | float] = field(default_factory=dict)  # phrase -> value (< 1000)
    multipliers: dict[str, float] = field(default_factory=dict)  # "hundred", "millions", "млн"
    ordinals: dict[str, int] = field(default_factory=dict)  # "twentieth" -> 20
    fractions: dict[str, float] = field(default_factory=dict)  # "third" -> 1/3 after a number
    fractions_alone: dict[str, float] = field(default_factory=dict)  # "half", "половина"
    partitives: frozenset[str] = frozenset()  # "of", "di": "a third of" is a fraction
    halves: frozenset[str] = frozenset()  # "and a half", "buçuk", "i po": + 0.5
    connectors: frozenset[str] = frozenset()  # "and", "und", "y": glue inside one number
    not_alone: frozenset[str] = frozenset()  # words that are a number only beside another
    # words that are a number alone only before a counted word ("نه نفر": nine people)
    counted_only: frozenset[str] = frozenset()
    counted_words: frozenset[str] = frozenset()
    hour_words: frozenset[str] = frozenset()  # "ساعت نه": the hour word before a bare hour
    # words before a number that make it a percentage ("yüzde"): a not-alone word after one
    # is the number ("yüzde yüz", a hundred percent)
    percent_before: frozenset[str] = frozenset()
    # ordinals that are other words too ("second" of time, "drugi" other): a day in a date
    # ("drugog jula", "the second of June"), never a number of their own
    date_only: frozenset[str] = frozenset()
    ordinal_determiners: frozenset[str] = frozenset()  # "the second quarter": an ordinal
    max_words: int = 1  # longest phrase, in words
    glued: re.Pattern | None = None  # finds a multiplier inside "siebenhunderttausend"
    glued_forms: tuple[tuple[str, int], ...] = ()  # multipliers, largest value first
    alone_values: dict[str, int] = field(default_factory=dict)  # a multiplier form alone
    # "тысячи": one thousand after "более" (SINGULAR_SCALE_AFTER), vague alone
    singular_scale: dict[str, int] = field(default_factory=dict)
    singular_scale_after: frozenset[str] = frozenset()
    half_units: dict[str, int] = field(default_factory=dict)  # "полгода": its half's length
    apostrophes: bool = False  # words such as "п'ять" keep their apostrophe
    spaceless: bool = False  # CJK: numbers are runs of characters, not words
    units_before_tens: bool = False  # "واحد وعشرون": 1 + 20, the unit first
    digits_after_scale: bool = False  # "2 bin 500": 2,500
    cjk_digits: dict[str, int] = field(default_factory=dict)
    cjk_point: str = ""  # "点" of "三点五": the decimal point between numeral characters
    cjk_small: dict[str, int] = field(default_factory=dict)  # 十 百 千
    cjk_large: dict[str, int] = field(default_factory=dict)  # 万 亿
    # CLDR's short compact scales, glued to digits after a currency sign: "$5m", "£2.8bn"
    compact: dict[str, int] = field(default_factory=dict)
    # scale words written before their digits, as CLDR's compact formats write them
    # ("Miliyan 0": "miliyan 450" is 450 million)
    scales_first: dict[str, int] = field(default_factory=dict)
    fold: bool = False  # accents are optional: phrases are kept, and text read, without them


def spelled_by_num2words(value: int, lang: str, to: str = "cardinal") -> str | None:
    """`value` as num2words spells it in `lang` (`to`: "cardinal" or "ordinal"), or None
    where num2words has no such speller for the language. In NFC, as text is written:
    its Kannada speller writes a vowel sign in two parts ("ಕೋಟಿ" for "ಕೋಟಿ", crore)."""
    from unicodedata import normalize

    from num2words import num2words

    try:
        return normalize("NFC", num2words(value, lang=lang, to=to))
    except (
        NotImplementedError,
        KeyError,
        AttributeError,
        TypeError,
        ValueError,
        OverflowError,
        IndexError,
    ):
        return None


@cache
@cached_on_disk("number-lexicon")
def lexicon(lang: str) -> NumberLexicon:
    """The number lexicon of a language (built once per language)."""
    # imported here: the sources fill a NumberLexicon, declared in this module
    from checker.facts.number_sources import (
        compact_scales,
        compact_scales_first,
        from_num2words,
        from_rbnf,
        rbnf_scale_words,
        second_unit_names,
    )

    lang_profile = profile(lang)
    numbers = lang_profile.numbers
    lex = NumberLexicon()
    locales = lang_profile.cldr_locales or (lang_profile.code,)
    code = numbers.num2words
    endings = numbers.ordinal_endings
    for phrase, value in (*numbers.number_words.items(), *numbers.approximate_words.items()):
        lex.words[norm_phrase(phrase)] = value  # first: num2words must not read "jedna" as a scale
    if code:
        from_num2words(code, lex, endings)
    if lang_profile.writing.spaced:  # unspaced scripts read numeral characters instead
        from_rbnf(locales, lex)
    elif not numbers.cjk_digits:  # Thai, Lao, Khmer, Myanmar: the scales glued to digits
        lex.multipliers.update({**rbnf_scale_words(locales), **lex.multipliers})
    for phrase, value in numbers.multipliers.items():
        lex.multipliers[norm_phrase(phrase)] = value
    long_forms, short_forms = compact_scales(locales)
    lex.scales_first = compact_scales_first(locales)
    unit_symbols = _unit_symbols(locales)
    for phrase, value in long_forms.items():  # "Millionen", "млрд", "milyon", "mln"
        if phrase not in unit_symbols:  # Catalan's "kM" (10^9) is "km" read in lower case
            lex.multipliers.setdefault(phrase, value)
    lex.compact = {**short_forms, **{m: v for m, v in lex.multipliers.items() if " " not in m}}
    for phrase, value in numbers.ordinal_words.items():
        lex.ordinals[norm_phrase(phrase)] = value
    for phrase, value in numbers.fraction_words.items():
        lex.fractions[norm_phrase(phrase)] = value
    for phrase, value in numbers.fraction_alone.items():
        lex.fractions_alone[norm_phrase(phrase)] = value
        lex.fractions.setdefault(norm_phrase(phrase), value)
    lex.partitives = frozenset(norm_phrase(w) for w in numbers.partitives)
    lex.ordinal_determiners = frozenset(norm_phrase(w) for w in numbers.ordinal_determiners)
    lex.halves = frozenset(norm_phrase(w) for w in numbers.half_after)
    for phrase, value in numbers.alone_values.items():
        lex.alone_values[norm_phrase(phrase)] = value
        if norm_phrase(phrase) not in lex.multipliers:
            lex.words.setdefault(norm_phrase(phrase), value)
    lex.singular_scale = {norm_phrase(p): v for p, v in numbers.singular_scale_forms.items()}
    lex.singular_scale_after = frozenset(norm_phrase(w) for w in numbers.singular_scale_after)
    _add_endings(lex.words, numbers.word_endings, lambda value: True)
    _add_endings(lex.ordinals, numbers.ordinal_word_endings, lambda value: True)
    _add_endings(lex.multipliers, numbers.scale_endings, lambda value: value >= 1000)
    _add_halves(lex, numbers.half_before)
    _add_half_units(lex, numbers.half_units, numbers.half_before)
    for phrase in numbers.not_number_words:
        lex.words.pop(norm_phrase(phrase), None)
        if norm_phrase(phrase) in lex.ordinals:
            lex.date_only = lex.date_only | {norm_phrase(phrase)}
    # an ordinal spelled like CLDR's unit of time "second" ("segundo", "secondo", "ثانية"):
    # as often the unit, or another word ("segundo a polícia": according to), as the ordinal
    seconds = second_unit_names(lang_profile.cldr_locales or (lang_profile.code,))
    lex.date_only = lex.date_only | (seconds & set(lex.ordinals))
    _add_proclitic_forms(lex, lang_profile.proclitics, lang)
    script = lang_profile.writing.transliterate
    if script:  # one language, two scripts: every phrase in both
        _add_transliterations(lex, script)
    lex.connectors = frozenset(norm_phrase(w) for w in numbers.connectors)
    lex.counted_only = frozenset(norm_phrase(w) for w in numbers.counted_only)
    lex.not_alone = frozenset(norm_phrase(w) for w in numbers.not_alone) | lex.counted_only
    lex.counted_words = frozenset(
        norm_phrase(w) for w in (*numbers.units, *numbers.counted_words) if " " not in w
    )
    lex.hour_words = frozenset(norm_phrase(w) for w in lang_profile.dates.hour_before)
    lex.percent_before = frozenset(norm_phrase(w) for w in numbers.percent_before)
    if lang_profile.writing.accents_optional:
        _fold_lexicon(lex)
    lex.spaceless = not lang_profile.writing.spaced
    lex.units_before_tens = numbers.units_before_tens
    lex.digits_after_scale = numbers.digits_after_scale
    lex.cjk_digits = dict(numbers.cjk_digits)
    lex.cjk_point = numbers.cjk_point
    lex.cjk_small = dict(numbers.cjk_small)
    lex.cjk_large = dict(numbers.cjk_large)
    phrases = [*lex.words, *lex.multipliers, *lex.ordinals, *lex.fractions, *lex.halves]
    lex.apostrophes = any("'" in p for p in phrases)
    lex.max_words = max((len(p.split()) for p in phrases), default=1)
    if numbers.glued_numbers:
        forms = sorted((m for m in lex.multipliers if " " not in m), key=len, reverse=True)
        if forms:
            # a trie of the forms (the same matches): tried at every letter of most words
            lex.glued = re.compile(r"^(\w*?)(" + trie_alternation(forms) + r")(\w*)$")
            lex.glued_forms = tuple(
                sorted(
                    ((f, lex.multipliers[f]) for f in forms), key=lambda fm: (-fm[1], -len(fm[0]))
                )
            )
    return lex


def _unit_symbols(locales: tuple[str, ...]) -> set[str]:
    """CLDR's short unit symbols of the locales ("km", "kg"): never a scale word."""
    from checker.facts.numeric.measures import cldr_unit_words

    return set(cldr_unit_words(locales)[1])


def _add_transliterations(lex: NumberLexicon, script: str) -> None:
    """Every phrase also in the language's other script (`date_names.transliterations`)."""
    from checker.facts.date_names import add_transliterations, transliterations

    for table in (
        lex.words,
        lex.multipliers,
        lex.ordinals,
        lex.fractions,
        lex.fractions_alone,
    ):
        add_transliterations(table, script)
    lex.halves = lex.halves | {v for h in lex.halves for v in transliterations(h, script)}
    lex.date_only = lex.date_only | {
        v for h in lex.date_only for v in transliterations(h, script)
    }


def _add_halves(lex: NumberLexicon, half_before: tuple[str, ...]) -> None:
    """Half a scale word as a number of its own: "half a million", "meio milhão" (500,000);
    a half word ending in "-" also glued to the scale word ("полмиллиона")."""
    for half in half_before:
        glued = half.endswith("-")
        half = norm_phrase(half.rstrip("-"))
        for scale, value in list(lex.multipliers.items()):
            if value < 1000 or " " in scale:
                continue
            lex.words.setdefault(f"{half} {scale}", value // 2)
            if glued:
                lex.words.setdefault(half + scale, value // 2)


def _add_half_units(lex: NumberLexicon, words: tuple[str, ...], half_before: tuple[str, ...]
                    ) -> None:
    """Half of a unit glued to a half word ("полгода"): a fraction read alone, its unit the
    rest of the word."""
    glued = [norm_phrase(h.rstrip("-")) for h in half_before if h.endswith("-")]
    for word in map(norm_phrase, words):
        half = next((h for h in glued if word.startswith(h)), None)
        if half is not None:
            lex.half_units[word] = len(half)
            lex.fractions_alone.setdefault(word, 0.5)
            lex.fractions.setdefault(word, 0.5)


def _add_endings(table: dict, endings, keep) -> None:
    """Case forms of the one-word phrases of `table` whose value `keep` accepts: each final
    in `endings` a word ends with is replaced by each of its endings; a form already in the
    table keeps its value."""
    if not endings:
        return
    for phrase, value in list(table.items()):
        if " " in phrase or len(phrase) < 4 or not keep(value):
            continue
        for final, replacements in endings.items():
            if phrase.endswith(final) and len(phrase) - len(final) >= 2:
                stem = phrase[: len(phrase) - len(final)]
                for ending in replacements:
                    table.setdefault(stem + ending, value)


def _fold_lexicon(lex: NumberLexicon) -> None:
    """Every phrase without its accents, where the language's accents are optional."""
    from checker.facts.date_names import fold_accents

    for name in ("words", "multipliers", "ordinals", "fractions", "fractions_alone",
                 "alone_values"):
        table = getattr(lex, name)
        setattr(lex, name, {fold_accents(p): v for p, v in table.items()})
    lex.halves = frozenset(fold_accents(h) for h in lex.halves)
    lex.connectors = frozenset(fold_accents(c) for c in lex.connectors)
    lex.not_alone = frozenset(fold_accents(w) for w in lex.not_alone)
    lex.date_only = frozenset(fold_accents(w) for w in lex.date_only)
    lex.fold = True


def _add_lone_mutated_forms(table: dict, lang: str) -> None:
    """Each phrase also mutated, but no lone word the spell-out rules write mutated only after
    another number word: Irish "chéad" is 100 in "dhá chéad" (200), alone "an chéad" is
    "the first"."""
    plain = set(table)
    inner = {word for phrase in plain for word in phrase.split(" ")[1:]}
    add_mutated_forms(table, lang, glued_prefixes=False)
    for phrase in [p for p in table if p not in plain and " " not in p and p in inner]:
        del table[phrase]


def _add_proclitic_forms(lex: NumberLexicon, proclitics: tuple[str, ...], lang: str) -> None:
    """Every number phrase also with a proclitic written onto its first word (Arabic "وخمسة
    عشر", and fifteen; "بعشرة", with ten). One proclitic at a time onto the plain phrases; a
    first word of two letters takes none: glued, it is too often another word. Where the
    language mutates first letters, every phrase also mutated ("bhfiche": twenty, Irish)."""
    for table in (lex.words, lex.multipliers, lex.ordinals):
        _add_lone_mutated_forms(table, lang)
        plain = [(p, v) for p, v in table.items() if len(p.split(" ")[0]) > 2]
        for prefix in proclitics:
            for phrase, value in plain:
                if not phrase.startswith(prefix):
                    table.setdefault(prefix + phrase, value)


def reads_number_words(lang: str) -> bool:
    """Whether numbers written in words ("thirty", "三十") are read in this language: its
    profile or num2words gives its number words, or it writes numeral characters."""
    lex = lexicon(lang)
    return bool(lex.words or lex.cjk_digits)
