"""A capital whose name in Arabic begins with the article ("الدوحة", Doha; "الرباط",
Rabat), written where the English names another city (our own news sentences): read whole
as that capital by the gazetteer, so the swap is an error, not silence. The faithful twin
gains no finding, and the same word in its common sense ("الرباط", the bond) where no
place is lost stays silent."""

from __future__ import annotations

import pytest

from checker.model import SegmentPair
from checker.pipeline import check_pair

# (English, faithful Arabic, English with another capital planted)
CASES = [
    ("Negotiators met in Doha on Tuesday.", "اجتمع المفاوضون في الدوحة يوم الثلاثاء.",
     "Negotiators met in Muscat on Tuesday."),
    ("The king returned to Rabat after his visit to Paris.",
     "عاد الملك إلى الرباط بعد زيارته إلى باريس.",
     "The king returned to Tunis after his visit to Paris."),
    ("The ambassador in Doha said the embassy would reopen.",
     "قال السفير في الدوحة إن السفارة ستعيد فتح أبوابها.",
     "The ambassador in Ottawa said the embassy would reopen."),
]


def entity_findings(english: str, text: str) -> list:
    pair = SegmentPair("own", "en", english, "ar", text)
    return [f for f in check_pair(pair) if f.category == "entity"]


@pytest.mark.parametrize(("english", "arabic", "drifted"), CASES)
def test_capital_with_article(english, arabic, drifted):
    assert entity_findings(english, arabic) == []
    assert any(f.severity == "error" for f in entity_findings(drifted, arabic))


def test_common_word_spelt_like_a_capital_is_no_place():
    english = "The treaty strengthened the bond between the two nations."
    assert entity_findings(english, "عززت المعاهدة الرباط بين البلدين.") == []
