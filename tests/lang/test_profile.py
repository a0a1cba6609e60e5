"""The language profile declares every data name of every language folder, with its type."""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

import pytest

import checker.lang
from checker.lang import available_languages, data_module
from checker.lang.profile import (
    LanguageProfile,
    data_parts,
    declared_fields,
    declared_names,
    profile,
)
from checker.lang.table import Table, freeze, type_problem

LANG_DIR = Path(checker.lang.__file__).parent
UPPER_CASE = re.compile(r"[A-Z][A-Z0-9_]*")


def _data_modules() -> list[tuple[str, str]]:
    """(language, module) of every `checker/lang/<code>/<module>.py`."""
    return sorted(
        (path.parent.name, path.stem)
        for path in LANG_DIR.glob("*/*.py")
        if not path.parent.name.startswith("_")
    )


def _set_names() -> list[tuple[str, str, str, object]]:
    """(language, module, NAME, value) of every upper-case name a language module sets."""
    out = []
    for lang, part in _data_modules():
        module = importlib.import_module(f"checker.lang.{lang}.{part}")
        for name, value in vars(module).items():
            if UPPER_CASE.fullmatch(name):
                out.append((lang, part, name, value))
    return out


def _field_types() -> dict[str, object]:
    """The declared type of every data name ("lex_attrs.NUMBER_WORDS")."""
    return {f.metadata["source"]: declared for _, declared, f in declared_fields()
            if f.metadata["source"]}


def _get(value: object, path: str) -> object:
    for part in path.split("."):
        value = getattr(value, part)
    return value


def test_every_upper_case_name_of_a_language_module_is_declared() -> None:
    declared = declared_names()
    undeclared = [
        f"checker/lang/{lang}/{part}.py: {name}"
        for lang, part, name, _ in _set_names()
        if f"{part}.{name}" not in declared
    ]
    assert not undeclared, "declare these in the language profile: " + ", ".join(undeclared)


def test_every_module_of_a_language_folder_is_a_declared_data_module() -> None:
    parts = data_parts() | {"__init__"}
    unknown = [f"{lang}/{part}.py" for lang, part in _data_modules() if part not in parts]
    assert not unknown, f"no profile field is read from {unknown}"


def test_every_name_a_language_sets_has_the_declared_type() -> None:
    types = _field_types()
    wrong = []
    for lang, part, name, value in _set_names():
        declared = types.get(f"{part}.{name}")
        if declared is None:
            continue  # undeclared: the test above reports it
        problem = type_problem(freeze(value, declared), declared)
        if problem:
            wrong.append(f"{lang}: {part}.{name}: {problem}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("value", "declared"),
    [
        ("ab", tuple[str, ...]),  # ("ab") is a string, not a one-item tuple
        ([1, 2], tuple[str, ...]),
        ({"a": "1"}, Table[str, int]),
        ({1: 1}, Table[str, int]),
        ({"a": "x"}, Table[str, float]),
        (True, int),
        (1, bool),
        ("yes", bool),
        (("a",), frozenset[str]),
        (3, str | None),
        ("up", tuple[str, ...] | None),
    ],
)
def test_a_value_of_a_wrong_type_is_reported(value: object, declared: object) -> None:
    assert type_problem(freeze(value, declared), declared)


@pytest.mark.parametrize(
    ("value", "declared"),
    [
        (["a", "b"], tuple[str, ...]),
        ({"a", "b"}, frozenset[str]),
        ({"half": 1 / 2, "one": 1}, Table[str, float]),
        (None, str | None),
        ("Latn", str | None),
        (3, int),
    ],
)
def test_a_value_of_the_declared_type_is_accepted(value: object, declared: object) -> None:
    assert type_problem(freeze(value, declared), declared) is None


def test_each_data_name_fills_one_field() -> None:
    sources = [f.metadata["source"] for _, _, f in declared_fields() if f.metadata["source"]]
    assert len(sources) == len(set(sources))


def test_every_field_is_documented() -> None:
    for path, _, f in declared_fields():
        assert f.metadata["doc"].strip().endswith((".", ")")), path
        assert f.metadata["source"] or path == "code", path


@pytest.mark.parametrize("lang", available_languages())
def test_the_profile_holds_what_the_data_modules_set(lang: str) -> None:
    filled = profile(lang)
    assert filled.code == lang
    for path, declared, f in declared_fields():
        source = f.metadata["source"]
        if source is None:
            continue
        part, name = source.split(".")
        missing = object()
        value = getattr(data_module(lang, part), name, missing)
        if value is missing and f.metadata["derived"]:
            continue  # from CLDR (the writing system), unless the folder sets it
        expected = f.default if value is missing else freeze(value, declared)
        assert _get(filled, path) == expected, path


@pytest.mark.parametrize("lang", ["xx", "tlh-Latn", "und", ""])
def test_a_language_cldr_does_not_know_gets_the_defaults(lang: str) -> None:
    assert profile(lang) == LanguageProfile()
    assert profile(lang).code == ""


def test_a_language_without_a_folder_is_read_from_cldr() -> None:
    thai = profile("th")
    assert thai.code == "" and thai.cldr_locales == ("th",)
    assert (thai.writing.cased, thai.writing.spaced) == (False, False)
    assert profile("fi").numbers.num2words == "fi" and profile("fi").numbers.glued_numbers
    assert profile("et").numbers.num2words is None  # num2words lacks it: RBNF alone
    assert not profile("ca").numbers.glued_numbers  # "tres mil"


def test_script_variants_share_the_language_folder() -> None:
    assert profile("sr-Cyrl").code == profile("sr").code == profile("sr_Latn").code == "sr"
    assert profile("sr-Cyrl") == profile("sr")
    assert profile("zh-Hant").cldr_locales == ("zh", "zh_Hant")


def test_profiles_are_frozen_and_hashable() -> None:
    profiles = {profile(lang) for lang in available_languages()}
    assert len(profiles) == len(available_languages())
    de = profile("de")
    with pytest.raises(dataclasses.FrozenInstanceError):
        de.names.capitalises_nouns = False  # type: ignore[misc]
    with pytest.raises(TypeError):
        de.numbers.multipliers["zig"] = 10  # type: ignore[index]
    assert de.numbers.multipliers["tausend"] == 1000


@pytest.mark.parametrize(
    ("lang", "cased", "spaced", "direction"),
    [
        ("de", True, True, "ltr"),
        ("sr-Cyrl", True, True, "ltr"),
        ("ar", False, True, "rtl"),
        ("he", False, True, "rtl"),
        ("fa", False, True, "rtl"),
        ("ja", False, False, "ltr"),
        ("zh", False, False, "ltr"),
        ("ko", False, True, "ltr"),
        ("hi", False, True, "ltr"),
    ],
)
def test_the_writing_system_comes_from_cldr(
    lang: str, cased: bool, spaced: bool, direction: str
) -> None:
    writing = profile(lang).writing
    assert (writing.cased, writing.spaced, writing.direction) == (cased, spaced, direction)


def test_one_proclitic_list_holds_the_prefixes_names_and_number_words_remove() -> None:
    proclitics = set(profile("ar").proclitics)
    # What the three lists of the past held: number words' "و"/"وال", names' articles.
    assert {"و", "وال", "ب", "ل", "ال", "بال"} <= proclitics
    assert {"ב", "ל", "מ", "ו", "וב", "ה", "ש"} <= set(profile("he").proclitics)


def test_a_folder_without_a_module_it_takes_from_cldr_gets_what_a_folderless_language_gets(
) -> None:
    from checker.lang.no_folder import name_endings, ordinal_dot

    assert not (LANG_DIR / "sv" / "names.py").exists()
    assert "names" in profile("sv").from_cldr
    swedish = profile("sv")
    assert swedish.names.endings == name_endings("sv") != ()
    assert swedish.names.simplemma == "sv"
    assert swedish.segmentation.ordinal_dot == ordinal_dot("sv")
    assert profile("ro").names.endings == name_endings("ro")


def test_a_folder_without_a_module_it_does_not_take_from_cldr_gets_the_defaults() -> None:
    # Persian holds its places (places.py) and no names.py: every other name field is
    # the default
    assert not (LANG_DIR / "fa" / "names.py").exists() and not profile("fa").from_cldr
    assert dataclasses.replace(profile("fa").names, place_names=Table()) == LanguageProfile().names
    assert not profile("hu").segmentation.ordinal_dot  # CLDR's long date has the dot
