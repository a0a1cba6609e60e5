"""A city named with a closing acronym ("Vašington D.C.", "Uashington D.C."): the acronym
alone does not say the name is in the reference, so a city swapped in the English beside
the same acronym is an error (our own sentences); the faithful pair stays without an
error."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

# (language, English, version, English with another city planted)
CASES = [
    ("sr", "He flew to Washington, D.C. on Monday.",
     "U ponedeljak je otputovao u Vašington D.C.", "He flew to Budapest, D.C. on Monday."),
    ("sq", "He flew to Washington, D.C. on Monday.",
     "Të hënën ai udhëtoi për në Uashington D.C.", "He flew to Budapest, D.C. on Monday."),
    # No place word before the city: the name itself, its acronym aside, is the city.
    ("sr", "The report appeared in the Washington, D.C. newspaper on Friday.",
     "Izveštaj je u petak objavio list Vašington D.C.",
     "The report appeared in the Budapest, D.C. newspaper on Friday."),
    ("sq", "The report appeared in the Washington, D.C. newspaper on Friday.",
     "Raporti u botua të premten nga gazeta e Uashington D.C.",
     "The report appeared in the Budapest, D.C. newspaper on Friday."),
]


def entity_findings(english: str, lang: str, text: str) -> list:
    pair = SegmentPair("own", "en", english, lang, text)
    return [f for f in check_pair(pair) if f.category == "entity"]


@pytest.mark.parametrize(("lang", "english", "version", "drifted"), CASES)
def test_city_with_closing_acronym(lang, english, version, drifted):
    assert not any(f.severity == "error" for f in entity_findings(english, lang, version))
    assert any(f.severity == "error" for f in entity_findings(drifted, lang, version))
