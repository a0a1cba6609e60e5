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
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from babel import Locale
from babel.dates import get_day_names

from checker.compiled_cache import cached_on_disk
from checker.compiled_patterns import character_class, trie_alternation
from checker.facts.date_endings import glued_endings, with_endings
from checker.facts.date_names import (
    WEEKDAY_NAMES,
    abbreviated_weekdays,
    add_transliterations,
    cldr_date_locales,
    cldr_forms,
    dotted_prefixes,
    fold_accents,
    framed_weekdays,
    relative_periods,
    transliterations,
    wide_names,
)
from checker.facts.glued_runs import glued_forms, names_in_glued_runs
from checker.facts.roman_months import roman_months
from checker.lang import base_language
from checker.lang.mutations import add_bare_month_names, add_mutated_forms
from checker.lang.profile import LanguageProfile, profile
from checker.model import Fact


@dataclass(frozen=True)
class DateWord:
    """A month, weekday or relative-day word found in a sentence."""

    start: int
    end: int
    what: str  # "month", "weekday", "relative", "period", "season", "time", "decade"
    value: str | int
    needs_context: bool = False
    inflected: bool = False  # "ekimde": a case form, so no day follows it ("aralıkta 5 kişi")

    def extend(self, end: int) -> DateWord:
        return replace(self, end=end)


_APOSTROPHE_SUFFIX = re.compile(r"['’]\w")


@dataclass
class DateLexicon:
    forms: dict[str, tuple[str, str | int, bool]]  # lower-case form -> (what, value, ambiguous)
    pattern: re.Pattern | None
    capitalised: frozenset[str]  # ambiguous forms that count only when capitalised
    month_context: re.Pattern | None
    near_date: frozenset[str] = frozenset()
    inflected: frozenset[str] = frozenset()
    weekday_after: re.Pattern | None = None  # "günü" after "cuma": a weekday in any case

    fold: bool = False  # accents are optional: forms are kept, and text read, without them
    month_after: re.Pattern | None = None  # "ayında" after "ekim": a month in any case
    # weekday abbreviations that are also other words or too short to read alone ("pet"
    # five, "mar" March, "чт", "木"): read only in the place a date format puts them
    framed: Mapping[str, str] = field(default_factory=dict)
    framed_pattern: re.Pattern | None = None
    lang: str = ""  # the language it was built for (`date_lexicon`): names its answers
    # runs of letters longer than `glued_after`, words typed without their spaces, and the
    # names read inside them (`glued_runs.names_in_glued_runs`)
    glued_after: int = 0
    glued_pattern: re.Pattern | None = None
    # CLDR writes the weekdays in lower case ("segunda-feira"): a capital is then no sign of
    # a weekday in an ambiguous short form ("a Segunda Guerra Mundial" is an ordinal)
    lower_case_weekdays: bool = False
    night_before: re.Pattern | None = None  # "у ніч на вівторок": the night before, unread
    clause_end_before: re.Pattern | None = None  # "na segunda,": Monday; "a segunda,": no
    # forms that a capital inside a sentence makes a surname ("Petkova": not Friday's)
    lower_case_only: frozenset[str] = frozenset()
    roman_months: bool = False  # "1. VII": a day, then its month in Roman numerals
    # names that hold a month word (`dates.NOT_DATES` of more than one word: "rio de janeiro")
    names_with_months: re.Pattern | None = None
    open_last_word: bool = False  # `dates.ENDING_ON_LAST_WORD`: "дөрөвдүгээр сарын"

    def find(self, low: str, original: str) -> list[DateWord]:
        """The month, weekday, relative-day and time words of a sentence (`low`: its lower
        case). The numbers and the names of one sentence both ask, each through its own
        copy of the language's lexicon: the last answers are kept (`_dates_found`)."""
        if self.pattern is None:
            return []
        if self.lang:  # the language's lexicon (`date_lexicon`): an equal copy answers
            return list(_dates_found(self.lang, low, original))
        return self._find(low, original)

    def _matches(self, low: str) -> Iterator[re.Match]:
        """The pattern's matches in order; a relative week read where a weekday starts
        inside it and ends after it is that weekday ("上周六", last Saturday: not "上周"),
        and so is one that ends it with a time of day after it ("prošle nedelje ujutru":
        last Sunday morning)."""
        assert self.pattern is not None
        at = 0
        while (m := self.pattern.search(low, at)) is not None:
            if self.forms.get(m.group(1), ("",))[0] == "period":
                m = next((w for k in range(m.start(1) + 1, m.end(1))
                          if (w := self.pattern.match(low, k)) is not None
                          and self.forms.get(w.group(1), ("",))[0] == "weekday"
                          and (w.end(1) > m.end(1) or (
                              w.end(1) == m.end(1) and self.weekday_after is not None
                              and self.weekday_after.match(low, w.end(1)) is not None))), m)
            yield m
            at = max(m.end(), at + 1)

    def _find(self, low: str, original: str) -> list[DateWord]:
        if self.fold:
            low = fold_accents(low)
        out = []
        names = self.names_with_months
        in_names = [n.span() for n in names.finditer(low)] if names is not None else []
        for m in self._matches(low):
            form = m.group(1)
            if any(a <= m.start(1) < b for a, b in in_names):
                continue  # "Rio de Janeiro": a place, not January
            if form[:1].isdigit() and m.start(1) and low[m.start(1) - 1].isdigit():
                continue  # "80年代" inside "1980年代"
            entry = self.forms.get(form)
            if entry is None and self.open_last_word:
                entry = _ending_on_last_word(self.forms, form)
            if entry is None:
                stem = next((k for k in self.forms if form.startswith(k)), None)
                if stem is None or not _compound(stem, form):
                    continue
                entry = self.forms[stem]
            what, value, ambiguous = entry
            if form in self.inflected and _APOSTROPHE_SUFFIX.match(low, m.end(1)):
                continue  # "Marta'nın": a case ending, then another one, is a name's stem
            if form in self.near_date:
                # "nedelja" is Sunday only right before a date (checked by the reader), or
                # with a time of day after it ("nedelje uveče"); a short form ("pet": five,
                # or Friday) never by its time of day ("u pet uveče": at five in the evening)
                timed = (
                    self.weekday_after is not None
                    and len(form.rstrip(".")) >= 4
                    and self.weekday_after.match(low, m.end(1)) is not None
                )
                out.append(DateWord(m.start(1), m.end(1), what, value, not timed))
                continue
            after = self.weekday_after if what == "weekday" else self.month_after
            said = (
                what in ("weekday", "month")
                and after is not None
                and after.match(low, m.end(1)) is not None
            )
            if said and ambiguous and what == "weekday":
                said = self._said_by_clause_end(low, m.start(1), m.end(1))
            if form in self.capitalised and not said and not any(
                    word[:1].isupper() for word in original[m.start(1) : m.end(1)].split()):
                continue  # "ocak" the stove, "Ocak" the month; "tháng năm" months and
                # years, "tháng Năm" May: a name of two words is capitalised on either
            if (form in self.lower_case_only and original[m.start(1)].isupper()
                    and low[: m.start(1)].strip()):
                continue  # "sa Marijom Petkovom": a surname; "petkova sednica": Friday's
            if what == "weekday" and self._night_before(low, m.start(1)):
                value = _night_before_value(str(value))
            if ambiguous and what == "weekday":
                capital = original[m.start(1)].isupper() and not self.lower_case_weekdays
                if not capital and not said:
                    continue
                ambiguous = False
            if (
                ambiguous
                and what == "month"
                and self.month_context is not None
                and self.month_context.search(low[max(0, m.start(1) - 12) : m.start(1)])
            ) or (ambiguous and what == "month" and said):
                ambiguous = False
            out.append(
                DateWord(m.start(1), m.end(1), what, value, ambiguous, form in self.inflected)
            )
        if self.glued_pattern is not None:  # words that lost their spaces
            out = names_in_glued_runs(low, out, self.glued_after, self.glued_pattern, self.forms)
        if self.roman_months and _ANY_DIGIT.search(low) is not None:
            romans = [DateWord(start, end, "month", month)
                      for start, end, month in roman_months(original, self.lang)]
            out = sorted(out + romans, key=lambda w: w.start)
        return self._with_framed_weekdays(low, out)

    def _said_by_clause_end(self, low: str, start: int, end: int) -> bool:
        """An ambiguous weekday said by what follows it: by a clause end only after a day
        word (`dates.CLAUSE_END_BEFORE`) or before a day ("segunda, 5 de maio")."""
        after = self.weekday_after.match(low, end) if self.weekday_after else None
        if after is None or self.clause_end_before is None or after.group(0).strip()[:1].isalnum():
            return after is not None
        return (not low[:start].strip()  # "Sexta, o governo ...": opening the sentence
                or self.clause_end_before.search(low, max(0, start - 20), start) is not None
                or _ANY_DIGIT.match(low, after.end()) is not None
                or re.match(r"\s+\d", low[after.end() : after.end() + 3]) is not None)

    def _night_before(self, low: str, start: int) -> bool:
        """The weekday at `start` names the night before it (`dates.NIGHT_BEFORE`): the
        weekday is either day (`_night_before_value`)."""
        return (self.night_before is not None
                and self.night_before.search(low, max(0, start - 20), start) is not None)

    def _with_framed_weekdays(self, low: str, found: list[DateWord]) -> list[DateWord]:
        """`found` with the framed weekday abbreviations a date format puts beside a day
        and month: right before them ("pet, 31. mart", "чт, 5 января", "do 5 januari"),
        or after them behind a comma or in brackets ("5 қаңтар, бс", "1月5日(木)")."""
        if self.framed_pattern is None:
            return found
        months = [w for w in found if w.what == "month"]
        if not months and _ANY_DIGIT.search(low) is None:
            return found  # no month word and no day to frame a weekday (most sentences)
        added = []
        for m in self.framed_pattern.finditer(low):
            if any(w.what == "weekday" and w.start <= m.start(1) < w.end for w in found):
                continue
            alone = len(m.group(1).rstrip(".")) >= 2  # "木" only in brackets after a date
            if not ((alone and _framed_before(low, m.end(1), months))
                    or _framed_after(low, m, months)):
                continue
            added.append(DateWord(m.start(1), m.end(1), "weekday", self.framed[m.group(1)]))
        if not added:
            return found
        kept = [w for w in found
                if not any(a.start < w.end and w.start < a.end for a in added)]
        return sorted(kept + added, key=lambda w: w.start)



def _night_before_value(day: str) -> str:
    """The night before a weekday ("u noći na utorak") as either day, "Monday|Tuesday":
    the other side may name the evening's day or the morning's (`compare.dates`)."""
    if day not in WEEKDAY_NAMES:
        return day
    return f"{WEEKDAY_NAMES[WEEKDAY_NAMES.index(day) - 1]}|{day}"


_ANY_DIGIT = re.compile(r"\d")

# after a framed weekday: its dot, a comma, the day and its mark, then the month word
_DAY_BEFORE_MONTH = re.compile(r"\.?,?\s*\d{1,2}(?:\.|[^\W\d]{1,2}\.?)?\s*")
_GAP = re.compile(r"\.?,?\s*")
# a whole date in digits, with its year ("5.01.2023", "5. 1. 2023", "2023-01-05")
_DIGIT_DATE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)")
_DIGIT_DATE_END = re.compile(
    r"(?<!\d)(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})\.?(?:\s?\w{1,3}\.)?$"
)
_LINK_WORD = re.compile(r"[^\W\d]{1,3}\s+")  # "14 de febrero"
# before a framed weekday written after a date: a comma, or an opening bracket
_FRAME_AFTER_DATE = re.compile(r"(?:\.?,\s*|\s*[(\uff08]\s*)$")


def _compound(name: str, word: str) -> bool:
    """A word that starts with a month or weekday name is a compound of it
    ("donderdagavond", "Februarmitte", "sonntags") only where the name is no short word
    and the rest is a word of its own or the linking "s": "meisje" (girl) and "Mainz" do
    not start with May, nor "Junioren" with June."""
    rest = word[len(name):]
    if name.lower() == name.upper():  # a script without case glues its postpositions:
        # "जूनमध्ये" (in June), "ઑગસ્ટના" (of August); a name of three letters written
        # without vowel signs (an abjad's) takes a short ending only: Kurdish "ئابی" (of
        # August), not "ئابووری" (the economy)
        return len(name) >= 3 and (len(name) > 3 or len(rest) <= 2 or any(
            unicodedata.category(c) in ("Mn", "Mc") for c in name))
    return len(name) >= 4 and (rest == "s" or len(rest) >= 5)


def _framed_before(low: str, end: int, months: list[DateWord]) -> bool:
    if _DIGIT_DATE.match(low, _GAP.match(low, end).end()):
        return True  # "чт, 5.01.2023", "čt 5. 1. 2023"
    gap = _DAY_BEFORE_MONTH.match(low, end)
    if gap is None:
        return False
    link = _LINK_WORD.match(low, gap.end())
    starts = {gap.end(), link.end() if link else gap.end()}
    return any(w.start in starts for w in months)


def _framed_after(low: str, m: re.Match, months: list[DateWord]) -> bool:
    """A weekday after a date: behind a comma or in brackets, right after a month word or
    a day of a month said just before ("sausio 5 d., kt", "1月5日(木)")."""
    bracket = low[max(0, m.start(1) - 1) : m.start(1)] in ("(", "\uff08") or re.search(
        r"[(\uff08]\s*$", low[max(0, m.start(1) - 3) : m.start(1)]
    )
    closed = bracket and re.match(r"\s*[)\uff09]", low[m.end(1) :])
    if not closed and (
        len(m.group(1).rstrip(".")) < 2 or re.match(r"\.?\s*\w", low[m.end(1) :])
    ):
        return False  # "5 марта, пт." ends its part; "5. marta, pet osoba": five people
    gap = _FRAME_AFTER_DATE.search(low, 0, m.start(1))
    if gap is None:
        return False
    before = gap.start()
    if any(w.end in (before, before + 1) for w in months):  # "5 қаң., бс": its dot
        return True
    if _DIGIT_DATE_END.search(low, max(0, before - 12), before):
        return True  # "2023-01-05, kt"
    day = re.search(r"\d{1,2}(?:\.|\s?[^\W\d]{1,2}\.?)?$", low[max(0, before - 6) : before])
    return day is not None and any(
        0 <= before - len(day.group()) - w.end <= 2 for w in months
    )


@lru_cache(maxsize=2)
def _dates_found(lang: str, low: str, original: str) -> tuple[DateWord, ...]:
    """`DateLexicon.find` of the language's lexicon, the last answers kept: the numbers and
    the names of a sentence both ask, each through its own copy of the lexicon."""
    return tuple(date_lexicon(lang)._find(low, original))


def _decade_words(
    lang: str, endings: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, str | int, bool]]:
    """Decades said with a tens word ("eighties", "الثمانينيات", "八十年代"): form ->
    ("decade", the year the decade starts in the 1900s, False)."""
    if not endings:
        return {}
    from checker.facts.number_words import lexicon

    lex = lexicon(lang)
    tens: dict[str, int] = {
        w: int(v) for w, v in lex.words.items()
        if " " not in w and v in range(20, 100, 10) and len(w) > 2
    }
    for digit, value in lex.cjk_digits.items():  # "八十": numeral characters, and digits
        if 2 <= value <= 9:
            tens.update({digit + ten: value * 10 for ten, v in lex.cjk_small.items() if v == 10})
    if lex.spaceless:
        tens.update({str(value): value for value in range(20, 100, 10)})
    out: dict[str, tuple[str, str | int, bool]] = {}
    for word, value in tens.items():
        for final, replacements in endings.items():
            if word.endswith(final):
                stem = word[: len(word) - len(final)]
                for ending in replacements:
                    out.setdefault(stem + ending, ("decade", 1900 + value, False))
    return out


@cache
def time_words(lang: str) -> dict[str, str]:
    """The language's words for a time of day: its declared ones (dates.TIME_WORDS), and
    CLDR's names of noon and midnight where it declares no word for that time."""
    from checker.facts.numeric.day_periods import noon_and_midnight

    lang_profile = profile(base_language(lang))
    declared = {f.lower(): value for f, value in lang_profile.dates.time_words.items()}
    locales = tuple(lang_profile.cldr_locales or (base_language(lang),))
    cldr = noon_and_midnight(locales, lang_profile.writing.spaced)
    return {**{f: v for f, v in cldr.items() if v not in declared.values()}, **declared}


@cache
@cached_on_disk("date-lexicon")
def date_lexicon(lang: str) -> DateLexicon:
    base = base_language(lang)
    lang_profile = profile(base)
    dates = lang_profile.dates
    ambiguous = {a.lower() for a in dates.ambiguous}
    from checker.facts.number_words import lexicon
    number_words = set(lexicon(lang).words) | set(lexicon(lang).multipliers)
    locales = cldr_date_locales(base)
    forms = cldr_forms(locales, ambiguous, number_words)
    fold = lang_profile.writing.accents_optional
    capitalised_bases = {a.lower() for a in dates.capitalised}
    free_bases = {a.lower() for a in dates.case_forms_any_case}
    if fold:
        forms = {fold_accents(f): entry for f, entry in forms.items()}
        capitalised_bases = {fold_accents(a) for a in capitalised_bases}
    inflected_capitalised: set[str] = set()
    if dates.name_endings:  # "субота" -> "суботу", "суботом"; "јул" -> "јулски"
        for name, entry in wide_names(locales).items():
            name = fold_accents(name) if fold else name
            made = with_endings({name: forms.get(name, entry)}, dates.name_endings)
            for form, made_entry in made.items():
                forms.setdefault(form, made_entry)
                if name in capitalised_bases and name not in free_bases:
                    inflected_capitalised.add(form)
    forms.update(_decade_words(lang, lang_profile.numbers.decade_word_endings))
    short_weekdays = abbreviated_weekdays(
        locales, set(forms) | number_words, lang_profile.writing.spaced
    )
    if fold:
        short_weekdays = {fold_accents(f): entry for f, entry in short_weekdays.items()}
    for form, entry in short_weekdays.items():
        forms.setdefault(form, entry)
    prefixes = lang_profile.proclitics
    for form, entry in list(forms.items()):  # "בינואר": "in January", one word
        for prefix in prefixes:
            forms.setdefault(prefix + form, entry)
    inflected = glued_endings(forms, dates.name_suffixes, capitalised_bases - free_bases,
                                   inflected_capitalised, dates.suffix_harmony)
    declared: list[tuple[str, tuple[str, str | int, bool]]] = [
        *((f.lower(), ("month", n, f.lower() in ambiguous)) for f, n in dates.months.items()),
        *((f.lower(), ("weekday", n, f.lower() in ambiguous)) for f, n in dates.weekdays.items()),
        *((f.lower(), ("relative", n, False)) for f, n in dates.relative_days.items()),
        *((f.lower(), ("period", n, False)) for f, n in relative_periods(locales).items()),
        *((f.lower(), ("period", n, False)) for f, n in dates.relative_periods.items()),
        *((f.lower(), ("season", n, False)) for f, n in dates.seasons.items()),
        *((f.lower(), ("time", n, False)) for f, n in time_words(base).items()),
    ]
    for form, entry in declared:
        forms[fold_accents(form) if fold else form] = entry
    add_bare_month_names(forms, base)  # "Sultain" of "An t-Sultain" (Scottish Gaelic)
    add_mutated_forms(forms, base)  # "bhfeabhra": in February (Irish)
    script = lang_profile.writing.transliterate
    declared_forms = {form for form, _ in declared}
    near_date_forms = {*dates.near_date_only, *(set(short_weekdays) - declared_forms)}
    if script:
        add_transliterations(forms, script)
        for form in list(short_weekdays):
            near_date_forms.update(transliterations(form, script))
    for form in dates.not_dates:
        forms.pop(fold_accents(form.lower()) if fold else form.lower(), None)
    framed = _cut_and_framed_forms(forms, locales, number_words, lang_profile)
    from checker.facts.digits import normalise

    # text is read normalised ("п’ятниця" -> "п'ятниця", full-width digits): so are the forms
    forms = {normalise(form): entry for form, entry in forms.items()}
    _add_unmarked_forms(forms, lang_profile.writing.spaced)
    spaceless = not lang_profile.writing.spaced
    prefix = dates.prefix_match
    if not forms:
        return DateLexicon({}, None, frozenset(), None)  # no names known
    pattern = _forms_pattern(forms, spaceless, bool(prefix), dates.ending_on_last_word)
    context_words = dates.month_context
    month_context = None
    if context_words:
        month_context = re.compile(
            # "in May", and "mid-May", "early-March" joined by a hyphen
            r"(?:^|\W)(?:" + "|".join(map(re.escape, context_words)) + r")(?:\s+|-)$"
        )
    capitalised = frozenset(capitalised_bases | inflected_capitalised)
    if prefix:
        # forms as prefixes of compounds ("donnerstagabend"): longest known form first
        ordered = dict(sorted(forms.items(), key=lambda kv: len(kv[0]), reverse=True))
        forms = ordered
    near_date = frozenset(
        normalise(fold_accents(f.lower()) if fold else f.lower()) for f in near_date_forms
    )
    inflected_forms = frozenset(normalise(f) for f in inflected - declared_forms)  # "martın 3"
    glued_after = lang_profile.writing.glued_after
    glued = glued_forms(forms, near_date, prefixes) if glued_after else {}
    return DateLexicon(
        forms, pattern, capitalised, month_context, near_date, inflected_forms,
        _starts_after(dates.weekday_context_after), fold, _starts_after(dates.month_context_after),
        framed, _forms_pattern(framed, spaceless, False) if framed else None,
        lang, glued_after, _forms_pattern(glued, True, False) if glued else None,
        _lower_case_weekdays(locales), _words_right_before(dates.night_before),
        _words_right_before(dates.clause_end_before), frozenset(
            normalise(f.lower()) for f in dates.lower_case_only), dates.roman_months,
        _names_with_months(dates.not_dates, fold), dates.ending_on_last_word,
    )


def _add_unmarked_forms(forms: dict, spaced: bool) -> None:
    """Each form without its format characters (a sentence leaves them out: CLDR's "سه‌شنبه"
    is read as "سهشنبه"), and in a script written without spaces without the syllable mark
    CLDR ends it with: a glued ending takes its place ("གཟའ་ཕུར་བུ་" -> "གཟའ་ཕུར་བུའི་")."""
    import unicodedata

    from checker.segment import without_format_characters

    for form, entry in list(forms.items()):
        forms.setdefault(without_format_characters(form), entry)
        if not spaced and len(form) > 3 and unicodedata.category(form[-1]) == "Po":
            forms.setdefault(form.rstrip(form[-1]), entry)


def _names_with_months(not_dates: tuple[str, ...], fold: bool) -> re.Pattern | None:
    """The names of more than one word among `dates.NOT_DATES` ("rio de janeiro"), whole."""
    words = [fold_accents(f.lower()) if fold else f.lower() for f in not_dates if " " in f]
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _words_right_before(words: tuple[str, ...]) -> re.Pattern | None:
    """Any of `words`, whole, then spaces up to the end of the searched text."""
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\s+$")


def _lower_case_weekdays(locales: list[Locale]) -> bool:
    return all(name == name.lower() for locale in locales
               for name in get_day_names("wide", "format", locale).values())


def _cut_and_framed_forms(
    forms: dict[str, tuple[str, str | int, bool]],
    locales: list[Locale],
    number_words: set[str],
    lang_profile: LanguageProfile,
) -> dict[str, str]:
    """Adds month names cut short with a dot to `forms`; returns the framed weekday
    abbreviations (`DateLexicon.framed`), both in the form the text is read in."""
    from checker.facts.digits import normalise

    fold = lang_profile.writing.accents_optional
    script = lang_profile.writing.transliterate
    not_dates = {form.lower() for form in lang_profile.dates.not_dates}  # "dece.": children
    for form, number in dotted_prefixes(locales, number_words).items():
        form = fold_accents(form) if fold else form
        # "σεπτέμβριο." ends a sentence: a case form, not cut
        if form[:-1] not in forms and form not in not_dates:
            forms.setdefault(form, ("month", number, True))
    framed = framed_weekdays(
        locales, forms, frozenset(w.lower() for w in lang_profile.names.function_words)
    )
    if script:
        framed.update({v: day for f, day in list(framed.items())
                       for v in transliterations(f, script)})
    return {normalise(fold_accents(f) if fold else f): day for f, day in framed.items()}


def _ending_on_last_word(forms: dict, found: str) -> tuple[str, str | int, bool] | None:
    """The entry of the longest form of several words that `found` is, with at most four
    letters glued to its last word ("дөрөвдүгээр сарын")."""
    stem = max((k for k in forms if " " in k and found.startswith(k)
                and len(found) - len(k) <= 4), key=len, default=None)
    return forms[stem] if stem is not None else None


def _forms_pattern(forms: dict, spaceless: bool, prefix: bool,
                   open_phrases: bool = False) -> re.Pattern:
    """One pattern for every form, longest first; `prefix`: forms begin compounds;
    `open_phrases`: forms of several words may have an ending glued to their last."""
    by_length = sorted(forms, key=len, reverse=True)
    if spaceless:
        body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in by_length)
        return re.compile(r"(" + body + r")")
    # The same alternation as a trie of characters: thousands of case forms were tried
    # one by one at every word (compiled_patterns.trie_alternation).
    body = trie_alternation(by_length, lambda f: re.escape(f).replace(r"\ ", r"\s+"))
    inside = r"[\w" + _VOWEL_SIGNS + "]"  # "जूनियर" (junior) holds no "जून" (June)
    if prefix:
        return re.compile(r"(?<!" + inside + r")((?:" + body + r")" + inside + r"*)")
    phrases = [f for f in by_length if " " in f]
    if open_phrases and phrases:
        opened = trie_alternation(phrases, lambda f: re.escape(f).replace(r"\ ", r"\s+"))
        return re.compile(r"(?<!" + inside + r")((?:" + opened + r")" + inside + r"{0,4}(?!"
                          + inside + r")|(?:" + body + r")(?!" + inside + r"))")
    return re.compile(r"(?<!" + inside + r")(" + body + r")(?!" + inside + r")")


# The vowel signs and other combining marks of the Brahmic scripts (Devanagari to Sinhala,
# Thai to Myanmar, Khmer): not \w in Python's `re`, yet a letter of the word they stand in,
# so a month name cut before one is no whole word ("जून" in "जूनियर"). An Arabic or Hebrew
# vowel point after a name's last letter leaves the name whole.
_VOWEL_SIGNS = character_class(lambda c: unicodedata.category(c).startswith("M"), 0x900, 0x1100)
_VOWEL_SIGNS += character_class(lambda c: unicodedata.category(c).startswith("M"), 0x1780, 0x1800)


def _starts_after(words: tuple[str, ...]) -> re.Pattern | None:
    """Word starts right after a name ("günü" after "cuma"), or None for none; a mark
    ("(", ",") may follow the name with no space."""
    if not words:
        return None
    marks = [re.escape(w) for w in words if not w[:1].isalnum()]
    starts = [re.escape(w.lower()) for w in words if w[:1].isalnum()]
    return re.compile("|".join(
        ([r"\s+(?:" + "|".join(starts) + r")"] if starts else [])
        + ([r"\s*(?:" + "|".join(marks) + r")"] if marks else [])
    ))


def extract(text: str, lang: str) -> list[Fact]:
    """Date and time facts of one sentence."""
    from checker.facts.numeric import analyse

    return [f for f in analyse(text, lang) if f.category == "date"]
