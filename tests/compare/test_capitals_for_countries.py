"""A government named by its capital on one side and by its country on the other (our own
news sentences): one place said two ways, no finding; each faithful pair has a drifted
twin (another country, or another capital) that is still an error."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

# (English, language, faithful, drifted)
CASES = [
    ("Moscow rejected the claims on Monday.", "es",
     "Rusia rechazó las acusaciones el lunes.", "Ucrania rechazó las acusaciones el lunes."),
    ("Kyiv says the strikes hit power plants.", "uk",
     "Україна заявляє, що удари влучили в електростанції.",
     "Польща заявляє, що удари влучили в електростанції."),
    ("Athens and Ankara agreed to resume talks.", "el",
     "Η Ελλάδα και η Τουρκία συμφώνησαν να επαναλάβουν τις συνομιλίες.",
     "Η Ελλάδα και η Κύπρος συμφώνησαν να επαναλάβουν τις συνομιλίες."),
    ("Greece and Turkey agreed to resume talks in Athens.", "el",
     "Η Ελλάδα και η Τουρκία συμφώνησαν να επαναλάβουν τις συνομιλίες στην Αθήνα.",
     "Η Ελλάδα και η Τουρκία συμφώνησαν να επαναλάβουν τις συνομιλίες στην Άγκυρα."),
]


def entity_findings(english: str, lang: str, text: str) -> list:
    pair = SegmentPair("own", "en", english, lang, text)
    return [f for f in check_pair(pair) if f.category == "entity"]


@pytest.mark.parametrize(("english", "lang", "faithful", "drifted"), CASES)
def test_capital_for_country(english, lang, faithful, drifted):
    assert entity_findings(english, lang, faithful) == []
    assert any(f.severity == "error" for f in entity_findings(english, lang, drifted))
