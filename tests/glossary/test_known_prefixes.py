"""A place name with a case ending glued on in a Latin-script language without a folder
(checker/glossary/known_prefixes.py); a tag with a region reads its language's data."""

from __future__ import annotations

import pytest
from support.news_pairs import pair_findings

from checker.glossary.known_prefixes import known_prefix


@pytest.mark.parametrize("lang", ["eu", "eu-ES"])
def test_a_known_place_with_a_glued_ending(lang: str) -> None:
    assert known_prefix("londresera", lang) == "londres"
    assert known_prefix("irakasle", lang) is None  # "teacher": no place starts it


@pytest.mark.parametrize(("lang", "english", "version"), [
    ("eu-ES", "He flew to London.", "Londresera hegan egin zuen."),
    ("mt-MT", "He flew to Moscow.", "Huwa tar f'Moska."),
])
def test_a_tag_with_a_region_is_checked(lang: str, english: str, version: str) -> None:
    assert [f for f in pair_findings(english, lang, version, ("entity",))
            if f.severity == "error"] == []
