"""An age said by its decade in words (checker/lang/{ru,zh,sq}/lex_attrs.py: DECADE_BEFORE,
DECADE_WORD_ENDINGS): "in her forties" against each language's way of saying it."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair

VERSIONS = {
    "ru": "По словам полиции, свидетельница в возрасте за сорок.",
    "zh": "警方说，目击者是一名四十多岁的女子。",
    "sq": "Sipas policisë, dëshmitarja është në të dyzetat.",
}


@pytest.mark.parametrize("lang", sorted(VERSIONS))
def test_the_age_is_a_decade(lang: str) -> None:
    assert [f.value for f in analyse(VERSIONS[lang], lang) if f.kind == "decade"] == ["1940"]


@pytest.mark.parametrize("lang", sorted(VERSIONS))
@pytest.mark.parametrize(("decade", "errors"), [("forties", 0), ("thirties", 1)])
def test_against_the_english_decade(lang: str, decade: str, errors: int) -> None:
    english = f"The witness, police said, is a woman in her {decade}."
    pair = SegmentPair("t", "en", english, lang, VERSIONS[lang])
    found = [f for f in check_pair(pair) if f.category in ("number", "date")]
    assert len([f for f in found if f.severity == "error"]) == errors
    if not errors:
        assert found == []


def test_a_price_after_the_same_preposition_is_no_age() -> None:
    text = "Он продал велосипед за сорок тысяч рублей."
    assert [f.kind for f in analyse(text, "ru") if f.category != "number"] == []
