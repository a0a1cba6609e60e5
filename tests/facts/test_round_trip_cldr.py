"""Round trip over every language of the profile: dates, numbers and number words written
by CLDR (Babel's date and number formats, RBNF spell-out rules through unicode_rbnf) are
read back by the extractors to the value they were written from.

The texts are generated, never taken from a data set, so the reading is tested on forms
the checker was never tuned on: every pattern width, format skeleton, gender and case form
CLDR knows. A form the checker leaves unread on purpose (a reason is given) is an explicit
xfail; any other miss fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from functools import cache

import pytest
from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from checker.facts import extract_facts
from checker.lang import available_languages
from checker.lang.profile import profile

LANGS = (*available_languages(), "sr-Cyrl")
DAYS = tuple(
    dt.date(2023, month, day)
    for month, day in ((1, 5), (2, 14), (3, 31), (4, 2), (5, 9), (6, 18), (7, 4), (8, 27),
                       (9, 1), (10, 12), (11, 23), (12, 30))
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CARDINALS = (2, 3, 5, 7, 11, 16, 21, 34, 45, 99, 100, 250, 300, 1000, 3400, 20000,
             2_000_000, 1_500_000, 3_000_000_000)
ORDINALS = (2, 3, 5, 10, 21)

# Forms left unread on purpose, or spelt wrongly by the generator: (language pattern,
# case group pattern, text pattern, reason). Each stays an xfail test of its own.
KNOWN_GAPS: tuple[tuple[str, str, str, str], ...] = (
    (".*", "skeleton", r"^(?:\w+,? )?\d{1,2}[.\-/] ?\d{1,2}\.?(?:,|$)",
     "a day and month in digits without a year (\"5.01.\", \"01-05\") reads as a decimal "
     "or a range as often as a date"),
    ("en|fr|pl|ro", "month", r"^(March|May|mars|maj|mai)$", "a month name that is also a "
     "word (\"may\", \"mars\", \"mai\": more) is a month only beside a day or a year"),
    ("ro", "rbnf", r"^nouă$", "\"nouă\" is also \"new\": nine only before a counted noun"),
    ("hu", "rbnf", r"^hét$", "\"hét\" is also \"week\": seven only before a counted noun"),
    ("vi", "rbnf", r"^năm$", "\"năm\" is also \"year\": five only beside another number "
     "word or before a counted noun"),
    ("az|hu", "skeleton", r"^\w\.?,|, \w\.?$", "a weekday abbreviated to one letter (\"K\", "
     "\"C.\") is an initial as often: left unread"),
    ("sk", "month", r"^(máj|jún|júl)$", "a Slovak month name alone, with no day, year or "
     "preposition beside it, is left unread"),
    ("sk", "interval", r"^\d{1,2}\.\u2009–\u2009\d{1,2}\. \d{1,2}\.",
     "a range of days closed by one month in digits (\"12. – 15. 6.\") is not read as a range"),
    (".*", "interval", r"^\d{1,2}\.\d{2}\.|^\d{1,2}\.–\d{1,2}\. \d\.",
     "a day and month in digits without a year (\"12.06.\") reads as a decimal as often"),
    ("ko", "date-short", ".*", "a two-digit year first (\"23. 1. 5.\")"),
    ("sr|sr-Cyrl|hr|bs", "weekday", r"^(nedelja|nedjelja|недеља|недјеља)$",
     "\"nedelja\" is also \"week\": Sunday only beside a date"),
    (".*", "compact", r"\d[\s\u00a0]?[A-Za-z\u0900-\u097f]\W?($|[\s\u00a0])",
     "a short scale of one letter (\"3 M\", \"45K\", \"45 B\") is read only glued to "
     "digits after a currency sign"),
    ("ko", "compact", ".*", "short scale words of Korean are not read"),
    ("ja|zh", "rbnf", ".*", "numerals of one character, financial numerals and day numbers "
     "are not read alone in unspaced scripts"),
    ("ko", "rbnf", ".*", "Korean number words are not read"),
    ("tr", "rbnf", r"^(yüz|bin)$", "\"yüz\" (face) and \"bin\" alone are too often words"),
    ("lt", "rbnf", r"milijonas penki šimtai$", "CLDR's rule spells 1,500,000 wrongly"),
    ("sr|sr-Cyrl|bs|hr", "rbnf", r"‘", "CLDR's rule writes a stray quote into the ordinal"),
)

# A number alone that is also an article or a pronoun ("un", "one", "bir") is not read
# as a count: the words for 1 are left out of the spell-out round trip.
_ONE = 1


def _locales(lang: str) -> tuple[str, ...]:
    """The CLDR locales a language tag is written in: its own script where the tag names
    one ("sr-Cyrl"), else the locales of its profile."""
    if "-" in lang:
        return (lang.replace("-", "_"),)
    return tuple(profile(lang).cldr_locales) or (lang,)


_SHORT_WEEKDAY = ("a weekday abbreviation that is also a function word of the language "
                  "(German \"so\", Italian \"mi\") is that word: it is not read")


@cache
def _short_weekdays(lang: str) -> frozenset[str]:
    """CLDR's abbreviated weekdays that the language's function words list as a word."""
    words = {w.lower() for w in profile(lang).names.function_words}
    out = set()
    for locale in _locales(lang):
        for context in ("format", "stand-alone"):
            for name in babel_dates.get_day_names("abbreviated", context, locale=locale).values():
                if name.lower() in words:
                    out.add(name.lower())
    return frozenset(out)


_CALENDAR_WORD = ("a number word that is also a month or weekday name (\"τρίτη\" third and "
                  "Tuesday) is read as the date")


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    words = set()
    for locale in _locales(lang):
        for table in (Locale.parse(locale).months, Locale.parse(locale).days):
            for context in table.values():
                for width in context.values():
                    words.update(str(v).lower().strip(".") for v in width.values())
    return frozenset(words)


_NOT_A_NUMBER = ("the language data declares the word too often something else to read "
                 "(NOT_NUMBER_WORDS: \"second\" the unit of time, \"drugi\" other)")


_TIME_UNIT = ("an ordinal spelled like CLDR's unit of time \"second\" (\"segundo\", "
              "\"ثانية\") is read only as a day in a date")


@cache
def _second_unit_names(lang: str) -> frozenset[str]:
    words = set()
    for locale in _locales(lang):
        forms = Locale.parse(locale)._data["unit_patterns"].get("duration-second", {})
        for key, pattern in forms.get("long", {}).items():
            if key != "per" and isinstance(pattern, str):
                words.add(pattern.replace("{0}", "").strip().lower())
    return frozenset(words)


def _known(lang: str, group: str, text: str) -> str | None:
    if group.startswith("rbnf") and text.lower() in {
        w.lower() for w in profile(lang).numbers.not_number_words
    }:
        return _NOT_A_NUMBER
    if group.startswith("rbnf-spellout-ordinal") and text.lower() in _second_unit_names(lang):
        return _TIME_UNIT
    if group.startswith("rbnf") and text.lower() in _calendar_words(lang):
        return _CALENDAR_WORD
    if group.startswith("skeleton") and set(re.findall(r"\w+", text.lower())) & _short_weekdays(
        lang
    ):
        return _SHORT_WEEKDAY
    for lang_pattern, group_pattern, text_pattern, reason in KNOWN_GAPS:
        if (re.fullmatch(lang_pattern, lang) and re.match(group_pattern, group)
                and re.search(text_pattern, text)):
            return reason
    return None


def _read(text: str, lang: str) -> tuple[set[str], list[float]]:
    facts = extract_facts(text, lang, ("number", "date"))
    dates = {str(f.value) for f in facts if f.category == "date"}
    numbers = sorted(float(f.value) for f in facts if f.category == "number"
                     and isinstance(f.value, int | float))
    return dates, numbers


def _date_cases(lang: str) -> list[tuple[str, str, frozenset, tuple]]:
    out = []
    skeletons = (("MMMMd", "md"), ("MMMd", "md"), ("yMMMM", "ym"), ("yMMMd", "ymd"),
                 ("MMMMEEEEd", "mdw"), ("MMMEd", "mdw"), ("yMMMEd", "ymdw"))
    for locale in _locales(lang):
        for day in DAYS:
            values = {"ymd": day.isoformat(), "md": f"--{day.month:02d}-{day.day:02d}",
                      "ym": f"{day.year}-{day.month:02d}", "w": WEEKDAYS[day.weekday()]}
            for width in ("full", "long", "medium", "short"):
                want = {values["ymd"]} | ({values["w"]} if width == "full" else set())
                text = babel_dates.format_date(day, width, locale=locale)
                out.append((f"date-{width}", text, frozenset(want), ()))
            for skeleton, parts in skeletons:
                want = {values["ymd"] if "y" in parts and "d" in parts else
                        values["ym"] if "y" in parts else values["md"]}
                if "w" in parts:
                    want.add(values["w"])
                text = babel_dates.format_skeleton(skeleton, day, locale=locale)
                out.append((f"skeleton-{skeleton}", text, frozenset(want), ()))
            for context in ("format", "stand-alone"):
                name = babel_dates.get_day_names("wide", context, locale=locale)[day.weekday()]
                out.append(("weekday", name, frozenset({values["w"]}), ()))
                month = babel_dates.get_month_names("wide", context, locale=locale)[day.month]
                out.append(("month", month, frozenset({f"--{day.month:02d}"}), ()))
        for skeleton, stem in (("MMMd", "--06-"), ("MMMMd", "--06-"), ("yMMMd", "2023-06-")):
            text = babel_dates.format_interval(
                dt.date(2023, 6, 12), dt.date(2023, 6, 15), skeleton, locale=locale
            )
            out.append((f"interval-{skeleton}", text, frozenset({stem + "12", stem + "15"}), ()))
    return out


def _number_cases(lang: str) -> list[tuple[str, str, frozenset, tuple]]:
    out = []
    for locale in _locales(lang):
        for value in (7, 12345, 1234567, 85000, 2.5, 1234.75):
            out.append(("decimal", babel_numbers.format_decimal(value, locale=locale),
                        frozenset(), (value,)))
        group = babel_numbers.get_group_symbol(locale)
        for value in (85000, 1234567, 2500.5):
            written = babel_numbers.format_decimal(value, locale=locale)
            if any(len(part) != 3 for part in re.split(r"\D", written)[1:-1]):
                continue  # Indian grouping (12,34,567) is not written with spaces
            comma = babel_numbers.get_decimal_symbol(locale) == ","
            # "85 000" whatever CLDR's group mark; a plain space where the decimal mark is
            # a comma (elsewhere digits apart are a telephone number as often)
            for space in (" ", "\u00a0", "\u202f")[0 if comma else 1 :]:
                out.append(("grouped-by-space", written.replace(group, space), frozenset(),
                            (value,)))
        for share in (0.125, 0.4, 0.07):
            text = babel_numbers.format_percent(share, "#,##0.#%", locale=locale)
            out.append(("percent", text, frozenset(), (round(share * 100, 3),)))
        for value in (2_800_000_000, 3_000_000, 45_000, 1_500_000):
            for width in ("short", "long"):
                text = babel_numbers.format_compact_decimal(
                    value, format_type=width, locale=locale, fraction_digits=1
                )
                out.append((f"compact-{width}", text, frozenset(), (value,)))
        for value in (1_200, 2_000_000):
            text = babel_numbers.format_compact_currency(value, "USD", locale=locale,
                                                         fraction_digits=1)
            out.append(("compact-currency", text, frozenset(), (value,)))
        for currency in ("EUR", "USD"):
            text = babel_numbers.format_currency(1234.5, currency, locale=locale)
            out.append(("currency", text, frozenset(), (1234.5,)))
    return out


def _time_cases(lang: str) -> list[tuple[str, str, frozenset, tuple]]:
    """Clock times in CLDR's short and medium patterns: 24-hour, 12-hour with the day period
    after ("8:45 PM", "8:45 م") or before ("오후 8:45"), with seconds."""
    out = []
    for locale in _locales(lang):
        for time in (dt.time(15, 30), dt.time(9, 5), dt.time(20, 45)):
            for width in ("short", "medium"):
                text = babel_dates.format_time(time, width, locale=locale)
                out.append((f"time-{width}", text,
                            frozenset({f"T{time.hour:02d}:{time.minute:02d}"}), ()))
    return out


@cache
def _rbnf_engine(locale: str):
    from unicode_rbnf import RbnfEngine

    try:
        return RbnfEngine.for_language(locale)
    except (ValueError, KeyError, FileNotFoundError, OSError):
        return None


def _word_cases(lang: str) -> list[tuple[str, str, frozenset, tuple]]:
    """Every cardinal and ordinal rule set of CLDR's RBNF (genders, cases)."""
    from unicode_rbnf import FormatPurpose

    out = []
    for locale in _locales(lang):
        engine = _rbnf_engine(locale)
        if engine is None:
            continue
        for purpose, values in ((FormatPurpose.CARDINAL, CARDINALS),
                                (FormatPurpose.ORDINAL, ORDINALS)):
            for value in values:
                if value == _ONE:
                    continue
                try:
                    spelt = engine.format_number(value, purpose).text_by_ruleset
                except (ValueError, KeyError, IndexError, RecursionError):
                    continue
                for ruleset, text in spelt.items():
                    out.append((f"rbnf-{ruleset}", text, frozenset(), (value,)))
    return out


def _misses(lang: str, cases) -> list[tuple[str, str, object, object]]:
    misses = []
    for group, text, want_dates, want_numbers in cases:
        dates, numbers = _read(text, lang)
        if group.startswith("rbnf-spellout-ordinal"):
            ok = any(abs(n - want_numbers[0]) < 1e-9 for n in numbers)  # as a number, any kind
        else:
            ok = dates == set(want_dates) and numbers == sorted(map(float, want_numbers))
        if not ok:
            misses.append((group, text, sorted(want_dates) or list(want_numbers),
                           sorted(dates) or numbers))
    return misses


def _check(lang: str, cases) -> None:
    unexpected = [m for m in _misses(lang, cases) if _known(lang, m[0], m[1]) is None]
    assert unexpected == [], f"{lang}: {len(unexpected)} misread: {unexpected[:8]}"


@pytest.mark.parametrize("lang", LANGS)
def test_dates_read_back(lang):
    _check(lang, _date_cases(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_times_read_back(lang):
    _check(lang, _time_cases(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_read_back(lang):
    _check(lang, _number_cases(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_number_words_read_back(lang):
    pytest.importorskip("unicode_rbnf")
    _check(lang, _word_cases(lang))


def _known_gap_cases() -> list:
    """One xfail per known gap and language where CLDR writes such a form."""
    params = []
    for lang in LANGS:
        cases = _date_cases(lang) + _time_cases(lang) + _number_cases(lang)
        with contextlib.suppress(ImportError):
            cases += _word_cases(lang)
        seen: set[str] = set()
        for case in cases:
            reason = _known(lang, case[0], case[1])
            if reason is not None and reason not in seen and _misses(lang, [case]):
                seen.add(reason)
                params.append(pytest.param(lang, case, id=f"{lang}-{case[0]}-{case[1]}",
                                           marks=pytest.mark.xfail(reason=reason, strict=False)))
    return params


@pytest.mark.parametrize(("lang", "case"), _known_gap_cases())
def test_known_gaps(lang, case):
    assert _misses(lang, [case]) == []


def test_sr_cyrillic_reads_what_latin_reads():
    """Serbian in Cyrillic gets all of the Latin reading data through the deterministic
    transliteration: CLDR's unit symbols too ("цм" is "cm")."""
    import cyrtranslit

    sentences = (
        "Na severu je tokom noći palo od 3 do 8 cm snega, a na vrhovima 20 cm.",
        "Sastanak je zakazan za četvrtak, 3. novembar 2022. godine u 14 časova.",
        "Cena je porasla za 4,5 odsto, na 2,8 milijardi dinara.",
        "Dvesta pedeset ljudi je evakuisano tokom jula.",
    )
    for latin in sentences:
        cyrillic = cyrtranslit.to_cyrillic(latin, "sr")
        read_latin = [(f.value, f.unit) for f in extract_facts(latin, "sr")
                      if f.category in ("number", "date")]
        read_cyrillic = [(f.value, f.unit) for f in extract_facts(cyrillic, "sr-Cyrl")
                         if f.category in ("number", "date")]
        assert read_cyrillic == read_latin
    assert [(f.value, f.unit) for f in extract_facts("od 3 do 8 цм", "sr-Cyrl")] == [
        ((3, 8), "cm")
    ]


def test_locales_of_every_language_parse():
    for lang in LANGS:
        for locale in _locales(lang):
            Locale.parse(locale)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("O encontro ficou marcado para 1º de maio.", "pt", "--05-01"),
        ("A greve começou no dia 1º de maio de 2020.", "pt", "2020-05-01"),
        ("Засідання перенесли на п'ятого грудня.", "uk", "--12-05"),
        ("Це сталося двадцять першого грудня.", "uk", "--12-21"),
        ("Заседание назначено на двадцать пятого декабря.", "ru", "--12-25"),
        ("Выборы пройдут первого октября.", "ru", "--10-01"),
        ("Sednica je zakazana za dvadeset petog decembra.", "sr", "--12-25"),
        ("Седница је заказана за двадесет петог децембра.", "sr-Cyrl", "--12-25"),
        ("会议定于十月一日举行。", "zh", "--10-01"),
        ("The vote is on the first of October.", "en", "--10-01"),
        ("The vote is on the second of October.", "en", "--10-02"),
        ("Izbori su zakazani za drugog oktobra.", "sr", "--10-02"),
        ("Izbori su zakazani za prvog oktobra.", "sr", "--10-01"),
        ("Вибори призначено на другого жовтня.", "uk", "--10-02"),
    ],
)
def test_ordinal_days(text, lang, value):
    """A day said with an ordinal (in words, in case forms, as a tens word and an ordinal,
    with "º", or a numeral character of one) is the day of its month."""
    dates, numbers = _read(text, lang)
    assert dates == {value} and numbers == []


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind"),
    [
        ("Ficou em 5º lugar.", "pt", 5, "ordinal"),
        ("a 16th-century church", "en", 16, "ordinal"),
        ("Es war der 20. Jahrestag.", "de", 20, "ordinal"),
        ("Das Ziel: 2.800 Euro, nicht $2000.", "de", 2000, "cardinal"),
    ],
)
def test_digit_ordinals_and_amounts(text, lang, value, kind):
    facts = [f for f in extract_facts(text, lang, ("number", "date")) if f.value == value]
    assert [(f.category, f.kind) for f in facts] == [("number", kind)]


def test_month_before_a_score_is_no_day():
    """ "shkurt 4-1": a score after a month word (the second number is smaller), not a day."""
    dates, _ = _read("Fitorja e muajit shkurt 4-1 ishte e fundit.", "sq")
    assert dates == {"--02"}


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Izložba traje od 5. do 10. marta.", "sr", {"--03-05", "--03-10"}),
        ("Изложба траје од 5. до 10. марта.", "sr-Cyrl", {"--03-05", "--03-10"}),
        ("The fair runs from March 5-10.", "en", {"--03-05", "--03-10"}),
        ("La feria se celebra del 5 al 10 de marzo.", "es", {"--03-05", "--03-10"}),
        ("Le salon a lieu du 5 au 10 mars 2024.", "fr", {"2024-03-05", "2024-03-10"}),
        ("A feira decorre de 5 a 10 de março.", "pt", {"--03-05", "--03-10"}),
        ("On March 5, 10 people were hurt.", "en", {"--03-05"}),
        ("The fair runs March 5-10, 2024.", "en", {"2024-03-05", "2024-03-10"}),
    ],
)
def test_day_ranges_share_their_month(text, lang, values):
    """Two days with one month ("od 5. do 10. marta") are two dates of that month, so a
    range written month-first on one side and month-last on the other still agrees."""
    dates, _ = _read(text, lang)
    assert dates == values


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Isso aconteceu na década de 80.", "pt", "1980"),
        ("In de jaren negentig groeide de stad.", "nl", "1990"),
        ("En los años noventa creció la ciudad.", "es", "1990"),
        ("Місто швидко росло у дев'яностих роках.", "uk", "1990"),
        ("Город рос в восьмидесятых годах.", "ru", "1980"),
        ("Grad je rastao tokom šezdesetih godina.", "sr", "1960"),
        ("Град је растао током шездесетих година.", "sr-Cyrl", "1960"),
        ("Miasto rosło w latach czterdziestych.", "pl", "1940"),
        ("Město rostlo v třicátých letech.", "cs", "1930"),
    ],
)
def test_decades_in_words_and_digits(text, lang, value):
    dates, numbers = _read(text, lang)
    assert dates == {value} and numbers == []


def test_half_in_a_compound_is_no_number():
    assert _read("She equalised three minutes after half-time.", "en") == (set(), [3.0])


def test_percent_word_is_no_number_of_its_own():
    """ "pour cent" is the percent sign in words: its "cent" is not also a hundred."""
    assert _read("Les prix ont augmenté de 20 pour cent.", "fr") == (set(), [20.0])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The festival runs from 12 to 15 June.", "en"),
        ("Il festival si svolge dal 12 al 15 giugno.", "it"),
        ("Фестиваль пройдёт с 12 по 15 июня.", "ru"),
        ("Το φεστιβάλ διαρκεί από 12 έως 15 Ιουνίου.", "el"),
        ("يقام المهرجان من 12 إلى 15 يونيو.", "ar"),
    ],
)
def test_day_ranges_in_every_language(text, lang):
    """Both sides of a translation read a range of days alike: two dates of the month."""
    assert _read(text, lang)[0] == {"--06-12", "--06-15"}


@pytest.mark.parametrize(
    ("text", "lang", "values", "numbers"),
    [
        ("The talks were held on 12 and 13 June.", "en", {"--06-12", "--06-13"}, []),
        ("Die Gespräche fanden am 12. und 13. Juni statt.", "de", {"--06-12", "--06-13"}, []),
        ("Görüşmeler 12 ve 13 Haziran'da yapıldı.", "tr", {"--06-12", "--06-13"}, []),
        ("On June 12 and 13 people were hurt.", "en", {"--06-12"}, [13.0]),
    ],
)
def test_day_pairs(text, lang, values, numbers):
    assert _read(text, lang) == (values, numbers)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Kirche stammt aus dem 19. Jahrhundert.", "de"),
        ("The church dates from the 19th century.", "en"),
        ("L'église date du XIXe siècle.", "fr"),
        ("这座教堂建于十九世纪。", "zh"),
        ("تعود الكنيسة إلى القرن 19.", "ar"),
        ("Церковь построена в 19 веке.", "ru"),
    ],
)
def test_a_century_is_an_ordinal_in_every_language(text, lang):
    """A century number is an ordinal however it is written, so "the 17th century" against
    "十九世纪" is a changed ordinal, not an ordinal and a count of another kind."""
    facts = [f for f in extract_facts(text, lang, ("number",)) if f.value == 19]
    assert [f.kind for f in facts] == ["ordinal"]


# Cyrillic and Greek letters drawn like a Latin one: text typed on a mixed keyboard carries
# the Latin letter inside a word of the other script.
_LATIN_TWIN = str.maketrans("аеорсухјіАВЕКМНОРСТХЈІΑΒΕΗΙΚΜΝΟΡΤΥΧο",
                            "aeopcyxjiABEKMHOPCTXJIABEHIKMNOPTYXo")


def _with_latin_twins(text: str) -> str:
    """The first letter of each word that has a Latin twin, typed as the Latin letter."""
    def one(match: re.Match) -> str:
        word = match.group()
        for k, char in enumerate(word):
            twin = char.translate(_LATIN_TWIN)
            if twin != char and k < len(word) - 1:
                return word[:k] + twin + word[k + 1:]
        return word
    return re.sub(r"\w{3,}", one, text)


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang in (
    "bg", "el", "kk", "mk", "ru", "sr-Cyrl", "uk")])
def test_latin_twins_read_as_their_script(lang):
    """A month, weekday or number word with one Latin letter inside ("jула", "cічня",
    "милиoна") reads as the word: each date and number word CLDR writes reads the same with
    the twins swapped in."""
    cases = _date_cases(lang)
    with contextlib.suppress(ImportError):
        cases += _word_cases(lang)
    misread = []
    for group, text, _, _ in cases:
        mixed = _with_latin_twins(text)
        if mixed != text and _read(mixed, lang) != _read(text, lang):
            misread.append((group, mixed, _read(mixed, lang), _read(text, lang)))
    assert misread == []


@pytest.mark.parametrize(
    ("text", "lang", "dates", "numbers"),
    [
        ("La feria abre el 1.º de mayo.", "es", {"--05-01"}, []),
        ("A equipa ficou em 3.º lugar.", "pt", set(), [3.0]),
        ("Завод збудували у XIX столітті.", "uk", set(), [19.0]),
        ("Τα κάστρα χτίστηκαν τον 14ο και τον 15ο αιώνα.", "el", set(), [14.0, 15.0]),
        ("On March 5 100 people were hurt.", "en", {"--03-05"}, [100.0]),
        ("Call 116 123 or 0800 555 111.", "en", set(), [111.0, 116.0, 123.0, 555.0, 800.0]),
        ("Rufen Sie 0800 555 111 an.", "de", set(), [111.0, 555.0, 800.0]),
        ("La obra costó 85 000 euros.", "es", set(), [85000.0]),
        ("Kupili su 1 500 primeraka.", "sr", set(), [1500.0]),
    ],
)
def test_ordinal_marks_centuries_and_space_groups(text, lang, dates, numbers):
    """ "1.º" is an ordinal day; a century in any case form is an ordinal; a plain space
    groups thousands in every language, but not a day from the count after its month."""
    assert _read(text, lang) == (dates, numbers)


@pytest.mark.parametrize(
    ("text", "lang", "dates", "numbers"),
    [
        ("Dana 5. marta, pet osoba je povređeno.", "sr", {"--03-05"}, [5.0]),
        ("Raspored: pet, 31. mart.", "sr", {"Friday", "--03-31"}, []),
        ("Зустріч призначено на чт, 5 січня.", "uk", {"Thursday", "--01-05"}, []),
        ("De markt is op zo 8 januari open.", "nl", {"Sunday", "--01-08"}, []),
        ("Zo 8 mensen kwamen.", "nl", set(), [8.0]),
        ("会議は1月5日(木)に開かれる。", "ja", {"Thursday", "--01-05"}, []),
    ],
)
def test_weekday_abbreviations_framed_by_a_date(text, lang, dates, numbers):
    """A weekday abbreviation that is also a word ("pet" five, "zo" so) or too short to read
    alone is a weekday only where a date format puts it: before a day and its month, or
    after a date in brackets."""
    assert _read(text, lang) == (dates, numbers)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Wait a second.", "en"), ("Drugi put je prošlo bolje.", "sr"),
     ("З другого боку, це дорого.", "uk"), ("Prvi put je prošlo bolje.", "sr")],
)
def test_second_and_other_are_days_only(text, lang):
    """The ordinal that is also "other" or a second of time is a day beside a month only."""
    assert _read(text, lang) == (set(), [])


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Rok ističe 5. VII 2024.", "sr", "2024-07-05"),
        ("Рок истиче 5. VII 2024.", "sr-Cyrl", "2024-07-05"),
        ("Termin mija 5 VII 2024 r.", "pl", "2024-07-05"),
        ("Рок истиче 5. септ. 2024.", "sr-Cyrl", "2024-09-05"),
        ("The deadline is Febr. 5, 2024.", "en", "2024-02-05"),
        ("Η προθεσμία λήγει στις 5 Σεπτ. 2024.", "el", "2024-09-05"),
        ("O prazo termina a 5 de set. de 2024.", "pt", "2024-09-05"),
    ],
)
def test_roman_months_and_months_cut_short(text, lang, value):
    """A month in Roman numerals between a day and a year, and a month name cut short with
    a dot at any length CLDR does not list ("септ.", "Febr."), are the month."""
    assert _read(text, lang) == ({value}, [])


def test_scale_abbreviations_in_both_serbian_scripts():
    assert _read("Projekat košta 10 mln dinara.", "sr") == (set(), [10_000_000.0])
    assert _read("Пројекат кошта 10 млн динара.", "sr-Cyrl") == (set(), [10_000_000.0])


@pytest.mark.parametrize(
    ("text", "value"),
    [("这座城市的人口为三点五亿。", 350_000_000.0), ("价格上涨了百分之十二点五。", 12.5),
     ("产量增长了二点五倍。", 2.5)],
)
def test_chinese_decimal_point_in_numerals(text, value):
    """ "三点五" is 3.5 (a time only alone or before minutes: "三点", "三点五分")."""
    assert _read(text, "zh") == (set(), [value])


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Ціни зросли на 12,5 процента.", "uk"), ("Ціни зросли на 12,5 відсотка.", "uk"),
     ("Οι τιμές αυξήθηκαν 12,5 τοις εκατόν.", "el"), ("Οι τιμές αυξήθηκαν 12,5 τοις εκατό.", "el")],
)
def test_percent_words_in_their_spellings(text, lang):
    facts = [f for f in extract_facts(text, lang, ("number",))]
    assert [(f.value, f.kind) for f in facts] == [(12.5, "percent")]
