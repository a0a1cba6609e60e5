"""One declared, typed profile per language, in the spirit of spaCy's `Language.Defaults`.

Every piece of language data is a field declared once, with its type, its default, what it
means and the data-module name it is read from (the groups of number, date and name data are
declared in `number_fields.py`, `date_fields.py`, `name_fields.py`): `numbers.number_words`
is read from `checker/lang/<code>/lex_attrs.py` as `NUMBER_WORDS`. A language folder sets
only the names where it differs from the defaults; `profile("de")` is the filled, frozen
result.

The writing system (cased, spaced, direction) is derived from CLDR (Babel's likely script
and character order) for every language; `writing.py` may override it. A language without a
folder is read from CLDR alone: its own CLDR locale and, where num2words has it, its number
spellers, and the inflected month and weekday forms of its simplemma word list
(`checker/lang/no_folder.py`).

"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, get_type_hints

from checker.compiled_cache import cached_on_disk
from checker.lang import available_languages, base_language, data_module
from checker.lang.date_fields import DateData
from checker.lang.declare import SET, TUPLE, about
from checker.lang.name_fields import NameData
from checker.lang.number_fields import NumberData
from checker.lang.table import Table, freeze

__all__ = [
    "DateData",
    "LanguageProfile",
    "NameData",
    "NumberData",
    "SegmentationData",
    "Table",
    "TranslationData",
    "WritingSystem",
    "data_parts",
    "declared_fields",
    "declared_names",
    "profile",
]


@dataclass(frozen=True)
class WritingSystem:
    """How the language is written."""

    cased: bool = field(
        default=True,
        metadata=about(
            "writing.CASED",
            "The script has capital letters, so a capital can mark a name (Latin, Cyrillic, "
            "Greek, Armenian are cased).",
            derived="the CLDR likely script",
        ),
    )
    spaced: bool = field(
        default=True,
        metadata=about(
            "writing.SPACED",
            "Words are separated by spaces (Han, Japanese, Thai, Lao, Khmer, Myanmar and "
            "Tibetan script are unspaced).",
            derived="the CLDR likely script",
        ),
    )
    direction: Literal["ltr", "rtl"] = field(
        default="ltr",
        metadata=about(
            "writing.DIRECTION",
            "Direction of the script: left to right or right to left.",
            derived="CLDR's character order",
        ),
    )
    accents_optional: bool = field(
        default=False,
        metadata=about(
            "writing.ACCENTS_OPTIONAL",
            "Month, weekday and number words are read without their accents: capitals drop "
            'them and case forms move them ("Σάββατο", "Σαββάτου", "ΣΑΒΒΑΤΟ").',
        ),
    )
    glued_after: int = field(
        default=0,
        metadata=about(
            "writing.GLUED_AFTER",
            "No word of the language is longer than this many letters: a longer run is words "
            "typed without their spaces, and month and weekday names are also read inside it "
            "(0: never).",
        ),
    )
    transliterate: str | None = field(
        default=None,
        metadata=about(
            "lex_attrs.TRANSLITERATE",
            "The language is written in Cyrillic and Latin alike: every number word and date form "
            "is also taken in the other script (a `cyrtranslit` language code).",
        ),
    )


@dataclass(frozen=True)
class SegmentationData:
    """Sentence splitting."""

    abbreviations: frozenset[str] = field(
        default=SET,
        metadata=about(
            "abbreviations.ABBREVIATIONS",
            'Words that end in a dot without ending a sentence (lower case, no dot): "dr".',
        ),
    )
    titles: frozenset[str] = field(
        default=SET,
        metadata=about(
            "abbreviations.TITLES",
            'Titles abbreviated before a name (lower case, no dot): "sen". They end no sentence '
            "in this language, and, capitalised before a capitalised word, in any other: a name "
            "keeps its title in a foreign text.",
        ),
    )
    ordinal_dot: bool = field(
        default=False,
        metadata=about(
            "abbreviations.ORDINAL_DOT",
            'A dot after a number marks an ordinal ("3. Oktober") and does not end a sentence.',
        ),
    )


@dataclass(frozen=True)
class TranslationData:
    """What translation engines call the language."""

    apertium_codes: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "translation.APERTIUM_CODES",
            "Apertium language codes, most specific first (default: the ISO 639-3 code).",
        ),
    )
    apertium_script: str | None = field(
        default=None,
        metadata=about(
            "translation.APERTIUM_SCRIPT",
            'The script Apertium\'s analysers read ("Latn"): text in another script is '
            "transliterated first.",
        ),
    )


@dataclass(frozen=True)
class LanguageProfile:
    """Everything the checker knows about one language; the defaults are a language it
    knows nothing about."""

    code: str = field(
        default="",
        metadata=about(None, "The language's data folder (`sr` for sr-Cyrl); empty if none."),
    )
    from_cldr: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "__init__.FROM_CLDR",
            'Data modules the folder does not hold but takes from CLDR and simplemma, as a '
            'language without a folder does ("names": the case endings of CLDR\'s territory '
            'names and the language\'s simplemma word list; "abbreviations": the ordinal dot of '
            "CLDR's long date); a module neither held nor named here takes the defaults.",
        ),
    )
    writing: WritingSystem = field(
        default=WritingSystem(), metadata=about(None, "How the language is written.")
    )
    proclitics: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "writing.PROCLITICS",
            'Words written onto the next word ("و", "ال"): names, dates and number words are '
            "also found with them and without them.",
        ),
    )
    initial_mutations: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "writing.INITIAL_MUTATIONS",
            'How the first letters of a word change with the word before it (Celtic '
            'languages), each rule "mutated>base": the start of a mutated word and of its '
            'base form ("bhf>f": "bhFeabhra" is "Feabhra"; "h>": a prefix before a vowel). '
            "Month, weekday and number words are also read mutated, names also unmutated "
            "(`checker/lang/mutations.py`).",
            derived="the no-folder table `checker/lang/mutation_tables.py`",
        ),
    )
    cldr_locales: tuple[str, ...] = field(
        default=TUPLE,
        metadata=about(
            "dates.CLDR_LOCALES",
            "The CLDR locales whose month, weekday, territory and currency names serve the "
            "language, in order (empty: the language's own code).",
        ),
    )
    segmentation: SegmentationData = field(
        default=SegmentationData(), metadata=about(None, "Sentence splitting.")
    )
    numbers: NumberData = field(
        default=NumberData(), metadata=about(None, "Number words and the words around numbers.")
    )
    dates: DateData = field(default=DateData(), metadata=about(None, "Dates and times."))
    names: NameData = field(default=NameData(), metadata=about(None, "Names."))
    translation: TranslationData = field(
        default=TranslationData(), metadata=about(None, "Translation engines.")
    )


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def declared_fields(cls: type = LanguageProfile, prefix: str = "") -> list[tuple[str, Any, Any]]:
    """Every leaf field: (path "numbers.number_words", declared type, dataclass field)."""
    hints = _hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        path = prefix + f.name
        if dataclasses.is_dataclass(hints[f.name]):
            out.extend(declared_fields(hints[f.name], path + "."))
        else:
            out.append((path, hints[f.name], f))
    return out


def declared_names() -> dict[str, str]:
    """Every data name a language module may set, "lex_attrs.NUMBER_WORDS", with the field
    path it fills ("numbers.number_words")."""
    return {f.metadata["source"]: path for path, _, f in declared_fields()
            if f.metadata["source"]}


def data_parts() -> frozenset[str]:
    """The data modules a language folder may hold."""
    return frozenset(name.split(".")[0] for name in declared_names())


# Scripts (ISO 15924) of CLDR likely subtags: which have capitals, which no word spaces.
_CASED_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek", "Armn", "Copt", "Glag", "Adlm", "Cher"})
_UNSPACED_SCRIPTS = frozenset(
    {"Hans", "Hant", "Hani", "Jpan", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"}
)


# Scripts that leave most vowels unwritten: a word read to Latin letters is no sound of it
_CONSONANT_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo"})


def _script_of(code: str) -> str:
    """The language's likely script in CLDR ("Arab" of "ar_Arab_EG"); "" if none."""
    from babel.core import get_global

    likely = str(get_global("likely_subtags").get(code, "")).split("_")  # "ar_Arab_EG"
    return next((part for part in likely[1:] if len(part) == 4), "")


def _writing_from_cldr(code: str) -> dict[str, Any]:
    """cased, spaced and direction of a language from CLDR: its likely script and its
    character order."""
    from babel import Locale, UnknownLocaleError

    script = _script_of(code)
    try:
        order = Locale.parse(code).character_order
    except (UnknownLocaleError, ValueError):
        return {}
    out: dict[str, Any] = {"direction": "rtl" if order == "right-to-left" else "ltr"}
    if script:
        out["cased"] = script in _CASED_SCRIPTS
        out["spaced"] = script not in _UNSPACED_SCRIPTS
    return out


def _filled(cls: type, code: str) -> Any:
    """An instance of `cls` with every field its language folder sets (recursively)."""
    hints = _hints(cls)
    values: dict[str, Any] = _writing_from_cldr(code) if cls is WritingSystem else {}
    for f in dataclasses.fields(cls):
        declared = hints[f.name]
        if dataclasses.is_dataclass(declared):
            values[f.name] = _filled(declared, code)
            continue
        source = f.metadata["source"]
        if source is None:
            continue
        part, name = source.split(".")
        module = data_module(code, part)
        if module is not None and hasattr(module, name):
            values[f.name] = freeze(getattr(module, name), declared)
    return cls(**values)


@cache
@cached_on_disk("language-profile")
def _folder_profile(code: str) -> LanguageProfile:
    if code not in available_languages():
        from checker.lang.no_folder import cldr_profile

        return cldr_profile(code)
    return dataclasses.replace(_filled(LanguageProfile, code), code=code)


@cache  # asked tens of thousands of times per check: one lookup, not a tag parse
def profile(lang: str) -> LanguageProfile:
    """The profile of a language tag: "sr-Cyrl" and "sr" share the `sr` folder; a language
    without a folder gets what CLDR and num2words give (`no_folder.cldr_profile`)."""
    return _folder_profile(base_language(lang))
