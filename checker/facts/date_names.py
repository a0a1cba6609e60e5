"""Month and weekday names as CLDR (Babel) gives them, and the text forms they are read in.

`fold_accents` is the one accent folding of the fact readers ("Σαββάτου" -> "Σαββατου");
`cldr_date_locales` names the locales a language reads its dates from.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache

from babel import Locale
from babel.dates import get_day_names, get_month_names

from checker.lang.profile import profile
from checker.language import babel_locales

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=16)  # a sentence is folded for its dates and again for its numbers
def fold_accents(text: str) -> str:
    """`text` without accents, one character for one ("Σαββάτου" -> "Σαββατου")."""
    if text.isascii():
        return text
    return text.translate(_FOLDED)  # each character folded once per process, not per use


class _FoldTable(dict):
    """The folded form of every character asked for (`str.translate` table), filled on
    first use of each character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)
    return base[0] if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]) else char


_FOLDED = _FoldTable()


def wide_names(locales: list[Locale]) -> dict[str, tuple[str, str | int, bool]]:
    """CLDR's wide month and weekday names, format and stand-alone, lower case."""
    names: dict[str, tuple[str, str | int, bool]] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale).items():
                names.setdefault(name.lower(), ("month", number, False))
            for index, name in get_day_names("wide", context, locale).items():
                names.setdefault(name.lower(), ("weekday", WEEKDAY_NAMES[index], False))
    return {name: entry for name, entry in names.items() if " " not in name}


def transliterations(text: str, script: str) -> list[str]:
    """The same word in the language's other script (Serbian Latin <-> Cyrillic)."""
    import cyrtranslit

    out = []
    for variant in (cyrtranslit.to_cyrillic(text, script), cyrtranslit.to_latin(text, script)):
        variant = variant.lower()
        if variant != text:
            out.append(variant)
    return out


def add_transliterations(table: dict, script: str) -> None:
    """Each form of `table` also in the language's other script (`transliterations`), with
    the same entry, where that spelling is no form of its own already."""
    for form, entry in list(table.items()):
        for variant in transliterations(form, script):
            table.setdefault(variant, entry)


def cldr_date_locales(base: str) -> list[Locale]:
    """The CLDR locales whose month and weekday names a language reads: its profile's
    locales (or the language itself) and its declared date locales."""
    return babel_locales((*(profile(base).cldr_locales or (base,)),
                          *profile(base).dates.date_locales))


def cldr_forms(
    locales: list[Locale], ambiguous: set[str], number_words: set[str]
) -> dict[str, tuple[str, str | int, bool]]:
    """Month and weekday names of the CLDR locales, format and stand-alone, wide and
    abbreviated: lower-case form -> (what, value, ambiguous)."""
    forms: dict[str, tuple[str, str | int, bool]] = {}
    wide = {
        name.lower()
        for locale in locales
        for context in ("format", "stand-alone")
        for name in get_month_names("wide", context, locale).values()
    }
    for locale in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context, locale).items():
                    if width == "abbreviated" and name.endswith(".") and len(name) > 3:
                        forms.setdefault(name.lower(), ("month", number, True))  # "sept."
                    elif width == "abbreviated" and len(name) >= 3 and name.lower() not in wide:
                        # "Aug." for CLDR's "Aug": the dot of an abbreviation belongs to it
                        forms.setdefault(name.lower() + ".", ("month", number, True))
                    form = name.lower().rstrip(".")
                    if width == "abbreviated" and (
                        len(form) < 3 or form in forms or form in number_words
                    ):
                        continue  # "sept" is seven before it is September
                    amb = form in ambiguous or width == "abbreviated"
                    forms.setdefault(form, ("month", number, amb))
            for index, name in get_day_names("wide", context, locale).items():
                forms.setdefault(
                    name.lower(), ("weekday", WEEKDAY_NAMES[index], name.lower() in ambiguous)
                )
    return forms


def dotted_prefixes(locales: list[Locale], number_words: set[str]) -> dict[str, int]:
    """Month names cut short with a dot beyond CLDR's abbreviation ("sept.", "септ.",
    "febr."): every start of three letters or more of a wide name that begins no other
    month's name, read as an abbreviation beside a day or a year."""
    names: dict[str, int] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale).items():
                if " " not in name:
                    names[name.lower()] = number
    starts: dict[str, set[int]] = {}
    for name, number in names.items():
        for cut in range(3, len(name)):
            starts.setdefault(name[:cut], set()).add(number)
    # a number word, accents aside, is no cut month: "οκτώ." (eight) is not "Οκτω(βρίου)."
    folded_numbers = {fold_accents(word) for word in number_words}
    return {
        start + ".": next(iter(numbers)) for start, numbers in starts.items()
        if len(numbers) == 1 and start not in number_words and start[-1].isalpha()
        and fold_accents(start) not in folded_numbers
    }


def abbreviated_weekdays(
    locales: list[Locale], taken: set[str], spaced: bool
) -> dict[str, tuple[str, str | int, bool]]:
    """CLDR's abbreviated weekday names ("Do.", "qui.", "чет", "Sun", "週四"), read only
    beside a date ("Do., 5. Januar"). Where words are spaced, a form of two letters without
    its dot ("пт", "zo") is too often a word of its own; a form that is already a month or
    number word ("pet", five) stays that word."""
    least = 3 if spaced else 2
    out: dict[str, tuple[str, str | int, bool]] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for index, name in get_day_names("abbreviated", context, locale).items():
                form = name.lower()
                letters = _letters(form)
                if form in taken or form.rstrip(".") in taken or " " in form:
                    continue
                if letters >= least or (letters == 2 and form.endswith(".")):
                    out.setdefault(form, ("weekday", WEEKDAY_NAMES[index], False))
    return out


def _letters(form: str) -> int:
    """Letters and the vowel signs written on them ("गुरु" has four)."""
    return sum(unicodedata.category(ch)[0] in "LM" for ch in form)


def framed_weekdays(
    locales: list[Locale], read: Mapping[str, object], function_words: frozenset[str]
) -> dict[str, str]:
    """CLDR's abbreviated weekdays that are not read alone (too short, or another word:
    "pet" five, "mar" March, "чт", "木"), minus the language's function words ("so"):
    form -> weekday, read only where a date format puts them (`DateLexicon.framed`)."""
    out: dict[str, str] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for index, name in get_day_names("abbreviated", context, locale).items():
                form = name.lower()
                entry = read.get(form)
                if (entry is not None and entry[0] == "weekday") or form in function_words:
                    continue  # "so" is a word; "пет." with its dot is Friday
                out.setdefault(form, WEEKDAY_NAMES[index])
    return out


# CLDR's relative names of a unit of time ("last week", "this month", "next year"), read as
# the unit and its offset from now ("week-1", "month+0", "year+1")
PERIOD_UNITS = ("week", "month", "year")


def relative_periods(locales: list[Locale]) -> dict[str, str]:
    """Lower-case relative names of last, this and next week, month and year in the CLDR
    locales ("letzte woche", "в прошлом году", "上周") -> unit and offset ("week-1")."""
    out: dict[str, str] = {}
    for locale in locales:
        fields = locale._data.get("date_fields", {})
        for unit in PERIOD_UNITS:
            for offset, name in fields.get(unit, {}).get("relative", {}).items():
                if offset in (-1, 0, 1):
                    out.setdefault(str(name).lower().replace("\u2019", "'"),
                                   f"{unit}{offset:+d}")
    return out
