"""Number words of every language, built from data: num2words where it covers a
language, plus the language's own `checker/lang/<code>/lex_attrs.py` (inflected
forms, scale abbreviations, languages num2words lacks).

The parser is language blind: phrases with a value below 1000 add up ("twenty"
+ "three"), multipliers multiply ("seven" "hundred", "sept cents", "1,4
millones", "417.6万"), and a piece may only add to a larger order ("thirty and
forty" is two numbers, "one hundred and five" is one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, partial

from checker.compiled_cache import cached_on_disk
from checker.compiled_patterns import trie_alternation
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
    fold: bool = False  # accents are optional: phrases are kept, and text read, without them


def spelled_by_num2words(value: int, lang: str, to: str = "cardinal") -> str | None:
    """`value` as num2words spells it in `lang` (`to`: "cardinal" or "ordinal"), or None
    where num2words has no such speller for the language."""
    from num2words import num2words

    try:
        return num2words(value, lang=lang, to=to)
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


def _from_num2words(code: str, lex: NumberLexicon, ordinal_endings: tuple[str, ...]) -> None:
    """Every cardinal below 1000, the multipliers and their plural forms, and ordinals, as
    num2words spells them."""
    _from_speller(lambda value, to: spelled_by_num2words(value, code, to), lex, ordinal_endings)


def _rbnf_spellers(locales: tuple[str, ...]) -> list:
    """One speller `(value, "cardinal"|"ordinal") -> text or None` per spell-out rule set
    of CLDR's rule-based number formats (RBNF) for the locales: every gender and case form
    CLDR spells ("dvije", "трёх", "четиристотин", "третьего"). Empty without
    `unicode_rbnf` data for the locales."""
    try:
        from unicode_rbnf import FormatPurpose, RbnfEngine
    except ImportError:
        return []
    spellers = []
    for name in locales:
        try:
            engine = RbnfEngine.for_language(name)
        except (ValueError, KeyError, FileNotFoundError, OSError):
            continue
        for to, purpose in (("cardinal", FormatPurpose.CARDINAL),
                            ("ordinal", FormatPurpose.ORDINAL)):
            spelt = cache(partial(_rbnf_all, engine, purpose))  # every rule set at once
            for ruleset in _rulesets(engine, purpose):
                spellers.append(partial(_rbnf_text, spelt, ruleset, to))
    return spellers


def _from_rbnf(locales: tuple[str, ...], lex: NumberLexicon) -> None:
    """The words of every RBNF rule set of the locales, but for a word that is also a CLDR
    month or weekday name ("τρίτη" is third and Tuesday): that word stays a date."""
    spellers = _rbnf_spellers(locales)
    if not spellers:
        return
    before = {name: set(getattr(lex, name)) for name in ("words", "multipliers", "ordinals")}
    for spell in spellers:  # RBNF spells the gender and case forms itself: no endings added
        _from_speller(spell, lex, ())
    calendar = _calendar_words(locales)
    for name, kept in before.items():
        table = getattr(lex, name)
        for phrase in [p for p in table if p not in kept and p in calendar]:
            del table[phrase]


def _calendar_words(locales: tuple[str, ...]) -> set[str]:
    """CLDR month and weekday names of the locales, every width and context, lower case;
    none where every wide name is capitalised: there the date reader takes only the
    capitalised word ("την Τρίτη": Tuesday), and the small one stays the number ("για τρίτη
    φορά": for the third time)."""
    from checker.language import babel_locales

    words: set[str] = set()
    found = babel_locales(locales)
    if found and all(str(name)[:1].isupper() for locale in found
                     for table in (locale.months, locale.days)
                     for name in table["format"]["wide"].values()):
        return words
    for locale in found:
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in context.values():
                    words.update(norm_phrase(str(v)).strip(".") for v in width.values())
    return words


def _second_unit_names(locales: tuple[str, ...]) -> set[str]:
    """CLDR's long names of the unit of time "second" in the locales, every plural form,
    lower case ("segundo", "segundos")."""
    from checker.language import babel_locales

    words: set[str] = set()
    for locale in babel_locales(locales):
        forms = locale._data["unit_patterns"].get("duration-second", {}).get("long", {})
        for key, pattern in forms.items():
            if key != "per" and isinstance(pattern, str):
                words.add(norm_phrase(pattern.replace("{0}", "")))
    return words - {""}


def _rulesets(engine, purpose) -> list[str]:
    try:
        return list(engine.format_number(21, purpose).text_by_ruleset)
    except (ValueError, KeyError, IndexError, RecursionError, AttributeError):
        return []


def _rbnf_all(engine, purpose, value: int) -> dict[str, str]:
    """`value` in every RBNF rule set of the purpose."""
    try:
        return engine.format_number(value, purpose).text_by_ruleset
    except (ValueError, KeyError, IndexError, RecursionError, AttributeError):
        return {}


def _rbnf_text(spelt, ruleset: str, kind: str, value: int, to: str) -> str | None:
    """`value` in one RBNF rule set, for the kind of word (cardinal/ordinal) it spells."""
    return spelt(value).get(ruleset) if to == kind else None


def _from_speller(spell, lex: NumberLexicon, ordinal_endings: tuple[str, ...]) -> None:
    """Every cardinal below 1000, the multipliers and their plural forms, and ordinals, as
    `spell(value, "cardinal"|"ordinal")` writes them (None where it cannot)."""
    for value in range(1000):
        text = spell(value, "cardinal")
        if text:
            lex.words.setdefault(norm_phrase(text), value)
    ones = {norm_phrase(t): k for k in range(1, 22) if (t := spell(k, "cardinal"))}
    ones.update({w: v for w, v in lex.words.items() if isinstance(v, int) and 0 < v < 22})
    for scale in (100, 1000, 10**6, 10**9, 10**12):
        for times in (1, 2, 3, 4, 5, 7, 11, 21, 100):
            text = spell(times * scale, "cardinal")
            if not text:
                continue
            phrase = norm_phrase(text)
            if scale == 100 and times >= 10:
                continue
            tokens = phrase.split()
            prefix = norm_phrase(spell(times, "cardinal") or "")
            rest = None
            if times == 1:
                if phrase in lex.words:
                    continue  # "cent" is a value already; it multiplies after a number too
                # "un millón", "mil millones", "eintausend", "mille": a value on their own
                if not (len(tokens) > 1 and tokens[0] in ones):
                    lex.words.setdefault(phrase, scale)
                if len(tokens) > 1 and tokens[0] in ones:
                    rest = " ".join(tokens[1:])
                elif len(tokens) > 1:
                    rest = phrase  # "mil millones" multiplies as a whole: "tres mil millones"
                elif prefix and phrase.startswith(prefix) and phrase != prefix:
                    rest = phrase[len(prefix) :]  # "eintausend" -> "tausend"
            elif prefix and phrase.startswith(prefix):
                rest = phrase[len(prefix) :].strip()  # "deux cents" -> "cents", "ikibin" -> "bin"
            if rest and rest not in lex.words and len(rest.split()) <= 2:
                lex.multipliers.setdefault(rest, scale)
    # "first" too: an ordinal of one is only ever a day ("первого октября"), never a count
    for value in (*range(1, 100), 100, 1000):  # "vijfendertigste": the 35th
        text = spell(value, "ordinal")
        if not text:
            continue
        base = norm_phrase(text)
        for ending in ("", *ordinal_endings):
            lex.ordinals.setdefault(base + ending, value)
            if (
                base and base[-1] in "eoa" and ending
            ):  # "zweite" -> "zweiten"; "segundo" -> "segunda"
                lex.ordinals.setdefault(base[:-1] + ending, value)


@cache
@cached_on_disk("number-lexicon")
def lexicon(lang: str) -> NumberLexicon:
    """The number lexicon of a language (built once per language)."""
    lang_profile = profile(lang)
    numbers = lang_profile.numbers
    lex = NumberLexicon()
    code = numbers.num2words
    endings = numbers.ordinal_endings
    for phrase, value in (*numbers.number_words.items(), *numbers.approximate_words.items()):
        lex.words[norm_phrase(phrase)] = value  # first: num2words must not read "jedna" as a scale
    if code:
        _from_num2words(code, lex, endings)
    if lang_profile.writing.spaced:  # unspaced scripts read numeral characters instead
        _from_rbnf(lang_profile.cldr_locales or (lang_profile.code,), lex)
    for phrase, value in numbers.multipliers.items():
        lex.multipliers[norm_phrase(phrase)] = value
    long_forms, short_forms = compact_scales(lang_profile.cldr_locales or (lang_profile.code,))
    for phrase, value in long_forms.items():  # "Millionen", "млрд", "milyon", "mln"
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
    seconds = _second_unit_names(lang_profile.cldr_locales or (lang_profile.code,))
    lex.date_only = lex.date_only | (seconds & set(lex.ordinals))
    _add_proclitic_forms(lex, lang_profile.proclitics)
    script = lang_profile.writing.transliterate
    if script:  # one language, two scripts: every phrase in both
        from checker.facts.date_names import transliterations

        for table in (
            lex.words,
            lex.multipliers,
            lex.ordinals,
            lex.fractions,
            lex.fractions_alone,
        ):
            for phrase, value in list(table.items()):
                for variant in transliterations(phrase, script):
                    table.setdefault(variant, value)
        lex.halves = lex.halves | {v for h in lex.halves for v in transliterations(h, script)}
        lex.date_only = lex.date_only | {
            v for h in lex.date_only for v in transliterations(h, script)
        }
    lex.connectors = frozenset(norm_phrase(w) for w in numbers.connectors)
    lex.not_alone = frozenset(norm_phrase(w) for w in numbers.not_alone)
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


def _letters_only(word: str) -> bool:
    """Letters and their combining marks only (Devanagari vowel signs are no letters)."""
    import unicodedata

    return bool(word) and all(
        unicodedata.category(ch)[0] in "LM" for ch in word.replace(" ", "")
    )


def compact_scales(locales: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Scale words of CLDR's compact number formats ("0 Millionen", "0 Mio.", "00 万"):
    (words of two letters or more, read as multipliers; every short form, "m" for million,
    read only glued to digits after a currency sign)."""
    from checker.language import babel_locales

    long_forms: dict[str, int] = {}
    short_forms: dict[str, int] = {}
    for locale in babel_locales(locales):
        formats = locale.compact_decimal_formats
        for width in ("long", "short"):
            for by_plural in formats.get(width, {}).values():
                for key, pattern in by_plural.items():
                    text = getattr(pattern, "pattern", str(pattern))
                    zeros = text.count("0")
                    word = norm_phrase(re.sub(r"[0#'\u00a0.;]", " ", text.split(";")[0]))
                    if not zeros or not _letters_only(word):
                        continue  # no scale word ("0" for thousands in German short)
                    value = int(key) // 10 ** (zeros - 1)
                    if value < 1000:
                        continue
                    short_forms.setdefault(word, value)
                    if len(word) > 1 and not word[0].isdigit():
                        long_forms.setdefault(word, value)
    return long_forms, short_forms


def _add_proclitic_forms(lex: NumberLexicon, proclitics: tuple[str, ...]) -> None:
    """Every number phrase also with a proclitic written onto its first word (Arabic "وخمسة
    عشر", and fifteen; "بعشرة", with ten). One proclitic at a time onto the plain phrases; a
    first word of two letters takes none: glued, it is too often another word."""
    for table in (lex.words, lex.multipliers, lex.ordinals):
        plain = [(p, v) for p, v in table.items() if len(p.split(" ")[0]) > 2]
        for prefix in proclitics:
            for phrase, value in plain:
                if not phrase.startswith(prefix):
                    table.setdefault(prefix + phrase, value)


def parse_glued(word: str, lex: NumberLexicon, depth: int = 0) -> int | None:
    """Value of a compound written as one word: "dreitausendsiebenhundert"."""
    if word in lex.words:
        value = lex.words[word]
        return value if isinstance(value, int) else None
    if lex.glued is None or depth > 4 or not lex.glued.match(word):
        return None
    # split at the largest multiplier first: "zweihundertzweiundsiebzig|tausend|fünfhundertelf"
    for form, mult in lex.glued_forms:
        at = word.find(form)
        if at < 0:
            continue
        head, tail = word[:at], word[at + len(form) :]
        times = 1
        if head:
            parsed = parse_glued(head, lex, depth + 1)
            if parsed is None or parsed >= 1000:
                continue
            times = parsed
        rest = 0
        if tail:
            parsed = parse_glued(tail, lex, depth + 1)
            if parsed is None or parsed >= mult:
                continue
            rest = parsed
        return times * mult + rest
    return None


def _order(value: float) -> int:
    """10 for 20..99, 100 for 100..999: a following piece must be smaller."""
    order = 1
    while order * 10 <= value:
        order *= 10
    return order


class WordNumber:
    """Accumulates the pieces of one number written in words."""

    def __init__(self, units_before_tens: bool = False) -> None:
        self.units_before_tens = units_before_tens
        self.total: float = 0
        self.current: float | None = None
        self.last_piece: float | None = None
        self.last_scale: float = float("inf")
        self.pieces = 0
        self.has_multiplier = False

    def add_value(self, value: float) -> bool:
        if value in (100, 1000, 10**6, 10**9, 10**12):
            return self.add_multiplier(
                value
            )  # "cent", "mille": a value alone, a multiplier after one
        if self.current is None and not self.pieces and value >= 1000 and value % 1000 == 0:
            # a whole scale in one word (Arabic dual "ألفان", 2000): smaller pieces may follow
            self.total = value
            self.last_scale = max(s for s in (1000, 10**6, 10**9, 10**12) if s <= value)
            self.last_piece = self.last_scale
            self.pieces += 1
            return True
        if self.current is None:
            if self.pieces and value >= self.last_scale:
                return False
            self.current = value
        elif (
            self.units_before_tens
            and self.last_piece is not None
            and 0 < self.last_piece < 10
            and value in (10, 20, 30, 40, 50, 60, 70, 80, 90)
            and self.current % 100 == self.last_piece
        ):
            self.current += value  # "خمسة وعشرون", "ثلاث عشرة": the unit before the tens
        else:
            if self.last_piece is None or value >= _order(self.last_piece) or value == 0:
                return False
            self.current += value
        self.last_piece = value
        self.pieces += 1
        return True

    def add_multiplier(self, mult: float) -> bool:
        if mult < 1000:  # hundreds multiply the small number before them
            if self.current is None:
                self.current = mult
            elif self.current < 100 and self.current * mult < self.last_scale:
                # rounded: a tenth ("duas décimas") leaves no binary tail
                self.current = round(self.current * mult, 9)
            else:
                return False
            self.last_piece = mult
        else:
            if mult >= self.last_scale:
                return self._scale_the_whole(mult)
            self.total += (self.current if self.current is not None else 1) * mult
            self.current = None
            self.last_scale = mult
            self.last_piece = mult
        self.pieces += 1
        self.has_multiplier = True
        return True

    def _scale_the_whole(self, mult: float) -> bool:
        """A scale word after a number that already holds a smaller scale, a thousand times
        or more below it, multiplies the whole: "mil e quinhentos milhões" and "χίλια
        πεντακόσια εκατομμύρια" are 1,500 million (a long-scale writer's billion)."""
        so_far = self.value
        if not self.has_multiplier or self.last_scale * 1000 > mult or so_far >= mult:
            return False
        self.total, self.current = so_far * mult, None
        self.last_scale = self.last_piece = mult
        self.pieces += 1
        return True

    def add_half(self) -> bool:
        """ "four and a half (thousand)", "milion i po": half of the last piece's order."""
        if self.pieces == 0:
            return False
        if self.current is not None:
            if not float(self.current).is_integer():
                return False
            self.current += 0.5  # a multiplier may still follow: "bir buçuk milyon"
        elif self.last_scale < float("inf"):
            self.total += 0.5 * self.last_scale
        else:
            return False
        self.last_piece = 0.5
        self.pieces += 1
        return True

    @property
    def value(self) -> float:
        return self.total + (self.current or 0)


def reads_number_words(lang: str) -> bool:
    """Whether numbers written in words ("thirty", "三十") are read in this language: its
    profile or num2words gives its number words, or it writes numeral characters."""
    lex = lexicon(lang)
    return bool(lex.words or lex.cjk_digits)
