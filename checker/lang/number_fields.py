"""Profile fields of number data: `checker/lang/<code>/lex_attrs.py`."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.lang.declare import TUPLE, about
from checker.lang.table import Table


@dataclass(frozen=True)
class NumberData:
    """Number words and the words around numbers (qualifiers, units, years, times)."""

    num2words: str | None = field(
        default=None,
        metadata=about(
            "lex_attrs.NUM2WORDS",
            "The num2words language code the number and ordinal words are generated from.",
        ),
    )
    number_words: Table[str, float] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.NUMBER_WORDS",
            'Number words num2words lacks or gets wrong, with their value: {"dozen": 12} '
            '(a value may be a fraction: {"anderthalb": 1.5}).',
        ),
    )
    multipliers: Table[str, float] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.MULTIPLIERS",
            'Scale words and their abbreviations: {"million": 10**6, "bn": 10**9}; a tenth '
            'counted in the plural ("duas décimas": 0.2) is 0.1.',
        ),
    )
    word_endings: Table[str, tuple[str, ...]] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.WORD_ENDINGS",
            "Case endings of number words of one word (four letters or more), by the final "
            'letters they replace ("" = added): {"οι": ("ους", "ων")} makes "τριακόσιοι" also '
            '"τριακόσιους", "τριακοσίων".',
        ),
    )
    approximate_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.APPROXIMATE_ENDINGS",
            'Endings that make a number word approximate ("dvadesetak": about twenty): the '
            'number reads "about" its value.',
        ),
    )
    approximate_words: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.APPROXIMATE_WORDS",
            'Words of their own for an approximate count, singular only (a plural such as '
            '"dizaines" is vague): {"quarantaine": 40} (French collective numbers in -aine); '
            'read as "about" their value, which answers "about 40" or "in his 40s".',
        ),
    )
    age_compounds: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.AGE_COMPOUNDS",
            'Word parts that make a number word glued before them an age or a span, with the '
            'unit it counts: {"godišnj": "year"} ("dvadesetpetogodišnji": 25-year-old; read '
            "with `compound_forms`).",
        ),
    )
    month_span_words: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.MONTH_SPAN_WORDS",
            'Word starts of a noun that names a span of months by itself, with its months: '
            '{"semestre": 6}; read as that many months where "one" or the indefinite article '
            'stands right before it ("um semestre": six months). After an ordinal it is a '
            'part of the year ("o primeiro semestre"), no count.',
        ),
    )
    week_span_words: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.WEEK_SPAN_WORDS",
            'Word starts of a noun that names a span of weeks by itself, with its weeks: '
            '{"fortnight": 2}; read as that many weeks where "one" or the indefinite article '
            'stands right before it ("a fortnight": two weeks).',
        ),
    )
    share_between: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.SHARE_BETWEEN",
            'Words between a count and a larger count that make them a share: "in", "out '
            'of" ("one in five" is 1/5, "two out of three" 2/3), "em cada", "sur".',
        ),
    )
    share_every: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.SHARE_EVERY",
            'Words for "every" before an ordinal that make it a share: "jeder" ("jeder '
            'Fünfte" is one in five, 1/5).',
        ),
    )
    share_one_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.SHARE_ONE_AFTER",
            'Words for "one of them" after a count, at most one counted word between ("beş '
            'kişiden biri": one in five people): one out of that count, 1/5.',
        ),
    )
    compound_forms: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.COMPOUND_FORMS",
            'Number words as they stand first in a compound word, where they are not the '
            'number word plus a linking vowel: {"dvo": 2, "tro": 3}.',
        ),
    )
    scale_endings: Table[str, tuple[str, ...]] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.SCALE_ENDINGS",
            "Case endings of scale words of a thousand and more, by the final letters they "
            'replace ("" = added): {"": ("dan", "a")} makes "milyon" also "milyondan", "milyona".',
        ),
    )
    ordinal_words: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.ORDINAL_WORDS",
            'Ordinal words num2words lacks: {"2nd": 2}.',
        ),
    )
    ordinal_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.ORDINAL_ENDINGS",
            "Endings added to num2words' ordinals for their other forms (gender, case, number).",
        ),
    )
    ordinal_word_endings: Table[str, tuple[str, ...]] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.ORDINAL_WORD_ENDINGS",
            "Case and gender endings of ordinal words of one word, by the final letters they "
            'replace: {"ий": ("ого", "ому")} makes "перший" also "першого", "першому".',
        ),
    )
    ordinal_article: str = field(
        default="",
        metadata=about(
            "lex_attrs.ORDINAL_ARTICLE",
            "The definite article of a language whose ordinals of the round tens are the "
            "cardinal with it: such a word right after a word with the article is an ordinal "
            '("الذكرى الستون": the sixtieth anniversary), elsewhere a count ("خلال الخمسين '
            'عاما": over fifty years).',
        ),
    )
    vague_quantities: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.VAGUE_QUANTITIES",
            'Words before a noun that count more than one without a number ("several", '
            '"few", "nekoliko"): "several hours and 20 minutes" says no hour of one '
            '(`facts.numeric.unsaid_one`).',
        ),
    )
    age_before_ordinal: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.AGE_BEFORE_ORDINAL",
            'Words of age after which an ordinal word is an age, a count of years ("سن": '
            '"في سن السابعة", at the age of seven).',
        ),
    )
    ordinal_suffixes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.ORDINAL_SUFFIXES",
            'Letters after digits that make an ordinal: "st", "th" ("21st").',
        ),
    )
    ordinal_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.ORDINAL_BEFORE",
            "A mark before a number that makes it an ordinal.",
        ),
    )
    ordinal_dot: bool = field(
        default=False,
        metadata=about(
            "lex_attrs.ORDINAL_DOT",
            'A dot right after a number makes it an ordinal ("3." is third).',
        ),
    )
    fraction_words: Table[str, float] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.FRACTION_WORDS",
            'Fractions after a count or an article: {"third": 1/3} ("two thirds").',
        ),
    )
    fraction_alone: Table[str, float] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.FRACTION_ALONE",
            'Fractions that stand alone: {"half": 1/2}.',
        ),
    )
    fraction_infixes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.FRACTION_INFIXES",
            'A mark between denominator and numerator: "分之" ("三分之一", one third).',
        ),
    )
    tenths_marks: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.TENTHS_MARKS",
            'A mark after a number that counts tenths of a whole: "成" ("三成", 30 percent).',
        ),
    )
    partitives: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.PARTITIVES",
            'Words after a fraction that make it one ("a third of"): "of".',
        ),
    )
    half_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.HALF_AFTER",
            'Phrases that add a half: "and a half".',
        ),
    )
    half_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.HALF_BEFORE",
            'Words for half before a scale word of a thousand or more: "half a" ("half a '
            'million" is 500,000), "meio"; one ending in "-" is also glued to it ("пол-": '
            '"полмиллиона").',
        ),
    )
    alone_values: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.ALONE_VALUES",
            "Words with one value alone and another after a number (dual forms: two thousand).",
        ),
    )
    half_units: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.HALF_UNITS",
            'Words that are half of a unit of time or measure, a glued half word of '
            '`HALF_BEFORE` before the unit ("полгода": half a year, "полчаса": half an hour).',
        ),
    )
    singular_scale_forms: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.SINGULAR_SCALE_FORMS",
            'Forms of a scale word that are also its plural ("тысячи": of a thousand, and '
            'thousands), with their value: one of it after a word of `SINGULAR_SCALE_AFTER`, '
            'vague alone.',
        ),
    )
    singular_scale_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.SINGULAR_SCALE_AFTER",
            'Words that govern the singular case of a scale word after them ("более тысячи": '
            'more than a thousand, a count; "тысячи людей" alone is thousands).',
        ),
    )
    not_number_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.NOT_NUMBER_WORDS",
            'Generated words that are too often something else ("second", the unit of time).',
        ),
    )
    ordinal_determiners: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.ORDINAL_DETERMINERS",
            'Words right before an ordinal that is also another word (the unit "second", '
            '`lex_attrs.NOT_NUMBER_WORDS`) that make it the ordinal when a noun follows ("the '
            'second quarter"; "a second", "the second of May" stay what they were).',
        ),
    )
    not_alone: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.NOT_ALONE",
            "Number words that count only beside another number.",
        ),
    )
    counted_only: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.COUNTED_ONLY",
            'Number words that are also common words ("نه": nine, and no, neither): alone, a '
            "number only right before a counted word (`lex_attrs.UNITS`, "
            "`lex_attrs.COUNTED_WORDS`); beside another number, always one.",
        ),
    )
    counted_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.COUNTED_WORDS",
            'Nouns counted after a number beside those of `lex_attrs.UNITS` ("کشور", '
            "country): after one a `lex_attrs.COUNTED_ONLY` word is a number.",
        ),
    )
    not_numbers: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.NOT_NUMBERS",
            "Words that start with a numeral character but are no number (unspaced scripts).",
        ),
    )
    connectors: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.CONNECTORS",
            'Words that join the parts of a number: "and".',
        ),
    )
    units_before_tens: bool = field(
        default=False,
        metadata=about(
            "lex_attrs.UNITS_BEFORE_TENS",
            'Units are said before tens ("one and twenty").',
        ),
    )
    digits_after_scale: bool = field(
        default=False,
        metadata=about(
            "lex_attrs.DIGITS_AFTER_SCALE",
            'A scale word is followed by the rest of the number in digits, with no connector: '
            '"2 bin 500" is 2,500, "1 milyon 200 bin" 1,200,000.',
        ),
    )
    glued_numbers: bool = field(
        default=False,
        metadata=about(
            "lex_attrs.GLUED_NUMBERS",
            'Number words are written as one word ("siebenhunderttausend").',
        ),
    )
    cjk_digits: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.CJK_DIGITS",
            "Numeral characters for 0-9.",
        ),
    )
    cjk_point: str = field(
        default="",
        metadata=about(
            "lex_attrs.CJK_POINT",
            'The decimal point between numeral characters ("点": "三点五" is 3.5).',
        ),
    )
    cjk_small: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.CJK_SMALL",
            "Numeral characters for 10, 100, 1000.",
        ),
    )
    cjk_large: Table[str, int] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.CJK_LARGE",
            "Numeral characters for 10^4, 10^8, 10^12.",
        ),
    )
    counters: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.COUNTERS",
            'Measure words after a number ("人", "件").',
        ),
    )
    qualifiers_before: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.QUALIFIERS_BEFORE",
            "Phrases before a number that qualify it, and the qualifier: "
            '{"at least": "at_least", "about": "about"}.',
        ),
    )
    qualifiers_after: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.QUALIFIERS_AFTER",
            'Phrases after a number that qualify it: {"or more": "at_least"}.',
        ),
    )
    range_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.RANGE_WORDS",
            'Words between two numbers of a range: "to".',
        ),
    )
    percent_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.PERCENT_AFTER",
            "Words after a number that make it a percentage.",
        ),
    )
    basis_point_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.BASIS_POINT_AFTER",
            'Words after a number that count basis points, hundredths of a percentage point: '
            '"basis points" (50 of them are "0.5 percentage points").',
        ),
    )
    point_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.POINT_AFTER",
            'Words after a number that count points of a rate or an index ("0,5 ponto"): a '
            'figure with no other unit answers basis points only said so '
            '(`compare.number_equivalents.basis_points`).',
        ),
    )
    second_half_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.SECOND_HALF_AFTER",
            'Words after a minute of play that count it from the second half\'s kick-off: '
            '"do segundo tempo" ("aos 36 do segundo tempo" is the 81st minute).',
        ),
    )
    percent_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.PERCENT_BEFORE",
            "Words before a number that make it a percentage.",
        ),
    )
    year_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.YEAR_BEFORE",
            "Words before a four-digit number that make it a year.",
        ),
    )
    year_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.YEAR_AFTER",
            'Words after a number that make it a year ("году").',
        ),
    )
    decimal_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.DECIMAL_WORDS",
            'The word said for the decimal mark between a whole number and its decimals in '
            'words ("two point five": 2.5; "zwei Komma fünfundzwanzig": 2.25).',
        ),
    )
    time_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.TIME_BEFORE",
            'Words before "10.00" that make it a clock time, not a decimal.',
        ),
    )
    time_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.TIME_AFTER",
            "Words after a number that make it a clock time.",
        ),
    )
    units: Table[str, str] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.UNITS",
            "Counted things (word starts, lower case) and the unit they count: "
            '{"troop": "soldier", "kilomet": "km"}.',
        ),
    )
    unit_endings: Table[str, tuple[str, ...]] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.UNIT_ENDINGS",
            "Stems of `lex_attrs.UNITS` too short to stand for their word alone, with the "
            'endings that make the whole word: {"gad": ("s", "a", "u", "iem")} reads "gadiem" '
            '(years), not "gadījumi" (cases) or "gadsimts" (a century).',
        ),
    )
    unit_before: bool = field(
        default=False,
        metadata=about(
            "lex_attrs.UNIT_BEFORE",
            "The counted noun comes before the number.",
        ),
    )
    century_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.CENTURY_WORDS",
            "Words that make a number a century.",
        ),
    )
    decade_before: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.DECADE_BEFORE",
            "Words before a year that make it a decade.",
        ),
    )
    decade_after: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.DECADE_AFTER",
            'Words after a year ending in 0 or a two-digit tens that make it a decade ("1960 '
            'के दशक में", "60 के दशक में": the 1960s).',
        ),
    )
    decade_suffixes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.DECADE_SUFFIXES",
            "Letters after a year that make it a decade.",
        ),
    )
    decade_word_endings: Table[str, tuple[str, ...]] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.DECADE_WORD_ENDINGS",
            "Endings that make a tens word (twenty to ninety, in words or, in a language "
            'without spaces, in digits) a decade, by the final letters they replace: {"y": '
            '("ies",)} reads "eighties", {"": ("年代",)} "八十年代", as the 1980s.',
        ),
    )
    times_words: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.TIMES_WORDS",
            'Number words that say how many times ("kétszer": twice, "háromszor annyi ember": '
            "three times as many people): the number counts nothing after it.",
        ),
    )
    decade_ordinal_endings: Table[str, tuple[str, ...]] = field(
        default=Table(),
        metadata=about(
            "lex_attrs.DECADE_ORDINAL_ENDINGS",
            "Endings a decade (a tens word or digits with a decade suffix) shares with the "
            "ordinal of its tens, and the endings of the noun such an ordinal agrees with: "
            '{"e": ("ice", "ne")} reads "dvadesete obljetnice" as the 20th anniversary, while '
            '"devedesete godine" (a year word after it), "devedesete su" (a function word) '
            "and a decade with nothing after it stay decades.",
        ),
    )
    verb_lemma_endings: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.VERB_LEMMA_ENDINGS",
            "Endings of a verb's lemma (its infinitive) in the language's word list: a word "
            'after a decade that the list knows with such a lemma ("Devedesete pamte", '
            '"pamtiti") is a verb, no noun the ordinal of `DECADE_ORDINAL_ENDINGS` agrees with.',
        ),
    )
    articles_one: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "lex_attrs.ARTICLES_ONE",
            'Articles that mean one before a scale word ("a million").',
        ),
    )
