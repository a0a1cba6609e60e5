"""The "adding a language" reference, generated from the language profile's declarations
(docs/adding-a-language.md; `python -m checker.lang.reference docs/adding-a-language.md`
writes it)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any, get_type_hints

from checker.lang.profile import LanguageProfile, declared_fields
from checker.lang.table import Table, type_name

# What each data module of a language folder is for.
MODULES = {
    "abbreviations": "abbreviations that do not end a sentence",
    "lex_attrs": "number words and the words around numbers (qualifiers, units, years, times)",
    "dates": "month and weekday names beyond CLDR, date and time marks, the CLDR locales",
    "names": "how names are written and inflected, the word lists that tell names from words",
    "translation": "what translation engines call the language",
    "writing": "proclitics, and overrides of the writing system CLDR gives",
}

INTRO = """\
# Adding a language

<!-- Generated from checker/lang/profile.py by
`python -m checker.lang.reference docs/adding-a-language.md`;
do not edit by hand (tests/lang/test_reference.py checks that it is up to date). -->

Everything the checker knows about a language is its *profile*:
`checker.lang.profile.profile("de")` is a frozen `LanguageProfile` whose fields are listed
below, each with its type, its default and the data name it is read from. A language is a
folder `checker/lang/<code>/` (ISO 639-1 code; script variants such as `sr-Cyrl` share the
folder of their language) of small Python modules that set upper-case names; every name not
set takes its default. The code that uses the profile never names a language.

## What a language gets without a folder

A language CLDR knows but that has no folder (Danish, Finnish, Catalan, Indonesian...) is
read from the data the checker ships (`checker/lang/no_folder.py`):

- numbers in words, from CLDR's spell-out rules (RBNF, every gender and case rule set CLDR
  has) and num2words where it has the language; glued number words ("kolmetuhatta") where
  its speller writes three thousand as one word; scale words and their abbreviations from
  CLDR's compact number formats ("mia.", "milj.");
- dates and times: CLDR's month and weekday names in every context and width, their case
  forms as the language's simplemma word list gives them ("lokakuussa", "reedel", "v
  sredo"; where CLDR writes months in lower case, a capitalised form inside a sentence is a
  name: "Julije"), day periods, relative periods ("last week"), units of time; a dot after
  a day number is an ordinal where CLDR's long date has one ("3. marts");
- places, languages, currencies and units by their CLDR names, and the names' case endings
  as the word list inflects CLDR's territory names ("Japaniin", "Jaapanisse", "na
  Japonsko"); the writing system (cased, spaced, direction); numbers in digits,
  percentages and clock times as every language reads them;
- in a spaced script without capitals (Telugu, Malayalam, Amharic, Georgian): CLDR's
  names with a postposition or a one-letter preposition glued on ("ఢిల్లీలో", "ലണ്ടനിൽ",
  "በካይሮ", `GLUED_NAMES`), and, where the script writes its vowels, Latin names heard in
  its words by their consonants (`SPELLED_BY_SOUND`); a person's name not heard there is
  reported missing. Without capitals and without CLDR names in the language (Dhivehi),
  no name is read: the `entity.unread` warning says so once per document.

The ordinal "second" is only a day in a date there, never a count of its own: in many
languages it is "other" as often ("toinen", "anden", "drugi").

What none of these gives stays unread: case forms of number words that CLDR does not spell
("kolme tuhande") and of place names ("Japaniin"), the
counted nouns and qualifiers around numbers ("at least", "about"), ordinals CLDR does not
spell, abbreviations that do not end a sentence. A figure or name in such a form is then
reported missing (a warning), not changed. A language CLDR does not know gets the defaults
and the `number.unread` warning. A language given a folder is read from its CLDR locale
as before, with what its folder sets; num2words and the case forms of month and weekday
names are then set there (`NUM2WORDS`, `GLUED_NUMBERS`, `MONTHS`, `WEEKDAYS`).

## Steps

1. Create `checker/lang/<code>/__init__.py` with a one-line docstring naming the language.
2. Check what CLDR already gives (month and weekday names, territory and currency names,
   the writing system); set only what it lacks, in the modules below. Names starting with
   `_` are private building blocks of a module, not data.
3. Run `python3 -m pytest -q tests/lang/test_profile.py`: it fails on a name the profile does
   not declare and on a value of the wrong type (a list is taken where a tuple is declared,
   a set where a set is, a dict where a dict is).
4. A new kind of language data is a new field: declare it (type, default, meaning, the data
   name it is read from) in `checker/lang/profile.py` or the `*_fields.py` module of its group,
   read it as `profile(lang).<group>.<field>`, and regenerate this file.

## What a language folder holds

| module | holds |
| --- | --- |
| `__init__.py` | a docstring naming the language |
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _default(f: dataclasses.Field, declared: Any) -> str:
    value = f.default
    if isinstance(value, Table):
        text = repr(dict(value))
    elif isinstance(value, frozenset):
        text = "set()" if not value else repr(set(value))
    else:
        text = repr(value)
    derived = f.metadata["derived"]
    return f"from {derived}; else `{text}`" if derived else f"`{text}`"


def _group_docs() -> dict[str, str]:
    hints = get_type_hints(LanguageProfile)
    return {
        f.name: f.metadata["doc"]
        for f in dataclasses.fields(LanguageProfile)
        if dataclasses.is_dataclass(hints[f.name])
    }


def _field_rows(fields: list[tuple[str, Any, dataclasses.Field]]) -> list[str]:
    rows = ["| field | type | default | set as | meaning |", "| --- | --- | --- | --- | --- |"]
    for path, declared, f in fields:
        source = f.metadata["source"]
        where = f"`{source.split('.')[0]}.py`: `{source.split('.')[1]}`" if source else "-"
        rows.append(
            f"| `{path}` | `{_cell(type_name(declared))}` | {_cell(_default(f, declared))} "
            f"| {where} | {_cell(f.metadata['doc'])} |"
        )
    return rows


def markdown() -> str:
    """The reference as Markdown."""
    lines = INTRO.splitlines()
    lines += [f"| `{module}.py` | {text} |" for module, text in MODULES.items()]
    fields = declared_fields()
    top = [row for row in fields if "." not in row[0]]
    lines += ["", "## Fields", "", "### The language", ""]
    lines += _field_rows(top)
    for group, doc in _group_docs().items():
        lines += ["", f"### `{group}`: {doc}", ""]
        lines += _field_rows([row for row in fields if row[0].startswith(group + ".")])
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m checker.lang.reference docs/adding-a-language.md
    # A developer's tool: an option is never taken for the file to write ("--help" once was).
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1].startswith("-")):
        print("usage: python -m checker.lang.reference [OUT.md]  (writes the generated page; "
              "default docs/adding-a-language.md)", file=sys.stderr)
        sys.exit(2)
    Path(sys.argv[1] if len(sys.argv) > 1 else "docs/adding-a-language.md").write_text(
        markdown(), encoding="utf-8"
    )
