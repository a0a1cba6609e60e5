"""A scale word after a hyphen multiplies the digits before it ("100-tisíc" is 100,000,
"$100-million" 100 million), and a decade's century said after an ordinal dot ("v 70.
rokoch 20. storočia": the 1970s) is part of the decade. Our own sentences."""

from __future__ import annotations

import pytest

from checker.facts.numeric import analyse


def _values(text: str, lang: str) -> list:
    return [(f.kind, f.value) for f in analyse(text, lang)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Námestím prešlo približne 100-tisíc ľudí.", "sk", 100_000),
    ("Štát vyčlenil 250-miliónov eur na opravy ciest.", "sk", 250_000_000),
    ("The province set up a $100-million relief fund.", "en", 100_000_000),
])
def test_a_scale_word_after_a_hyphen_multiplies_the_digits(text: str, lang: str,
                                                           value: int) -> None:
    assert ("cardinal", value) in _values(text, lang)


def test_an_age_after_a_hyphen_stays_an_age() -> None:
    assert _values("A 20-year-old man was arrested.", "en") == [("cardinal", 20)]


def test_the_century_of_a_decade_after_an_ordinal_dot_is_part_of_it() -> None:
    assert _values("Sídlisko postavili v 70. rokoch 20. storočia.", "sk") == [
        ("decade", "1970")]


def test_a_century_alone_is_still_read() -> None:
    assert _values("Kostol pochádza z 13. storočia.", "sk") == [("ordinal", 13)]
