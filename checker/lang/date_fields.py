"""Profile fields of date data: `checker/lang/<code>/dates.py`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from checker.lang.declare import TUPLE, about
from checker.lang.table import Table


@dataclass(frozen=True)
class DateData:
    """Month and weekday names beyond CLDR, and the marks of dates and times."""

    date_locales: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.DATE_LOCALES",
            "More CLDR locales whose month and weekday names the language also writes (after "
            '`cldr_locales`): en_GB\'s "Sept", the ijekavian names of sr_Latn_BA.',
        ),
    )
    months: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "dates.MONTHS",
            "Month forms CLDR lacks (case forms, unaccented spellings) and the month number.",
        ),
    )
    weekdays: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.WEEKDAYS",
            "Weekday forms CLDR lacks and the English weekday.",
        ),
    )
    relative_days: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.RELATIVE_DAYS",
            'Words for yesterday, today, tomorrow: {"hier": "yesterday"}.',
        ),
    )
    relative_periods: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.RELATIVE_PERIODS",
            "Words for last, this or next week, month or year beside CLDR's relative names, "
            'as the unit and its offset: {"vergangene woche": "week-1"}.',
        ),
    )
    lower_case_only: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.LOWER_CASE_ONLY",
            "Forms among `weekdays` and `months` that are a date only in lower case or opening "
            'a sentence: a capital inside one makes them a surname ("Petkova", "Petkovom").',
        ),
    )
    seasons: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.SEASONS",
            'Words for the seasons, in their case forms, and the English season ("spring", '
            '"summer", "autumn", "winter"): {"proleće": "spring"}. Compared only where both '
            "sides name a season; a form that is also another word is left out.",
        ),
    )
    month_parts_before: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.MONTH_PARTS_BEFORE",
            'Words right before a month that say which part of it: {"krajem": "late", '
            '"mid": "mid", "early": "early"}. Compared only where both sides name a part.',
        ),
    )
    month_parts_after: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.MONTH_PARTS_AFTER",
            'Words right after a month that say which part of it: {"sonunda": "late", '
            '"底": "late"}.',
        ),
    )
    time_words: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.TIME_WORDS",
            'Words for a time of day: {"midnight": "T00:00", "noon": "T12:00"}.',
        ),
    )
    ambiguous: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.AMBIGUOUS",
            'Month and weekday names that are also common words ("may"): a date only near one.',
        ),
    )
    capitalised: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.CAPITALISED",
            "Month and weekday names that are a date only when capitalised.",
        ),
    )
    case_forms_any_case: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.CASE_FORMS_ANY_CASE",
            "Names among `capitalised` whose case forms are a date in any case.",
        ),
    )
    name_suffixes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.NAME_SUFFIXES",
            "Case endings glued to month and weekday names.",
        ),
    )
    suffix_harmony: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "dates.SUFFIX_HARMONY",
            "Vowel harmony of `name_suffixes`: after a name whose last vowel is a key, the first "
            'vowel of a glued ending is one of its value\'s ({"a": "aı"}: "martın", never '
            '"martin"); empty: every ending fits every name.',
        ),
    )
    name_endings: Table[str, tuple[str, ...]] = field(
        default=Table(),
        metadata=about(
            "dates.NAME_ENDINGS",
            "Case and adjective endings of CLDR's wide month and weekday names, by the final "
            'letters they replace ("" = added to the whole name): {"a": ("u", "om")} makes '
            '"subota" also "subotu", "subotom". A form made from a name in `capitalised` is '
            "capitalised too.",
        ),
    )
    date_fillers: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.DATE_FILLERS",
            'Words between the parts of a date ("the 5th of May").',
        ),
    )
    day_pair_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.DAY_PAIR_WORDS",
            'Words between two days of one month said once ("12 and 13 June"); the range '
            "words of the numbers join them too (\"12 to 15 June\").",
        ),
    )
    range_start_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.RANGE_START_ENDINGS",
            "Case endings glued to a day after a hyphen or apostrophe that open a range to the "
            'next day, with no word between ("iyulun 10-dan 14-dək": from 10 to 14 July).',
        ),
    )
    not_dates: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.NOT_DATES",
            "CLDR month or weekday forms, or month names cut short with a dot, that are not "
            'dates ("dece.": children, not "Dec."); and names of more than one word that hold '
            'a month word, which is then no date in them ("rio de janeiro").',
        ),
    )
    month_context: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.MONTH_CONTEXT",
            'Words before an ambiguous month name that make it a month ("in May").',
        ),
    )
    weekday_context_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.WEEKDAY_CONTEXT_AFTER",
            "Word starts right after a weekday name that make it a weekday in any case "
            '("günü": "cuma günü" is Friday where "cuma" alone needs a capital).',
        ),
    )
    clause_end_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.CLAUSE_END_BEFORE",
            "Words right before an ambiguous short weekday that ends its clause which make "
            'it a weekday ("na segunda," is on Monday; "a segunda," the second one): a mark '
            "of WEEKDAY_CONTEXT_AFTER then counts only after one of them, at the start of "
            'the sentence, or before a day ("segunda, 5 de maio").',
        ),
    )
    night_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.NIGHT_BEFORE",
            'Words right before a weekday that make it name the night before it ("у ніч на '
            'вівторок" is Monday night): the weekday is not read, as the other side may name '
            "either day.",
        ),
    )
    counted_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.COUNTED_BEFORE",
            'Words right before a weekday form that make it a counted noun of the same '
            'spelling ("câteva luni": several months, not Monday).',
        ),
    )
    day_month_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.DAY_MONTH_BEFORE",
            'Words for "day" right before a day and month in digits that make them a date '
            'whatever the day ("ngày 15/12": on 15 December); elsewhere "15/12" is two '
            "numbers, and a pair of numbers of 12 or less a date compared softly.",
        ),
    )
    month_context_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.MONTH_CONTEXT_AFTER",
            "Word starts right after a month name that make it a month in any case "
            '("ayında": "ekim ayında" is October where "ekim" alone needs a capital).',
        ),
    )
    day_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.DAY_BEFORE",
            'Words right before a day of the month said without its month ("no próximo dia '
            '27": on the 27th): the day is a date of its own, compared with the one day the '
            "other side leaves (its month unsaid).",
        ),
    )
    other_calendar_months: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.OTHER_CALENDAR_MONTHS",
            'Month names of another calendar the language also dates by ("آبان" of the Solar '
            'Hijri calendar), as written after a day: the day before one and the year after '
            "one are that calendar's date, left unread (no count, and never compared as a "
            "Gregorian date: the other side's date is at most missing).",
        ),
    )
    near_date_only: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.NEAR_DATE_ONLY",
            "Weekday forms that are also common words: a weekday only right before a date.",
        ),
    )
    week_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.WEEK_WORDS",
            "Stems of the word for a week beside those of CLDR's relative week names (the "
            'ijekavian "nedjelj" where CLDR\'s locales say "nedelj" and "sedmic"): a weekday '
            "form of `near_date_only` that starts with one is the weekday where the reference "
            "names one and says nothing of a week.",
        ),
    )
    prefix_match: bool = field(
        default=False,
        metadata=about(
            "dates.PREFIX_MATCH",
            'Month and weekday names start compounds ("Donnerstagabend").',
        ),
    )
    ending_on_last_word: bool = field(
        default=False,
        metadata=about(
            "dates.ENDING_ON_LAST_WORD",
            "Month names of several words take a case ending on their last word, the "
            'word for month ("дөрөвдүгээр сарын 3": of April the 3rd; "есдүгээр сард": in '
            "September): a name read with up to four letters glued to its last word.",
        ),
    )
    roman_months: bool = field(
        default=False,
        metadata=about(
            "dates.ROMAN_MONTHS",
            'A day with its ordinal dot may be followed by its month in upper-case Roman '
            'numerals, with no year after it ("1. VII", "od 3. do 5. VI"): read as that month.',
        ),
    )
    year_marks: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.YEAR_MARKS",
            'The year word or mark after a year ("年", "m.").',
        ),
    )
    day_marks: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.DAY_MARKS",
            'The day mark after a day of the month ("日").',
        ),
    )
    hour_marks: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.HOUR_MARKS",
            'The hour mark of a clock time ("時").',
        ),
    )
    hour_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.HOUR_BEFORE",
            'The word for "hour" before a bare hour, which makes it a clock time ("saat 2\'de", '
            '"الساعة 2"); a preposition ("à", "um") is not enough.',
        ),
    )
    split_hour_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.SPLIT_HOUR_BEFORE",
            'The article or preposition before an hour in words said with its half or its time '
            'of day ("às seis e meia", "a las seis y media": 6:30; "a las cuatro de la tarde"); '
            'a whole number alone after it is no hour ("às duas empresas").',
        ),
    )
    half_hour_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.HALF_HOUR_BEFORE",
            'The word before an hour that makes it half an hour before that hour ("om half '
            'negen": 8:30).',
        ),
    )
    minutes_before_hour: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "dates.MINUTES_BEFORE_HOUR",
            'Words before an hour in words or digits that set the minutes of a clock time, '
            'with the minutes from that hour ("quarter past" 15, "quarter to" -15: "a quarter '
            'to nine" is 8:45).',
        ),
    )
    minutes_after_hour: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "dates.MINUTES_AFTER_HOUR",
            'Words after an hour that set the minutes of a clock time, with the minutes from '
            'that hour ("sekizi çeyrek geçe" 15: 8:15; "الثامنة والربع" 15; "dokuza çeyrek '
            'kala" -15: 8:45).',
        ),
    )
    ordinal_hours: bool = field(
        default=False,
        metadata=about(
            "dates.ORDINAL_HOURS",
            'The hour of a clock time is said with an ordinal ("الساعة الثامنة", at eight): an '
            "ordinal of 1 to 12 after the hour word or before a time-of-day word is the hour.",
        ),
    )
    minute_marks: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.MINUTE_MARKS",
            'The minute mark of a clock time ("分").',
        ),
    )
    quarter_marks: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.QUARTER_MARKS",
            'The mark of quarters of an hour after the hour and its count ("八点一刻": 8:15, '
            '"八点三刻": 8:45).',
        ),
    )
    half_marks: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.HALF_MARKS",
            'The mark of half past the hour ("半"), glued to the hour mark; one that starts '
            'with a space is a word of its own with its particles ("3시 반에").',
        ),
    )
    minutes_after_clock_at: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "dates.MINUTES_AFTER_CLOCK_AT",
            'Words after an hour that set its minutes only right after a preposition of clock '
            'times (`dates.CLOCK_AT`) and at the end of the clause ("u tri i petnaest" 15: '
            '3:15; "tri i četvrt miliona" stays a number).',
        ),
    )
    clock_at: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.CLOCK_AT",
            'The prepositions of clock times before an hour ("u", at) that '
            '`dates.MINUTES_AFTER_CLOCK_AT` needs.',
        ),
    )
    pm_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.PM_WORDS",
            'Words after a time that make it afternoon ("p.m.").',
        ),
    )
    am_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.AM_WORDS",
            'Words after a time that say it is before noon and belong to it ("posle ponoći", '
            'after midnight): a time word inside them ("ponoći") is no time of its own.',
        ),
    )
    pm_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.PM_BEFORE",
            'Words before a time that make it afternoon ("午後").',
        ),
    )
    span_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.SPAN_BEFORE",
            'Words right before a count that make it a length of time ("for", "within", '
            '"за"): a count before the hour word after them is hours, never a clock time.',
        ),
    )
    span_hour_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.SPAN_HOUR_WORDS",
            'Hour words of `lex_attrs.TIME_AFTER` that after a bare count only count hours, '
            'never the clock, even after a preposition that may start a clock time '
            '(`lex_attrs.TIME_BEFORE`, `dates.CLOCK_AT`): "5 hours", Slovak "o 3 hodiny" (in '
            '3 hours; the clock is "o 3. hodine"). A form the press also writes for the '
            'clock (Czech "v 15 hodin") is no such word.',
        ),
    )


def period_phrases(offsets: Mapping[str, str],
                   units: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """`RELATIVE_PERIODS` of every word for last, this or next before every form of a unit:
    {"geçen": "-1"} and {"year": ("yıl", "yılın")} give {"geçen yıl": "year-1", "geçen yılın":
    "year-1"}."""
    return {f"{word} {form}": f"{unit}{offset}"
            for word, offset in offsets.items()
            for unit, forms in units.items() for form in forms}
