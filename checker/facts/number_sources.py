"""Where a language's number words come from besides its own data: num2words' spellers,
the spell-out rule sets of CLDR's rule-based number formats (RBNF, through `unicode_rbnf`),
and CLDR's compact number formats, calendar names and unit names. Each source fills a
`NumberLexicon` that `number_words.lexicon` then completes with the language's data.
"""

from __future__ import annotations

import re
from functools import cache, partial

from checker.facts.number_words import NumberLexicon, norm_phrase, spelled_by_num2words


def from_num2words(code: str, lex: NumberLexicon, ordinal_endings: tuple[str, ...]) -> None:
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


def spelled_glued(locale: str, num2words_code: str | None) -> bool:
    """Whether the language's speller (num2words where it has the language, else the first
    RBNF rule set of the CLDR locale) writes three thousand as one word ("kolmetuhatta",
    not "tre tusinde")."""
    if num2words_code:
        text = spelled_by_num2words(3000, num2words_code)
    else:
        spellers = _rbnf_spellers((locale,))
        text = spellers[0](3000, "cardinal") if spellers else None
    return bool(text) and len(norm_phrase(text).split()) == 1


def ordinal_spellings(locale: str, num2words_code: str | None, value: int) -> set[str]:
    """`value` as an ordinal in every speller of the language (num2words, each RBNF rule set
    of the CLDR locale: its case and gender forms), lower case."""
    out: set[str] = set()
    if num2words_code and (text := spelled_by_num2words(value, num2words_code, "ordinal")):
        out.add(norm_phrase(text))
    for spell in _rbnf_spellers((locale,)):
        if text := spell(value, "ordinal"):
            out.add(norm_phrase(text))
    return out


def cardinal_spellings(locale: str, num2words_code: str | None, value: int) -> set[str]:
    """`value` as a cardinal in every speller of the language, lower case."""
    out: set[str] = set()
    if num2words_code and (text := spelled_by_num2words(value, num2words_code)):
        out.add(norm_phrase(text))
    for spell in _rbnf_spellers((locale,)):
        if text := spell(value, "cardinal"):
            out.add(norm_phrase(text))
    return out


def from_rbnf(locales: tuple[str, ...], lex: NumberLexicon) -> None:
    """The words of every RBNF rule set of the locales, but for a word that is also a CLDR
    month or weekday name ("τρίτη" is third and Tuesday): that word stays a date."""
    spellers = _rbnf_spellers(locales)
    if not spellers:
        return
    before = {name: set(getattr(lex, name)) for name in ("words", "multipliers", "ordinals")}
    for spell in spellers:  # RBNF spells the gender and case forms itself: no endings added
        _from_speller(spell, lex, ())
        _linked_forms(spell, lex)
    calendar = _calendar_words(locales)
    for name, kept in before.items():
        table = getattr(lex, name)
        for phrase in [p for p in table if p not in kept and p in calendar]:
            del table[phrase]


def _linked_forms(spell, lex: NumberLexicon) -> None:
    """The form a number word takes before a scale word in the speller's own compounds,
    where it is the word with at most two letters glued on (Filipino "tatlóng daán": three
    hundred, "dalawáng libó"): the linker the language glues to a number before any noun
    ("tatlong beses": three times). Read as the number."""
    for value in range(1, 100):
        word = norm_phrase(spell(value, "cardinal") or "")
        for scale in (100, 1000):
            first, _, rest = norm_phrase(spell(value * scale, "cardinal") or "").partition(" ")
            if (word and rest and " " not in word and first != word and first.startswith(word)
                    and len(first) - len(word) <= 2 and first not in lex.words):
                lex.words[first] = value


def rbnf_scale_words(locales: tuple[str, ...]) -> dict[str, int]:
    """The scale words of the locales' RBNF spell-out rules, for a script written without
    spaces whose numbers are no numeral characters (Khmer "ម៉ឺន" and "សែន", Burmese
    "သောင်း" and "သိန်း": ten and a hundred thousand): what RBNF writes for a power of ten
    from a thousand on after its word for one ("មួយ\u200bម៉ឺន" -> "ម៉ឺន"). The words
    themselves are not read there, the scale glued to digits is ("៦សែន": 600,000)."""
    spellers = _rbnf_spellers(locales)
    out: dict[str, int] = {}
    for spell in spellers[:1]:
        one = (spell(1, "cardinal") or "").replace("\u200b", "")
        for power in range(3, 13):
            text = (spell(10**power, "cardinal") or "").replace("\u200b", "")
            if one and text.startswith(one) and len(text) > len(one) + 1 and " " not in text:
                out.setdefault(text[len(one):], 10**power)
    return out


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


def second_unit_names(locales: tuple[str, ...]) -> set[str]:
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


def _rbnf_failures() -> tuple[type[Exception], ...]:
    """What a spell-out rule set raises where it has no rule for a number (Tamil's ordinals
    have none for 21): the language then has no words from that rule set, never a crash."""
    from unicode_rbnf.engine import RbnfError

    return (RbnfError, ValueError, KeyError, IndexError, RecursionError, AttributeError)


def _rulesets(engine, purpose) -> list[str]:
    try:
        return list(engine.format_number(21, purpose).text_by_ruleset)
    except _rbnf_failures():
        return []


def _rbnf_all(engine, purpose, value: int) -> dict[str, str]:
    """`value` in every RBNF rule set of the purpose."""
    try:
        return engine.format_number(value, purpose).text_by_ruleset
    except _rbnf_failures():
        return {}


def _rbnf_text(spelt, ruleset: str, kind: str, value: int, to: str) -> str | None:
    """`value` in one RBNF rule set, for the kind of word (cardinal/ordinal) it spells."""
    return spelt(value).get(ruleset) if to == kind else None


_SCALE_VALUES = frozenset((100, 1000, 10**5, 10**6, 10**7, 10**9, 10**12))


def _from_speller(spell, lex: NumberLexicon, ordinal_endings: tuple[str, ...]) -> None:
    """Every cardinal below 1000, the multipliers and their plural forms, and ordinals, as
    `spell(value, "cardinal"|"ordinal")` writes them (None where it cannot)."""
    for value in range(1000):
        text = spell(value, "cardinal")
        if text:
            lex.words.setdefault(norm_phrase(text), value)
    ones = {norm_phrase(t): k for k in range(1, 22) if (t := spell(k, "cardinal"))}
    ones.update({w: v for w, v in lex.words.items() if isinstance(v, int) and 0 < v < 22})
    for scale in (100, 1000, 10**5, 10**6, 10**7, 10**9, 10**12):
        for times in (1, 2, 3, 4, 5, 7, 11, 21, 100):
            text = spell(times * scale, "cardinal")
            if not text:
                continue
            phrase = norm_phrase(text)
            if scale in _INDIAN_SCALES and not _own_scale_word(phrase, lex):
                continue  # "one hundred thousand": no word of its own for 10^5
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
            value = scale
            if times == 1 and len(tokens) > 1 and tokens[0] in ones:
                value = scale / ones[tokens[0]]  # "ಹತ್ತು ಒಂದು ಲಕ್ಷ": ten (one lakh), 10^6
            while rest and len(rest.split()) > 1 and rest.split()[0] in ones:
                value /= ones[rest.split()[0]]  # "ಒಂದು ಲಕ್ಷ" multiplies as "ಲಕ್ಷ", 10^5
                rest = rest.split(" ", 1)[1]
            if (rest and rest not in lex.words and len(rest.split()) <= 2
                    and value in _SCALE_VALUES):
                lex.multipliers.setdefault(rest, int(value))
    if all(spell(value, "ordinal") == spell(value, "cardinal") for value in range(1, 11)):
        return  # a speller without ordinals gives the cardinals ("ba" for the third)
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


# lakh and crore: a scale of their own only where the speller has one word for them
# ("एक लाख", "மூன்று கோடி"), not where it builds them of smaller scales
_INDIAN_SCALES = (10**5, 10**7)


def _own_scale_word(phrase: str, lex: NumberLexicon) -> bool:
    """The speller writes the scale with a word no other scale word is part of ("लाख"),
    after at most one number word."""
    tokens = phrase.split()
    word = tokens[-1]
    return len(tokens) <= 2 and not any(
        known in word for known in (*lex.multipliers, *lex.words) if len(known) >= 3)


def compact_scales_first(locales: tuple[str, ...]) -> dict[str, int]:
    """Scale words CLDR's long compact formats write before the digits ("Miliyan 0",
    "elfu 0"): the language puts the scale first ("dala biliyan 3": 3 billion dollars)."""
    from checker.language import babel_locales

    first: dict[str, int] = {}
    for locale in babel_locales(locales):
        for by_plural in locale.compact_decimal_formats.get("long", {}).values():
            for key, pattern in by_plural.items():
                text = getattr(pattern, "pattern", str(pattern)).split(";")[0]
                found = re.match(r"\s*([^\W\d_]{3,})[ \u00a0]+(0+)\s*$", text)
                if found:
                    value = int(key) // 10 ** (len(found.group(2)) - 1)
                    if value >= 1000:
                        first.setdefault(found.group(1).lower(), value)
    return first


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
