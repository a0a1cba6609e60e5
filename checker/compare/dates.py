"""Date findings: a year, month, day, weekday or time that differs within an
aligned claim, compared as calendar values ("June 20" = "20 juin" = "6月20日").

Each date fact is taken apart into fields (year, month, month-day, weekday,
time, relative day); fields are compared as sets per claim, so "February 2022"
against "im Februar 2021" is one finding (the year), and a date written once
as "24 February 2022" and once as "24.02.2022" is none. Wording comes from
`checker.compare.numbers` (one policy for both categories), severities from
`checker.rules`.

Judgement calls: a two-part numeric date ("9/11", "24/2") may be a name or a
fraction, so it answers a date on the other side (whose year it does not restate)
but is never reported as missing or added on its own; a relative day
("yesterday") is only reported when the other side names a different relative day, a
week, month or year said from now ("last week", "next year") only against the same unit
said so ("next week", not "Tuesday" or "last year"), a
season ("spring") or a part of a month ("early") only when it names a different one;
a year answers a four-digit number on the other side (one language may read "1985"
as a count where another reads a year).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.compare.base import AlignedClaim, ComparisonContext
from checker.compare.calendars import year_of_another_calendar
from checker.compare.dawn_clock import dawn_clock_number, dawn_clock_pairs
from checker.compare.inflected_weekdays import inflected_weekdays
from checker.compare.numbers import finding
from checker.compare.numbers_as_dates import date_number_pairs
from checker.facts.date_names import PERIOD_UNITS
from checker.facts.dates import DateLexicon, DateWord, date_lexicon, time_words
from checker.facts.digits import fold_mixed_scripts, lower_same_length, normalise
from checker.facts.numeric.rules import rules as number_rules
from checker.facts.week_words import day_count_words, says_week, week_stems
from checker.lang import base_language
from checker.model import Fact, Finding, Sentence

Field = tuple[str, object]
PERIOD_FIELDS = tuple(f"period_{unit}" for unit in PERIOD_UNITS)  # "last week": its own kind
SOFT_KIND = "numeric_day"  # "9/11": answers a date, never missing or added on its own


def fields(fact: Fact) -> list[Field]:
    """The calendar fields one date fact states."""
    value = str(fact.value)
    if fact.kind == "weekday":
        return [("weekday", value)]
    if fact.kind in ("relative", "season", "month_part"):  # "yesterday"; "spring"; "early"
        return [(fact.kind, value)]
    if fact.kind == "period":  # "last week": the week, one back; compared with weeks only
        unit, offset = value[:-2], int(value[-2:])
        return [(f"period_{unit}", offset)]
    if value.startswith("T"):
        return [("time", value[1:])]
    if value.startswith("---"):  # "no dia 27": a day said without its month
        return [("day_alone", int(value[3:]))]
    out: list[Field] = []
    if value.startswith("--"):
        parts = value[2:].split("-")
        month = int(parts[0])
        out.append(("month", month))
        if len(parts) > 1:
            out.append(("day", (month, int(parts[1]))))
        return out
    parts = value.split("-")
    if parts[0].isdigit():
        out.append(("year", int(parts[0])))
    if len(parts) > 1:
        out.append(("month", int(parts[1])))
    if len(parts) > 2:
        out.append(("day", (int(parts[1]), int(parts[2]))))
    return out


def _field_list(facts: list[tuple[Fact, Sentence]]) -> list[tuple[Field, Fact, Sentence]]:
    seen: set[Field] = set()
    out = []
    for fact, sentence in facts:
        for item in fields(fact):
            if item not in seen:
                seen.add(item)
                out.append((item, fact, sentence))
    return out


def _all_fields(facts: list[tuple[Fact, Sentence]]) -> list[tuple[Field, Fact, Sentence]]:
    """Every field of every fact, a repeated one as often as it is said."""
    return [(item, fact, sentence) for fact, sentence in facts for item in fields(fact)]


def _year_of_numeric_day(item: tuple[Field, Fact, Sentence], other: list) -> bool:
    """True for the year of a full date where the other side writes a day as a two-part
    numeric date ("11 septembre 2001" against "9/11"): that form never has a year, so
    only its day is compared."""
    (name, _), fact, _ = item
    if name != "year" or not any(f[0] == "day" for f in fields(fact)):
        return False
    return any(x[1].kind == SOFT_KIND for x in other)


def _decade_of_any_century(item: tuple[Field, Fact, Sentence], other: list) -> bool:
    """True for a decade the other side says too where one of the two names no century
    ("de jaren dertig", "the thirties", "90-ih" against "the 2030s"): the reader places
    it, so only the decade is compared."""
    fact = item[1]
    if fact.kind != "decade" or not str(fact.value).isdigit():
        return False
    return any(
        x[1].kind == "decade" and str(x[1].value).isdigit()
        and int(x[1].value) % 100 == int(fact.value) % 100
        and not (re.search(r"\d{3}", fact.text) and re.search(r"\d{3}", x[1].text))
        for x in other
    )


_DIGIT_DATE = re.compile(r"\d{1,2}([/.])\d{1,2}\1\d{2,4}")  # "10/11/2023", "10.11.2023"
_FULL_DATE = re.compile(r"\d{4}-(\d{2})-(\d{2})")


def _swapped(fact: Fact) -> set[Field]:
    """The fields of a day and month in digits read in the other order ("9/11" is
    September 11 month-first and 9 November day-first; "10/11/2023" is 11 October in an
    American text and 10 November in a European one); empty for any other date."""
    value = str(fact.value)
    full = _FULL_DATE.fullmatch(value)
    if full and _DIGIT_DATE.fullmatch(fact.text) and int(full.group(2)) <= 12:
        month, day = full.groups()  # copied as written (`_numeric_days_in_either_order`)
    elif fact.kind != SOFT_KIND or not value.startswith("--"):
        return set()
    else:
        month, _, day = value[2:].partition("-")
    if not day:
        return set()
    return {("month", int(day)), ("day", (int(day), int(month)))}


def _numeric_days_in_either_order(ref_left: list, ver_left: list, ref: list, ver: list
                                  ) -> tuple[list, list]:
    """A day and month in digits ("1/3", "9/11") is the same on both sides when the other
    side's date reads it in the other order: a translator copies "9/11" or a fraction
    "1/3" as written, while English reads it month first and the version day first; so is
    a full date in digits the other side writes with the same digits ("10/11/2023")."""
    ref_fields = {item for item, _, _ in ref}
    ver_fields = {item for item, _, _ in ver}
    drop: set[int] = set()
    dropped_fields: set[Field] = set()
    for items, other, other_fields in ((ref_left, ver, ver_fields), (ver_left, ref, ref_fields)):
        # a full date in digits only where the other side writes the same digits: a copy
        copied = {re.sub(r"\D", "", fact.text) for _, fact, _ in other
                  if _DIGIT_DATE.fullmatch(fact.text)}
        for _, fact, _ in items:
            swapped = _swapped(fact)
            if swapped and fact.kind != SOFT_KIND and re.sub(r"\D", "", fact.text) not in copied:
                continue
            if swapped and swapped <= other_fields:
                drop.add(id(fact))
                dropped_fields |= swapped
    if not drop:
        return ref_left, ver_left
    def kept(items: list) -> list:
        return [x for x in items if id(x[1]) not in drop and x[0] not in dropped_fields]
    return kept(ref_left), kept(ver_left)


def _days_of(item: tuple[Field, Fact, Sentence]) -> set[str]:
    return set(str(item[0][1]).split("|"))


def _either_relative_day(ref_left: list, ver_left: list, ref: list, ver: list
                         ) -> tuple[list, list]:
    """A relative day one side says as one of two ("heute Nacht", "noćas": tonight or last
    night, value "yesterday|today") answers either day on the other side."""
    ref_days = [_days_of(x) for x in ref if x[0][0] == "relative"]
    ver_days = [_days_of(x) for x in ver if x[0][0] == "relative"]

    def answered(item: tuple[Field, Fact, Sentence], other: list[set[str]]) -> bool:
        return item[0][0] == "relative" and any(_days_of(item) & days for days in other)

    return ([x for x in ref_left if not answered(x, ver_days)],
            [x for x in ver_left if not answered(x, ref_days)])


def _either_weekday(ref_left: list, ver_left: list, ref: list, ver: list
                    ) -> tuple[list, list]:
    """A weekday one side says as either of two days ("u noći na utorak", the night before
    Tuesday: value "Monday|Tuesday") answers either day on the other side, and a weekday
    there answers it; alone it is no drift (the other side may say "overnight"). Against
    another weekday it is left, a changed day."""
    def either(item) -> bool:
        return item[0][0] == "weekday" and "|" in str(item[0][1])

    def answered(item, other: list) -> bool:
        days = _days_of(item)
        return any(y[0][0] == "weekday" and _days_of(y) & days for y in other)

    def kept(left: list, other: list, other_left: list) -> list:
        other_weekdays = any(y[0][0] == "weekday" for y in other_left)
        return [x for x in left
                if not (either(x) and (answered(x, other) or not other_weekdays))
                and not (x[0][0] == "weekday" and any(either(y) and answered(x, [y])
                                                      for y in other))]
    return kept(ref_left, ver, ver_left), kept(ver_left, ref, ref_left)


def _numbers(facts: list[Fact]) -> set[int]:
    out = set()
    for fact in facts:
        if fact.category == "number":
            values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
            out.update(
                int(v) for v in values if isinstance(v, (int, float)) and float(v).is_integer()
            )
    return out


# fields compared only against the same field on the other side, never missing or added
_ONLY_AGAINST_ANOTHER = ("relative", "season", "month_part", *PERIOD_FIELDS)
_ANSWERED = ("year", "time")  # the fields a number on the other side stands for


def _twelve_hours_apart(
    ref_left: list, ver_left: list, langs: tuple[str, str]
) -> tuple[list, list]:
    """Leftover clock times twelve hours apart are one time ("5:30" for "5.30pm"), unless
    both sides say which half of the day they mean: "midnight" against "noon" is a drift."""
    def hour_minute(item) -> tuple[int, str] | None:
        (name, value), _, _ = item
        if name != "time":
            return None
        hour, _, rest = str(value).partition(":")
        return (int(hour) % 12, rest) if hour.isdigit() else None

    def half_said(item, lang: str) -> bool:
        (_, value), fact, sentence = item
        hour = int(str(value).partition(":")[0])
        return (
            hour == 0 or hour > 12 or fact.text.lower() in _time_words(lang)
            or _half_of_day_mark(fact, sentence, lang)
        )

    ref_times = {hour_minute(x) for x in ref_left} - {None}
    ver_times = {hour_minute(x) for x in ver_left} - {None}
    common = {
        t for t in ref_times & ver_times
        if not (all(half_said(x, langs[0]) for x in ref_left if hour_minute(x) == t)
                and all(half_said(x, langs[1]) for x in ver_left if hour_minute(x) == t))
    }
    return (
        [x for x in ref_left if hour_minute(x) not in common or hour_minute(x) is None],
        [x for x in ver_left if hour_minute(x) not in common or hour_minute(x) is None],
    )


_TWENTY_FOUR_HOUR = re.compile(r"^0\d[:.h]\d\d")  # "09:00": a leading zero says 24 hours


def _half_of_day_mark(fact: Fact, sentence: Sentence, lang: str) -> bool:
    """The clock time says its half of the day: written "09:00", or followed by the
    language's words for the morning or the afternoon ("9 a.m.", "u 9 ujutru")."""
    if _TWENTY_FOUR_HOUR.match(fact.text):
        return True
    r = number_rules(lang)
    low = normalise(sentence.text).lower()
    # the mark inside the time read ("9 ujutru") or just after it ("9 uur 's ochtends")
    starts = [fact.end, *(fact.start + m.start() for m in re.finditer(r"\s", fact.text))]
    if any(r.half_day_word_at(low[k : fact.end + 40]) for k in starts):
        return True
    # or preceded by them where the language marks the half first ("오전 3시")
    before = low[max(0, fact.start - 12) : fact.start]
    return any(marks is not None and marks.search(before) for marks in (r.am_before, r.pm_before))


def _time_words(lang: str) -> frozenset[str]:
    """The language's words for a time of day ("midnight", "noon"): they say the half."""
    return frozenset(time_words(lang))


def _weekdays_in_reference_language(
    claim: AlignedClaim, context: ComparisonContext, read: list[tuple[Fact, Sentence]]
) -> list[tuple[Fact, Sentence]]:
    """Weekdays the version leaves in the reference's language, as a programme title or an
    untranslated day ("am Sunday" in a German version of an English story): the
    reference's own wide names, capitalised, where the version's reading found no date.
    Asked only when a reference weekday has no weekday to answer it in the version."""
    if base_language(context.reference.lang) == base_language(context.version.lang):
        return []
    return [(_weekday_fact(word, sentence), sentence)
            for word, sentence, norm, _ in _unread_weekdays(
                claim, read, date_lexicon(context.reference.lang))
            if not word.needs_context and norm[word.start].isupper()]


def _unread_weekdays(claim: AlignedClaim, read: list[tuple[Fact, Sentence]],
                     lexicon: DateLexicon) -> Iterator[tuple[DateWord, Sentence, str, str]]:
    """The weekday words `lexicon` finds in the version's sentences outside the facts
    already `read` there, each with its sentence and the sentence's normalised text and
    its lower case (a sentence whose normalised text would move the offsets: none)."""
    for sentence in claim.version:
        # read as the number and date readers read it: a word typed with a look-alike
        # letter of another script in its own script ("нeдеље" with a Latin e)
        norm = fold_mixed_scripts(normalise(sentence.text))
        if len(norm) != len(sentence.text):
            continue  # offsets would not be the sentence's own
        low = lower_same_length(norm)
        taken = [(f.start, f.end) for f, s in read if s is sentence]
        for word in lexicon.find(low, norm):
            if word.what == "weekday" and not any(start < word.end and word.start < end
                                                  for start, end in taken):
                yield word, sentence, norm, low


def _weekday_fact(word: DateWord, sentence: Sentence) -> Fact:
    text = sentence.text[word.start : word.end]
    return Fact("date", text, word.value, word.start, word.end, kind="weekday")


_SPACES = re.compile(r"\s*")
_WORD_AFTER = re.compile(r"\s*(\w*)")


def _weekday_homonyms(
    claim: AlignedClaim, context: ComparisonContext, read: list[tuple[Fact, Sentence]]
) -> list[tuple[Fact, Sentence]]:
    """Weekday names that are also the word for "week" (Serbian "nedelja", "nedeljni"),
    which the version's reader takes only beside a date: where the reference names a
    weekday the version does not answer and says nothing of a week, the word is the
    weekday the translator wrote ("next Sunday": "sledeće nedelje"). A count before it
    makes it weeks ("dve nedelje"), and CLDR's word for counted days after it a length of
    time ("nedelju dana": a week). Asked only when a reference weekday is unanswered."""
    stems = week_stems(context.version.lang)
    days = day_count_words(context.version.lang)
    if not stems or any(says_week(s.text, context.reference.lang) for s in claim.reference):
        return []
    lexicon = date_lexicon(context.version.lang)
    counted = [
        (f.end, s)
        for f, s in zip(claim.version_facts, claim.version_fact_sentence, strict=True)
        if f.category == "number"
    ]
    return [
        (_weekday_fact(word, sentence), sentence)
        for word, sentence, _, low in _unread_weekdays(claim, read, lexicon)
        if word.needs_context
        and any(low[word.start : word.end].startswith(stem) for stem in stems)
        and not any(_SPACES.fullmatch(low, end, word.start)
                    for end, s in counted if s is sentence and end <= word.start)
        and _WORD_AFTER.match(low, word.end).group(1) not in days
    ]


def _week_periods_as_weekdays(claim: AlignedClaim, context: ComparisonContext,
                              read: list[tuple[Fact, Sentence]]) -> list[tuple[Fact, Sentence]]:
    """`read` with each last or next week whose word for the week is also a weekday's
    (Serbian "sledeće nedelje": next week, or next Sunday) read as that weekday, where the
    reference names a weekday the version does not answer and says nothing of a week."""
    if any(says_week(s.text, context.reference.lang) for s in claim.reference):
        return read
    lexicon = date_lexicon(context.version.lang)
    out = []
    for fact, sentence in read:
        word = re.search(r"\w+$", fact.text) if fact.kind == "period" else None
        entry = (lexicon.forms.get(fold_mixed_scripts(word.group(0)).lower())
                 if word is not None else None)
        if word is not None and entry is not None and entry[0] == "weekday" and str(
                fact.value).startswith("week"):
            start = fact.start + word.start()
            fact = Fact("date", word.group(0), entry[1], start, start + len(word.group(0)),
                        kind="weekday")
        out.append((fact, sentence))
    return out


def _repeated_weekday(ref_dated: list, ver_dated: list, ref_left: list, ver_left: list
                      ) -> tuple[list, list]:
    """A weekday one side says twice where the other says it once and another weekday
    besides ("from Monday to Monday" against "from Monday to Tuesday"): the second mention
    answers the other weekday, a changed day. `_field_list` keeps a field once, so this
    counts the weekday facts themselves (`*_dated`), and is asked only where one side has
    an unanswered weekday and the other none."""
    def weekdays(items: list) -> list:
        return [x for x in items if x[0][0] == "weekday"]

    def surplus(side: list, other: list) -> list:
        counts: dict = {}
        for x in weekdays(other):
            counts[x[0]] = counts.get(x[0], 0) + 1
        left = []
        for x in weekdays(side):
            if counts.get(x[0], 0) > 0:
                counts[x[0]] -= 1
            else:
                left.append(x)
        return left

    if weekdays(ver_left) and not weekdays(ref_left):
        ref_left = ref_left + surplus(_all_fields(ref_dated), _all_fields(ver_dated))
    elif weekdays(ref_left) and not weekdays(ver_left):
        ver_left = ver_left + surplus(_all_fields(ver_dated), _all_fields(ref_dated))
    return ref_left, ver_left


def _day_of_another_month(ref_left: list, ver_left: list) -> tuple[list, list, list]:
    """A day whose month one side changed where the other side names that month for
    another day ("from July 4 to June 12" against "od 4. do 12. juna"): the version's
    month is answered by the other day, so no month pairs with the changed one; the day,
    the same on both sides with a month each, is the changed date. Returns the pairs
    (reference item, version item) and what is left of both sides without them."""
    pairs = []
    for side, other, is_ref in ((ref_left, ver_left, True), (ver_left, ref_left, False)):
        months = {x[0][1] for x in side if x[0][0] == "month"}
        other_months = {x[0][1] for x in other if x[0][0] == "month"}
        for x in side:
            if x[0][0] != "day" or x[0][1][0] not in months:
                continue
            same_day = [y for y in other if y[0][0] == "day" and y[0][1][1] == x[0][1][1]
                        and y[0][1][0] not in other_months and y[0][1][0] != x[0][1][0]]
            if len(same_day) == 1 and not any(same_day[0] in p or x in p for p in pairs):
                pairs.append((x, same_day[0]) if is_ref else (same_day[0], x))
    if not pairs:
        return [], ref_left, ver_left
    paired = [x for p in pairs for x in p]
    months_paired = {x[0][1][0] for x in paired}

    def kept(items: list) -> list:
        """Without the paired days, and without a changed month no other day keeps."""
        rest = [x for x in items if x not in paired]
        still = {x[0][1][0] for x in rest if x[0][0] == "day"}
        return [x for x in rest if not (x[0][0] == "month" and x[0][1] in months_paired
                                        and x[0][1] not in still)]
    return pairs, kept(ref_left), kept(ver_left)


def _days_said_alone(ref_left: list, ver_left: list) -> tuple[list, list, list]:
    """A day said without its month ("nesta quinta-feira (3)", "no próximo dia 27") where
    the other side leaves one date with a day, and this side no month of its own: the same
    day answers that date (its month unsaid), another day is the date changed. Returns the
    changed pairs (reference item, version item) and what is left of both sides, without
    any day said alone (never missing or added on its own). The month of a date whose day
    is answered stays: against no month it is at most missing ("October 27" for "dia 27").
    A day said alone on both sides is compared with the other."""
    pairs: list = []
    answered: list[Fact] = []
    changed: list[Fact] = []
    ref_alone, ver_alone = ([x for x in left if x[0][0] == "day_alone"]
                            for left in (ref_left, ver_left))
    if len(ref_alone) == 1 and len(ver_alone) == 1:  # "dia 27" against "dia 28"
        if ref_alone[0][0] != ver_alone[0][0]:
            pairs.append((ref_alone[0], ver_alone[0]))
        return pairs, [x for x in ref_left if x is not ref_alone[0]], [
            x for x in ver_left if x is not ver_alone[0]]
    for side, other, is_ref in ((ref_left, ver_left, True), (ver_left, ref_left, False)):
        alone = [x for x in side if x[0][0] == "day_alone"]
        days = [y for y in other if y[0][0] == "day"]
        if len(alone) != 1 or len(days) != 1 or any(x[0][0] == "month" for x in side):
            continue
        if days[0][0][1][1] != alone[0][0][1]:
            pairs.append((alone[0], days[0])[:: 1 if is_ref else -1])
            changed.append(days[0][1])
        else:
            answered.append(days[0][1])

    def kept(items: list) -> list:
        return [x for x in items if x[0][0] != "day_alone" and not (
            x[0][0] == "day" and any(x[1] is fact for fact in answered)) and not (
            x[0][0] in ("day", "month") and any(x[1] is fact for fact in changed))]
    return pairs, kept(ref_left), kept(ver_left)


def compare(claim: AlignedClaim, context: ComparisonContext) -> list[Finding]:
    """Dates of one aligned claim: equal fields match; the rest are drifts."""
    if not claim.reference or not claim.version:
        return []
    ref_dated = [
        (f, s)
        for f, s in zip(claim.reference_facts, claim.reference_fact_sentence, strict=True)
        if f.category == "date"
    ]
    ref = _field_list(ref_dated)
    ver_dated = [
        (f, s)
        for f, s in zip(claim.version_facts, claim.version_fact_sentence, strict=True)
        if f.category == "date"
    ]
    ref_weekdays = {v for (n, v), _, _ in ref if n == "weekday"}
    if ref_weekdays - {f.value for f, _ in ver_dated if f.kind == "weekday"}:
        ver_dated += _weekdays_in_reference_language(claim, context, ver_dated)
    if ref_weekdays - {f.value for f, _ in ver_dated if f.kind == "weekday"}:
        ver_dated = _week_periods_as_weekdays(claim, context, ver_dated)
    if ref_weekdays - {f.value for f, _ in ver_dated if f.kind == "weekday"}:
        ver_dated += _weekday_homonyms(claim, context, ver_dated)
    if unanswered := ref_weekdays - {f.value for f, _ in ver_dated if f.kind == "weekday"}:
        ver_dated += inflected_weekdays(claim, context, ver_dated, unanswered)
    ver = _field_list(ver_dated)
    if not ref and not ver:
        return []
    ver_fields = {item for item, _, _ in ver}
    ref_fields = {item for item, _, _ in ref}
    ref_left = [x for x in ref if x[0] not in ver_fields]
    ver_left = [x for x in ver if x[0] not in ref_fields]
    ref_left, ver_left = _numeric_days_in_either_order(ref_left, ver_left, ref, ver)
    ref_left, ver_left = _either_relative_day(ref_left, ver_left, ref, ver)
    ref_left, ver_left = _either_weekday(ref_left, ver_left, ref, ver)
    # a year the other side does not restate because it wrote the day as "9/11"
    ref_left = [x for x in ref_left if not _year_of_numeric_day(x, ver)]
    ver_left = [x for x in ver_left if not _year_of_numeric_day(x, ref)]
    ref_left = [x for x in ref_left if not _decade_of_any_century(x, ver)]
    ver_left = [x for x in ver_left if not _decade_of_any_century(x, ref)]
    ref_left, ver_left = ([x for x in ref_left if not year_of_another_calendar(x, ver)],
                          [x for x in ver_left if not year_of_another_calendar(x, ref)])
    ver_numbers, ref_numbers = _numbers(claim.version_facts), _numbers(claim.reference_facts)
    ref_left = [x for x in ref_left if not (x[0][0] == "year" and x[0][1] in ver_numbers)]
    ver_left = [x for x in ver_left if not (x[0][0] == "year" and x[0][1] in ref_numbers)]
    ref_left, ver_left = _twelve_hours_apart(
        ref_left, ver_left, (context.reference.lang, context.version.lang)
    )
    ref_left, ver_left = _repeated_weekday(ref_dated, ver_dated, ref_left, ver_left)
    moved, ref_left, ver_left = _day_of_another_month(ref_left, ver_left)
    said_alone, ref_left, ver_left = _days_said_alone(ref_left, ver_left)
    moved += said_alone
    dawn, ref_left, ver_left = dawn_clock_pairs(ref_left, ver_left, context.version.lang)
    findings = [finding("changed", "date", context, (r[1], r[2]), (v[1], v[2]), claim,
                        certain=(r, v) not in dawn) for r, v in moved + dawn]
    answered = set()
    for pair in date_number_pairs(claim):
        answered.add(id(pair.date))
        # same: also that year in another calendar ("ปี 2568" for 2025, `calendars.same_year`);
        # as_number: a bare year read as a count, which the numbers compare
        if pair.same or pair.as_number:
            continue
        dated, number = (pair.date, pair.date_sentence), (pair.number, pair.number_sentence)
        ref_side, ver_side = (dated, number) if pair.date_is_reference else (number, dated)
        findings.append(finding("changed", "date", context, ref_side, ver_side, claim,
                                certain=not (pair.unsure or dawn_clock_number(
                                    pair, context.version.lang))))
    ref_left = [x for x in ref_left if id(x[1]) not in answered or x[0][0] not in _ANSWERED]
    ver_left = [x for x in ver_left if id(x[1]) not in answered or x[0][0] not in _ANSWERED]
    reported: set[tuple[int, int]] = set()
    for field_name in ("year", "month", "day", "weekday", "time", *_ONLY_AGAINST_ANOTHER):
        r_items = [x for x in ref_left if x[0][0] == field_name]
        v_items = [x for x in ver_left if x[0][0] == field_name]
        if field_name == "day":
            # a day whose month already differs was reported with the month
            r_items = [x for x in r_items if ("month", x[0][1][0]) in ver_fields]  # type: ignore[index]
            v_items = [x for x in v_items if ("month", x[0][1][0]) in ref_fields]  # type: ignore[index]
        for k in range(max(len(r_items), len(v_items))):
            r = r_items[k] if k < len(r_items) else None
            v = v_items[k] if k < len(v_items) else None
            if field_name in _ONLY_AGAINST_ANOTHER and (r is None or v is None):
                continue  # "yesterday" written as a weekday, "spring" as its months: no drift
            lone = r if v is None else v if r is None else None
            if lone is not None and lone[1].kind == SOFT_KIND:
                continue  # "9/11", "1/3": a day only where the other side has one
            key = (id(r[1]) if r else 0, id(v[1]) if v else 0)
            if key in reported:
                continue
            reported.add(key)
            kind = "changed" if r and v else "missing" if r else "extra"
            findings.append(
                finding(
                    kind,
                    "date",
                    context,
                    (r[1], r[2]) if r else None,
                    (v[1], v[2]) if v else None,
                    claim,
                )
            )
    return findings
