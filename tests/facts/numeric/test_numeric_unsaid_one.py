"""A bare unit of time before "and" and a count of a smaller unit is one of it
(checker/facts/numeric/unsaid_one.py): "minutu i pet sekundi" is 1 minute and 5 seconds."""

from __future__ import annotations

import pytest

from checker.context import CheckContext
from checker.facts.numeric import analyse
from checker.model import SegmentPair
from checker.pipeline import check_pair


def _counts(text: str, lang: str) -> list[tuple[object, str | None]]:
    return sorted((f.value, f.unit) for f in analyse(text, lang) if f.category == "number")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Za to mu je trebala minuta i pet sekundi.", "hr", [(1, "minute"), (5, "second")]),
    ("Vožnja do zračne luke traje sat i 20 minuta.", "hr", [(1, "hour"), (20, "minute")]),
    ("Opsada je trajala godinu i dva mjeseca.", "hr", [(1, "year"), (2, "month")]),
    ("The climb took a minute and five seconds.", "en", [(1, "minute"), (5, "second")]),
])
def test_bare_unit_before_a_smaller_count_is_one(text, lang, expected):
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a count before the noun is read with it, never as a second "one"
    ("Čekali su dva sata i 20 minuta.", "hr", [(2, "hour"), (20, "minute")]),
    # no smaller count after the connector: no number
    ("Cijeli dan i noć padala je kiša.", "hr", []),
    # a larger unit after the connector: the noun is no measure of one
    ("Ostao je minutu i dvije godine kasnije se vratio.", "hr", [(2, "year")]),
])
def test_no_unsaid_one_otherwise(text, lang, expected):
    assert _counts(text, lang) == expected


def test_faithful_and_drifted_pair():
    english = "The winner finished 1 minute and 5 seconds ahead of the rest."
    faithful = "Pobjednik je u cilj stigao minutu i pet sekundi ispred ostalih."
    run = CheckContext()

    def findings(reference: str, version: str, severities: tuple[str, ...]) -> list[str]:
        pair = SegmentPair("t", "en", reference, "hr", version)
        return [f.message for f in check_pair(pair, run)
                if f.category == "number" and f.severity in severities]

    assert findings(english, faithful, ("error", "warning")) == []
    drifted = faithful.replace("minutu i pet", "dvije minute i pet")
    assert findings(english, drifted, ("error",)) != []
    assert findings(english.replace("1 minute", "2 minutes"), faithful, ("error",)) != []
