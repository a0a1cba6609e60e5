"""Years and decades read by a number's context (`checker.facts.numeric.years`), through
`analyse`, the reader every language runs."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse


@pytest.mark.parametrize(("text", "lang", "kind", "value"), [
    ("The law was passed in 2022.", "en", "year", "2022"),
    ("Das Gesetz trat 2019 in Kraft.", "de", "bare_year", "2019"),
    ("A törvényt 2022-ben fogadták el.", "hu", "year", "2022"),
    ("Prices rose in the 1990s.", "en", "decade", "1990"),
])
def test_a_year_or_decade_by_context(text: str, lang: str, kind: str, value: str) -> None:
    dates = [f for f in analyse(text, lang) if f.category == "date"]
    assert [(f.kind, str(f.value)) for f in dates] == [(kind, value)]


@pytest.mark.parametrize(("text", "lang"), [
    ("The fund paid out 2000 euros.", "en"),
    ("Bis 2000 Euro werden erstattet.", "de"),
])
def test_an_amount_is_never_a_year(text: str, lang: str) -> None:
    assert [f for f in analyse(text, lang) if f.category == "date"] == []
