from pathlib import Path

import pytest

from checker.errors import InputError
from checker.language import (
    detect_language,
    identify,
    language_from_filename,
    validate_tag,
)


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("tr.txt", "tr"),
        ("story.sr-Cyrl.md", "sr-Cyrl"),
        ("sr-cyrl.txt", "sr-Cyrl"),
        ("troops.tr.txt", "tr"),
        ("en-gb.txt", "en-GB"),
        ("notes.txt", None),
        ("story.txt", None),
        ("xx.txt", None),
    ],
)
def test_language_from_filename(name: str, tag: str | None) -> None:
    assert language_from_filename(Path(name)) == tag


def test_detection_is_deterministic_and_right() -> None:
    german = (
        "Der NATO-Generalsekretär sagte am Donnerstag, dass zusätzliche Truppen "
        "in den Kosovo geschickt werden."
    )
    assert {detect_language(german) for _ in range(5)} == {"de"}


def test_serbian_cyrillic_detected_by_its_own_letters() -> None:
    text = "Генерални секретар НАТО-а рекао је у четвртак да ће додатне трупе ђаци и ћерке."
    assert detect_language(text) == "sr-Cyrl"


def test_identify_prefers_given_then_filename_then_detection() -> None:
    text = "Der NATO-Generalsekretär sagte am Donnerstag, dass zusätzliche Truppen kommen."
    assert identify(Path("x.txt"), text, "de-AT") == ("de-AT", "given")
    assert identify(Path("de.txt"), text) == ("de", "filename")
    assert identify(Path("story.txt"), text) == ("de", "detected")


def test_unknown_tags_are_refused() -> None:
    with pytest.raises(InputError, match="unknown language tag 'klingon'"):
        validate_tag("klingon")


def test_undetectable_text() -> None:
    with pytest.raises(InputError, match="cannot detect"):
        identify(Path("story.txt"), "1234 5678")


def test_a_guess_is_refused_rather_than_used() -> None:
    with pytest.raises(InputError, match=r"cannot tell the language reliably \(best guess fi"):
        identify(Path("note.txt"), "Hello")


def test_babel_locales_keeps_order_and_skips_names_cldr_does_not_know():
    from checker.language import babel_locales

    locales = babel_locales(["sr_Latn", "xx_Nope", "de", ""])
    assert [str(locale) for locale in locales] == ["sr_Latn", "de"]
