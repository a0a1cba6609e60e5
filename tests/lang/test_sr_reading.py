"""Serbian reading details, each in both scripts: our own sentences (the Cyrillic one is the
Latin one in the other script, tests/support/serbian_script.py)."""

from __future__ import annotations

import pytest
from support.serbian_script import to_cyrillic

from checker.facts import extract_facts


def _dates(text: str, lang: str) -> list[str]:
    return [str(f.value) for f in extract_facts(text, lang, ("date",))]


def _both(latin: str) -> list[tuple[str, str]]:
    return [(latin, "sr"), (to_cyrillic(latin), "sr-Cyrl")]


@pytest.mark.parametrize(
    ("latin", "dates"),
    [
        # "nedelja" is Sunday and week: counted, it is weeks, even right before a date
        ("Pre dve nedelje, 7. novembra, otputovao je u Beč.", ["--11-07"]),
        ("Pre 3 nedelje, 2. maja, počeli su radovi.", ["--05-02"]),
        ("U nedelju, 7. novembra, otputovao je u Beč.", ["Sunday", "--11-07"]),
        # a month cut short with a dot that is a word of its own: children, not December
        ("Na izlet je krenulo petoro dece.", []),
        ("Spaseno je 12 dece.", []),
        ("Rok ističe 3. decem. 2025.", ["2025-12-03"]),
    ],
)
def test_serbian_dates_in_both_scripts(latin, dates):
    for text, lang in _both(latin):
        assert _dates(text, lang) == dates, text
