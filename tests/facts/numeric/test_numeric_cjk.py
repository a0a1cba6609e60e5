"""Chinese and Japanese numeral runs, digits allowed in any place."""

from __future__ import annotations

import pytest

from checker.facts.number_words import lexicon
from checker.facts.numeric.cjk import cjk_value


@pytest.mark.parametrize("lang", ["zh", "ja"])
@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("二十三", 23),
        ("一百零五", 105),
        ("417.6万", 4_176_000),
        ("1万2000", 12_000),
        ("3億5000万", 350_000_000),
        ("2万5千", 25_000),
    ],
)
def test_numeral_runs(lang: str, run: str, value: int) -> None:
    assert cjk_value(run, lexicon(lang)) == value


@pytest.mark.parametrize("run", ["2二", "1万2億", "20十"])
def test_runs_that_are_not_one_number(run: str) -> None:
    # two digit groups in a row; a larger unit after a smaller; a digit group times a small place
    assert cjk_value(run, lexicon("ja")) is None
