"""The profile of a language without a folder: what CLDR, num2words and simplemma give.

Its CLDR locale serves the month, weekday, day-period, territory, unit and compact-scale
names and the spell-out rules (RBNF) of its number words; num2words adds its spellers where
it has the language; simplemma's word list of the language gives the inflected forms of
CLDR's month and weekday names ("kesäkuussa": in June; "sredo": on Wednesday) and the case
endings of its territory names ("Japaniin": to Japan); `mutation_tables.py` its initial
mutations, where its first letters change with the word before ("i bhFeabhra", "da Vrest":
`checker/lang/mutations.py`). What none of them gives (case forms
of number words CLDR does not spell, counted nouns, the words around numbers such as "at
least") stays unread until the language has a folder (docs/adding-a-language.md).
"""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from checker.lang.date_fields import DateData
from checker.lang.name_fields import NameData
from checker.lang.number_fields import NumberData
from checker.lang.profile import (
    _CONSONANT_SCRIPTS,
    LanguageProfile,
    SegmentationData,
    WritingSystem,
    _script_of,
    _writing_from_cldr,
)
from checker.lang.table import Table


def cldr_profile(code: str) -> LanguageProfile:
    """The derived profile of `code`; a code CLDR does not know gets the defaults."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        if Locale.parse(code).language != code:  # "und" is taken as en_US: no language
            alias = get_global("language_aliases").get(code)
            # a code CLDR replaces by another (Tagalog "tl", as Argos and simplemma write
            # it, is CLDR's "fil"): that language's profile
            return cldr_profile(alias) if alias and alias.isalpha() else LanguageProfile()
    except (UnknownLocaleError, ValueError):
        return LanguageProfile()
    spellers = _num2words_code(code)
    months, weekdays, lower_only = inflected_date_names(code)
    if caseless_names(code):
        months = _open_stems(months, "month", code)
        weekdays = _open_stems(weekdays, "weekday", code)
    dot = ordinal_dot(code)
    unit_weekdays, unit_months = unit_named_dates(code)
    writing = WritingSystem(**_writing_from_cldr(code), accents_optional=unaccented_calendar(code))
    from checker.lang.mutation_tables import INITIAL_MUTATIONS

    return LanguageProfile(
        writing=writing,
        initial_mutations=INITIAL_MUTATIONS.get(code, ()),
        cldr_locales=(code,),
        segmentation=SegmentationData(ordinal_dot=dot),
        numbers=NumberData(num2words=spellers, glued_numbers=_spells_glued(code, spellers),
                           ordinal_dot=dot, not_number_words=_second_words(code, spellers),
                           digits_after_scale=lakh_grouping(code)),
        dates=DateData(months=Table(months), weekdays=Table(weekdays),
                       lower_case_only=lower_only, prefix_match=caseless_names(code),
                       near_date_only=unit_weekdays, not_dates=unit_months,
                       date_fillers=unspaced_date_fillers(code) + mutated_fillers(code),
                       ending_on_last_word=not months and months_end_alike(code),
                       capitalised=capitalised_short_weekdays(code, writing)),
        names=_name_data(code, writing),
    )


def mutated_fillers(code: str) -> tuple[str, ...]:
    """The words between a date's parts in a language that mutates first letters
    (`mutation_tables.DATE_FILLERS`), with their mutated forms ("miz", "viz")."""
    from checker.lang.mutation_tables import DATE_FILLERS, INITIAL_MUTATIONS
    from checker.lang.mutations import mutated_by, parsed

    found = parsed(INITIAL_MUTATIONS.get(code, ()))
    words = DATE_FILLERS.get(code, ())
    made = (m for w in words for m in mutated_by(w, found, min_letters=1))
    return tuple(dict.fromkeys((*words, *made)))


def unspaced_date_fillers(code: str) -> tuple[str, ...]:
    """CLDR's names of the units year, month and day where the language is written without
    spaces: its press writes them between a date's parts, glued or not ("ថ្ងៃទី៧ខែមករា
    ឆ្នាំ១៩៧៩": the 7th, month January, year 1979; "မတ်လ ၂၈ ရက်"). Names in the
    language's own script only (CLDR falls back to English ones)."""
    from babel.units import get_unit_name

    if WritingSystem(**_writing_from_cldr(code)).spaced:
        return ()
    names = {get_unit_name(f"duration-{unit}", length="long", locale=code)
             for unit in ("year", "month", "day")}
    return tuple(sorted(n for n in names if n and not n.isascii()))


def _name_data(code: str, writing: WritingSystem) -> NameData:
    """The name data of a language without a folder: the endings simplemma's list gives
    CLDR's territory names; where it gives none in a script with capitals (Latin,
    Cyrillic), the endings read off known place names (`names.ENDINGS_BY_KNOWN_PREFIX`); in
    a spaced script without capitals, names with something glued on and names heard by
    sound."""
    endings = name_endings(code)
    latin = latin_script(code)
    return NameData(endings=endings, elided_before_capitals=latin,
                    ending_alternations=Table(territory_suffix_variants(code, endings)),
                    endings_by_known_prefix=writing.cased and not endings,
                    glued_names=not writing.cased and writing.spaced,
                    spelled_by_sound=spells_by_sound(code, writing))


def spells_by_sound(code: str, writing: WritingSystem) -> bool:
    """A spaced script without capitals that writes every vowel and consonant, a foreign name
    as it sounds (an abugida or syllabary: Telugu, Malayalam, Ethiopic, Georgian), not one
    that leaves vowels out (`_CONSONANT_SCRIPTS`: Arabic, Hebrew): its words are read to
    Latin letters and heard against a Latin name (checker/spoken_names.py)."""
    return not writing.cased and writing.spaced and _script_of(code) not in _CONSONANT_SCRIPTS


def derived_part(code: str, part: str) -> SimpleNamespace | None:
    """The data module `part` ("names", "abbreviations") as CLDR and simplemma give it, for
    a language folder that names it in `FROM_CLDR` instead of holding it: the case endings
    of CLDR's territory names and the language's own simplemma word list; the ordinal dot of
    CLDR's long date."""
    if part == "names":
        return SimpleNamespace(ENDINGS=name_endings(code), SIMPLEMMA=code)
    if part == "abbreviations":
        return SimpleNamespace(ORDINAL_DOT=ordinal_dot(code))
    return None


def cldr_number_data(code: str) -> tuple[str | None, bool, bool, tuple[str, ...]]:
    """(num2words speller, glued number words, ordinal dot, not number words) as
    `cldr_profile` reads them: what a language folder starts its `lex_attrs` from."""
    spellers = _num2words_code(code)
    return (spellers, _spells_glued(code, spellers), ordinal_dot(code),
            _second_words(code, spellers))


def lakh_grouping(code: str) -> bool:
    """CLDR groups the locale's digits by lakh and crore ("#,##,##0": 1,20,000): its
    press writes a number in scale words with digits after a larger scale ("२ अरब ५० करोड":
    2.5 billion), as its Hindi and Marathi neighbours do."""
    from babel import Locale

    pattern = Locale.parse(code).decimal_formats[None].pattern
    return pattern.split(".")[0].endswith("#,##,##0") or counts_in_lakh(code)


def counts_in_lakh(code: str) -> bool:
    """CLDR's compact number formats of the locale have a lakh or a crore (Urdu "لاکھ",
    "کروڑ") though its digits group by thousands: its press mixes scales as its neighbours
    do ("12 ارب 50 کروڑ": 12.5 billion)."""
    from checker.facts.number_sources import compact_scales

    return any(value in (10**5, 10**7) for table in compact_scales((code,))
               for value in table.values())


def caseless_names(code: str) -> bool:
    """CLDR writes the month names in a script without case (Devanagari, Tamil...): its
    postpositions are glued to them ("जूनमध्ये", "ஜூனில்"), read as the name's compounds."""
    from babel.dates import get_month_names

    names = get_month_names("wide", "format", code).values()
    return all(name.lower() == name.upper() for name in names)


def _open_stems(found: dict, what: str, code: str) -> dict:
    """`found` and the CLDR names (`what`: "month" or "weekday") ending in a virama without
    it: a glued ending puts its vowel sign there ("ஜூன்" -> "ஜூனில்": in June)."""
    import unicodedata

    from babel.dates import get_day_names, get_month_names

    weekday_names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                     "Sunday")
    if what == "month":
        names = {n.lower(): k for k, n in get_month_names("wide", "format", code).items()}
    else:
        names = {n.lower(): weekday_names[k] for k, n in get_day_names("wide", "format",
                                                                      code).items()}
    out = dict(found)
    vowels = _long_vowel_letters(code)
    for name, value in names.items():
        if len(name) >= 4 and "VIRAMA" in unicodedata.name(name[-1], ""):
            out.setdefault(name[:-1], value)
        out.update(_spelt_otherwise(name, value, vowels))
    return out


# The Arabic script's long-vowel letters (matres lectionis), by their Unicode names: the
# letters a case or number ending replaces at the end of a name (Pashto "دوشنبه" ->
# "دوشنبې": on Monday; "جنوري" -> "جنورۍ"; Sindhi "اڱارو" -> "اڱاري")
_LONG_VOWELS = ("ALEF", "WAW", "YEH", "FARSI YEH", "YEH WITH TAIL", "YEH BARREE", "E", "AE",
                "HEH", "HEH GOAL", "ALEF MAKSURA", "TEH MARBUTA")


# Arabic-script letters typed for one another (one keyboard's heh or yeh for another's):
# Kurdish "هەینی" for CLDR's "ھەینی" (Friday), Urdu "جمعه" for "جمعہ"
_LETTER_TWINS = (str.maketrans({"\u06be": "\u0647", "\u06c1": "\u0647"}),
                 str.maketrans({"\u064a": "\u06cc", "\u06cc": "\u064a"}),
                 str.maketrans({"\u0643": "\u06a9", "\u06a9": "\u0643"}))


def _long_vowel_letters(code: str) -> str:
    """The long-vowel letters of the Arabic script among the language's CLDR letters."""
    import unicodedata

    return "".join(sorted(ch for ch in _letters(code) if unicodedata.name(ch, "").removeprefix(
        "ARABIC LETTER ") in _LONG_VOWELS and unicodedata.name(ch, "").startswith("ARABIC")))


def _spelt_otherwise(name: str, value, vowels: str) -> dict:
    """Forms of a CLDR name (in a script without case) its press writes: two words as one
    ("پنج شنبه" -> "پنجشنبه", "پنج‌شنبه": a joiner is read as nothing); a name of five
    letters or more that ends in a long vowel with another long vowel at its end."""
    out = {}
    if " " in name:
        out[name.replace(" ", "")] = value
    for table in _LETTER_TWINS:
        for form in (name, *out):
            out.setdefault(form.translate(table), value)
    for form in (name, *out):
        if len(form) >= 5 and form[-1] in vowels:
            out.update((form[:-1] + vowel, value) for vowel in vowels if vowel != form[-1])
    return out


def unit_named_dates(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(weekday names, month names) of CLDR that CLDR also gives as the name of a unit of
    time, in any width or as a word of it: Pashto "اونۍ" and Urdu "ہفتہ" are Saturday and
    the week, Filipino "linggo" Sunday and the week, so "last week" is no Saturday. Such a
    weekday is one only right before a date; such a month never."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names

    locale = Locale.parse(code)
    units = {word for key, widths in locale.unit_display_names.items()
             if key.startswith("duration-") for name in widths.values()
             for word in name.lower().split()}  # Filipino "mga linggo": weeks
    days, months = set(), set()
    for context in ("format", "stand-alone"):
        days |= {n.lower() for n in get_day_names("wide", context, code).values()}
        months |= {n.lower() for n in get_month_names("wide", context, code).values()}
    return tuple(sorted(days & units)), tuple(sorted(months & units))


def latin_script(code: str) -> bool:
    """CLDR's likely script of the language is Latin: a letter and an apostrophe before a
    capital are an elided word there ("f'Moska", "d'Espanya"), never part of a name (the
    Uzbek letter of "O'zbekiston" is a capital itself)."""
    from checker.glossary.cldr_tables import likely_script

    return likely_script(code) == "Latn"


def capitalised_short_weekdays(code: str, writing: WritingSystem) -> tuple[str, ...]:
    """CLDR's short weekday names of one word, where the language has capitals and CLDR
    writes every one capitalised: in lower case inside a sentence such a word is another
    word (Yoruba "ọrọ̀ ajé": the economy; "Ajé" is Monday's short name)."""
    from babel.dates import get_day_names

    if not writing.cased:
        return ()
    names = list(get_day_names("abbreviated", "format", code).values())
    if not all(n[:1].isupper() for n in names):
        return ()
    return tuple(n for n in names if " " not in n)


def months_end_alike(code: str) -> bool:
    """CLDR's month names are each several words ending in one word, the word for month
    ("нэгдүгээр сар" ... "арван хоёрдугаар сар"): a case ending goes on that word."""
    from babel.dates import get_month_names

    names = [n.lower().split() for n in get_month_names("wide", "format", code).values()]
    return all(len(n) > 1 for n in names) and len({n[-1] for n in names}) == 1


def unaccented_calendar(code: str) -> bool:
    """A Latin-script language whose CLDR month and weekday names carry no accent: the
    accents its spell-out rules write ("siyám", "tatló": nine, three in Filipino) mark
    stress for a dictionary and its press leaves them out ("siyam na buwan"), so number
    words are read without them. A language whose calendar names carry accents ("sábado",
    "Ọjọ́rú") keeps its words as written."""
    import unicodedata

    from babel import Locale

    if not latin_script(code):
        return False
    locale = Locale.parse(code)
    names = [*locale.months["format"]["wide"].values(), *locale.days["format"]["wide"].values()]
    return all(unicodedata.normalize("NFD", n) == n for n in names)


def ordinal_dot(code: str) -> bool:
    """A dot after a day number makes it an ordinal ("3. marts") where CLDR's long date
    format writes one after the day ("d. MMMM y")."""
    import re

    from babel import Locale

    pattern = Locale.parse(code).date_formats["long"].pattern
    return re.search(r"(?<![A-Za-z])d{1,2}\.", pattern) is not None


def _second_words(code: str, spellers: str | None) -> tuple[str, ...]:
    """The ordinal "second" in every form the spellers give: in many languages it is "other"
    as often ("toinen", "anden", "drugi", "kedua": both), so only a day in a date, never a
    number of its own (a folder says where it is not)."""
    from checker.facts.number_sources import cardinal_spellings, ordinal_spellings

    words = ordinal_spellings(code, spellers, 2)
    if caseless_names(code):  # a number word of one letter is as often a word of another
        # meaning in a script without case (Nepali "छ": six, and "is"): never read alone
        words |= {w for n in range(10) for w in cardinal_spellings(code, spellers, n)
                  if len(w) == 1}
    return tuple(sorted(words))


def _num2words_code(code: str) -> str | None:
    """The language's own num2words code, where num2words has a speller for it."""
    from num2words import CONVERTER_CLASSES

    return code if code in CONVERTER_CLASSES else None


def _spells_glued(code: str, spellers: str | None) -> bool:
    """Number words are written as one word where the language's speller (num2words, else
    CLDR's RBNF) writes three thousand as one word ("kolmetuhatta")."""
    from checker.facts.number_sources import spelled_glued

    return spelled_glued(code, spellers)


def inflected_date_names(code: str) -> tuple[dict[str, int], dict[str, str], tuple[str, ...]]:
    """(month forms, weekday forms, forms a date only in lower case) of CLDR's wide month
    and weekday names, as simplemma's word list of the language gives their forms
    ("lokakuussa" -> "lokakuu", "sredo" -> "sreda"). A form the list also knows capitalised
    as a name's ("Marca", of Marc), and every form where CLDR writes the names in lower case,
    is a date only in lower case or opening a sentence. Empty without simplemma or
    a list for the language."""
    from babel.dates import get_day_names, get_month_names

    from checker.facts.wordlist_store import forms_of, lemma_of

    weekday_names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                     "Sunday")
    names: dict[str, tuple[str, int | str]] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context, code).items():
            names.setdefault(name.lower(), ("month", number))
        for index, name in get_day_names("wide", context, code).items():
            names.setdefault(name.lower(), ("weekday", weekday_names[index]))
    # where CLDR writes the names in lower case, a capital inside a sentence makes a form
    # a name's ("Julije": Julija's), not a date's
    lower_case = all(name[:1].islower() for name in
                     get_month_names("wide", "format", code).values())
    names = {name: entry for name, entry in names.items() if " " not in name}
    months: dict[str, int] = {}
    weekdays: dict[str, str] = {}
    lower_only: set[str] = set()
    found = forms_of(code, names)
    letters = _letters(code)
    for form, lemma in sorted(found.items()):
        if not set(form.lower()) <= letters or form.lower() in names or len(form) < 4 or (
                form[:3].lower() != lemma[:3] or len(lemma) < 4):
            continue  # the name itself, an abbreviation, a spelling outside the alphabet
            # ("marəc"), a form not starting as the name does, or one of a name of three
            # letters ("maid" is lands before it is Mays)
        form = form.lower()
        capitalised = form.capitalize()
        if lower_case or found.get(capitalised, lemma) != lemma or lemma_of(
                code, capitalised) not in (None, lemma, lemma.capitalize()):
            lower_only.add(form)  # "Marca": a form of the name Marc as well as of "marec"
        what, value = names[lemma]
        if what == "month":
            months.setdefault(form, int(value))
        else:
            weekdays.setdefault(form, str(value))
    return months, weekdays, tuple(sorted(lower_only))


# An ending is a name ending where the word list gives it to this many CLDR territory names
NAME_ENDING_NAMES = 25


def name_endings(code: str) -> tuple[str, ...]:
    """Case endings of names, read from the forms simplemma's word list of the language gives
    CLDR's one-word territory names ("Japaniin", "Japanissa" of "Japani"; "Japonsko" of
    "Japonska"): the letters after what a form shares with its name (all but the name's last
    letter at most), and the name's letters it replaces, each kept where it ends the forms of
    `NAME_ENDING_NAMES` names or more, four letters at most; longest first."""
    from babel import Locale

    from checker.facts.wordlist_store import forms_of

    names = {name.lower() for name in Locale.parse(code).territories.values()
             if name.isalpha()}
    seen: dict[str, set[str]] = defaultdict(set)
    forms = forms_of(code, names)
    for form, name in forms.items():
        form = form.lower()
        shared = _shared_start(form, name)
        if form == name or len(shared) < 3 or len(shared) < len(name) - 1:
            continue
        for ending in (form[len(shared):], name[len(shared):]):
            if ending:
                seen[ending].add(name)
    endings = {e for e, found in seen.items() if len(found) >= NAME_ENDING_NAMES and len(e) <= 4}
    endings |= {link + ending for link in _linking_letters(forms, endings)
                for ending in endings if len(link + ending) <= 4 and not ending.startswith(link)}
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


def _linking_letters(forms: dict[str, str], endings: set[str]) -> set[str]:
    """The letters the word list puts between a name and one of its case endings for
    `NAME_ENDING_NAMES` names or more (Estonian "Jaapan" -> "Jaapaniga", with Japan: the
    genitive's "i" before "ga")."""
    seen: dict[str, set[str]] = defaultdict(set)
    for form, name in forms.items():
        form = form.lower()
        link, rest = form[len(name):len(name) + 1], form[len(name) + 1:]
        if form.startswith(name) and rest in endings and link + rest not in endings:
            seen[link].add(name)
    return {link for link, found in seen.items() if len(found) >= NAME_ENDING_NAMES}


# A suffix of CLDR's territory names has a variant where the word list knows the variant's
# word as a name of its own for this many territories
SUFFIX_VARIANT_NAMES = 25
# The longest territory-name suffix read
LONGEST_SUFFIX = 4


def territory_suffix_variants(code: str, endings: tuple[str, ...]) -> dict[str, str]:
    """The suffixes CLDR's territory names end in that the press writes otherwise, as
    (variant, CLDR's suffix), with the language's case endings after them too: where the
    word list knows, for `SUFFIX_VARIANT_NAMES` of the names or more, the name with another
    common suffix as a word of its own ("Japanio" beside CLDR's "Japanujo" in Esperanto).
    A variant that is itself a CLDR name keeps its own reading ("Niĝerio" is no "Niĝero")."""
    from babel import Locale

    if not _has_word_list(code):
        return {}
    names = {name for name in Locale.parse(code).territories.values() if name.isalpha()}
    counts: dict[str, int] = defaultdict(int)
    for name in names:
        for size in range(1, LONGEST_SUFFIX + 1):
            counts[name[-size:]] += 1
    common = {suffix for suffix, count in counts.items() if count >= SUFFIX_VARIANT_NAMES // 2}
    candidates: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        for suffix in common:
            stem = name[: -len(suffix)]
            if not name.endswith(suffix) or len(stem) < 3:
                continue
            for other in common:
                word = stem + other
                if not other.endswith(suffix) and not suffix.endswith(other) and (
                        word not in names):
                    candidates[word].append((other, suffix))
    own = _own_lemmas(code, sorted(candidates))
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for word, pairs in candidates.items():
        if word in own:
            for pair in pairs:
                seen[pair] += 1
    pairs = {variant.lower(): suffix.lower() for (variant, suffix), count in seen.items()
             if count >= SUFFIX_VARIANT_NAMES}
    return {variant + ending: suffix for variant, suffix in pairs.items()
            for ending in ("", *endings)}


def _own_lemmas(code: str, words: list[str]) -> set[str]:
    """The words the language's word list holds as their own entry (a lemma)."""
    from checker.facts.wordlist_store import SqliteWordMap, open_list

    entries = open_list(code)
    if not isinstance(entries, SqliteWordMap):
        return {word for word in words if entries.get(word) == word}
    out: set[str] = set()
    for start in range(0, len(words), 400):  # a query's parameters are limited in number
        chunk = words[start:start + 400]
        rows = entries._connection().execute(
            f"SELECT key, value FROM entry WHERE key IN ({','.join('?' * len(chunk))})", chunk)
        out.update(key for key, value in rows if key == value)
    return out


def _has_word_list(code: str) -> bool:
    """simplemma is installed and has a word list of the language."""
    from importlib.util import find_spec

    if find_spec("simplemma") is None:
        return False
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return code in SUPPORTED_LANGUAGES


def _letters(code: str) -> set[str]:
    """The letters of the language as CLDR writes its territory, month and weekday names,
    lower case: the alphabet a form of a name is spelled in."""
    from babel import Locale

    locale = Locale.parse(code)
    text = " ".join([*locale.territories.values(), *locale.months["format"]["wide"].values(),
                     *locale.days["format"]["wide"].values()])
    return {ch for ch in text.lower() if ch.isalpha()}


def _shared_start(one: str, other: str) -> str:
    """The letters both words start with."""
    size = 0
    while size < min(len(one), len(other)) and one[size] == other[size]:
        size += 1
    return one[:size]
