"""Dates and times as calendar values.

Month and weekday names come from CLDR (Babel) for every language, in their
format and stand-alone forms; `checker/lang/<code>/dates.py` adds what CLDR
lacks (case forms such as "u četvrtak", "феврале", "të enjten", glued case
endings such as "ekimde" through NAME_SUFFIXES, other month
names in use such as "شباط", relative days). Values are ISO 8601 fragments:
"2022-02-24", "2022-02", "--02-24", "--04", "2022"; weekdays as English names
("Thursday"); times as "T14:30".

`extract(text, lang)` is the "date" extractor; the reading itself happens in
`checker.facts.numeric`, together with numbers, so a year is never also a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from checker.compiled_cache import cached_on_disk
from checker.lang import base_language
from checker.lang.profile import profile
from checker.model import Fact

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DateWord:
    """A month, weekday or relative-day word found in a sentence."""

    start: int
    end: int
    what: str  # "month", "weekday", "relative"
    value: str | int
    needs_context: bool = False
    inflected: bool = False  # "ekimde": a case form, so no day follows it ("aralıkta 5 kişi")

    def extend(self, end: int) -> DateWord:
        return replace(self, end=end)


@dataclass
class DateLexicon:
    forms: dict[str, tuple[str, str | int, bool]]  # lower-case form -> (what, value, ambiguous)
    pattern: re.Pattern | None
    capitalised: frozenset[str]  # ambiguous forms that count only when capitalised
    month_context: re.Pattern | None
    near_date: frozenset[str] = frozenset()
    inflected: frozenset[str] = frozenset()
    weekday_after: re.Pattern | None = None  # "günü" after "cuma": a weekday in any case

    def find(self, low: str, original: str) -> list[DateWord]:
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(low):
            form = m.group(1)
            entry = self.forms.get(form)
            if entry is None:
                entry = next((v for k, v in self.forms.items() if form.startswith(k)), None)
                if entry is None:
                    continue
            what, value, ambiguous = entry
            if form in self.near_date:
                # "nedelja" is Sunday only right before a date (checked by the reader)
                out.append(DateWord(m.start(1), m.end(1), what, value, True))
                continue
            said = (
                what == "weekday"
                and self.weekday_after is not None
                and self.weekday_after.match(low, m.end(1)) is not None
            )
            if form in self.capitalised and not original[m.start(1)].isupper() and not said:
                continue  # "ocak" the stove, "Ocak" the month
            if ambiguous and what == "weekday":
                if not original[m.start(1)].isupper() and not said:
                    continue
                ambiguous = False
            if (
                ambiguous
                and what == "month"
                and self.month_context is not None
                and self.month_context.search(low[max(0, m.start(1) - 12) : m.start(1)])
            ):
                ambiguous = False
            out.append(
                DateWord(m.start(1), m.end(1), what, value, ambiguous, form in self.inflected)
            )
        return out


def transliterations(text: str, script: str) -> list[str]:
    """The same word in the language's other script (Serbian Latin <-> Cyrillic)."""
    import cyrtranslit

    out = []
    for variant in (cyrtranslit.to_cyrillic(text, script), cyrtranslit.to_latin(text, script)):
        variant = variant.lower()
        if variant != text:
            out.append(variant)
    return out


def _locales(base: str) -> list[Locale]:
    names = profile(base).cldr_locales or (base,)
    out = []
    for name in names:
        try:
            out.append(Locale.parse(name))
        except (UnknownLocaleError, ValueError):
            continue
    return out


def _cldr_forms(
    locales: list[Locale], ambiguous: set[str], number_words: set[str]
) -> dict[str, tuple[str, str | int, bool]]:
    """Month and weekday names of the CLDR locales, format and stand-alone, wide and
    abbreviated: lower-case form -> (what, value, ambiguous)."""
    forms: dict[str, tuple[str, str | int, bool]] = {}
    for locale in locales:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context, locale).items():
                    if width == "abbreviated" and name.endswith(".") and len(name) > 3:
                        forms.setdefault(name.lower(), ("month", number, True))  # "sept."
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


@cache
@cached_on_disk("date-lexicon")
def date_lexicon(lang: str) -> DateLexicon:
    base = base_language(lang)
    lang_profile = profile(base)
    dates = lang_profile.dates
    ambiguous = {a.lower() for a in dates.ambiguous}
    from checker.facts.number_words import lexicon

    number_words = set(lexicon(lang).words) | set(lexicon(lang).multipliers)
    forms = _cldr_forms(_locales(base), ambiguous, number_words)
    prefixes = lang_profile.proclitics
    for form, entry in list(forms.items()):  # "בינואר": "in January", one word
        for prefix in prefixes:
            forms.setdefault(prefix + form, entry)
    # glued case endings: "ekimde", "şubatta" (in October, in February)
    endings = dates.name_suffixes
    capitalised_bases = {a.lower() for a in dates.capitalised}
    free_bases = {a.lower() for a in dates.case_forms_any_case}
    inflected_capitalised: set[str] = set()
    inflected: set[str] = set()
    for form, entry in list(forms.items()):
        if len(form) < 4 or form.endswith(".") or " " in form:
            continue
        for ending in endings:
            if form + ending not in forms:
                forms[form + ending] = entry
                inflected.add(form + ending)
                if form in capitalised_bases and form not in free_bases:
                    inflected_capitalised.add(form + ending)
    for form, number in dates.months.items():
        forms[form.lower()] = ("month", number, form.lower() in ambiguous)
    for form, name in dates.weekdays.items():
        forms[form.lower()] = ("weekday", name, form.lower() in ambiguous)
    for form, name in dates.relative_days.items():
        forms[form.lower()] = ("relative", name, False)
    script = lang_profile.writing.transliterate
    if script:
        for form, entry in list(forms.items()):
            for variant in transliterations(form, script):
                forms.setdefault(variant, entry)
    for form in dates.not_dates:
        forms.pop(form.lower(), None)
    from checker.facts.digits import normalise

    # text is read normalised ("п’ятниця" -> "п'ятниця", full-width digits): so are the forms
    forms = {normalise(form): entry for form, entry in forms.items()}
    spaceless = not lang_profile.writing.spaced
    prefix = dates.prefix_match
    if not forms:
        return DateLexicon({}, None, frozenset(), None)  # no names known
    body = "|".join(
        re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)
    )
    if spaceless:
        pattern = re.compile(r"(" + body + r")")
    else:
        tail = r"\w*" if prefix else r"(?!\w)"
        pattern = re.compile(r"(?<!\w)(" + body + r")" + tail)
        if prefix:
            pattern = re.compile(r"(?<!\w)((?:" + body + r")\w*)")
    context_words = dates.month_context
    month_context = None
    if context_words:
        month_context = re.compile(
            r"(?:^|\W)(?:" + "|".join(map(re.escape, context_words)) + r")\s+$"
        )
    capitalised = frozenset(capitalised_bases | inflected_capitalised)
    if prefix:
        # forms as prefixes of compounds ("donnerstagabend"): longest known form first
        ordered = dict(sorted(forms.items(), key=lambda kv: len(kv[0]), reverse=True))
        forms = ordered
    near_date = frozenset(f.lower() for f in dates.near_date_only)
    inflected_forms = frozenset(normalise(f) for f in inflected)
    weekday_after = None
    if dates.weekday_context_after:
        starts = "|".join(re.escape(w.lower()) for w in dates.weekday_context_after)
        weekday_after = re.compile(r"\s+(?:" + starts + r")")
    return DateLexicon(
        forms, pattern, capitalised, month_context, near_date, inflected_forms, weekday_after
    )


def extract(text: str, lang: str) -> list[Fact]:
    """Date and time facts of one sentence."""
    from checker.facts.numeric import analyse

    return [f for f in analyse(text, lang) if f.category == "date"]
